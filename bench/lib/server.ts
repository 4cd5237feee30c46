/** Child processes under test (Tandem itself, a bare Fastify) and their memory. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type Child = {
  origin: string;
  pid: number;
  /** Resident memory now and at its peak (VmHWM), in MB. */
  rss(): { now: number; peak: number };
  /** Peak resident memory since the last call (MB): reads VmHWM, then resets it. */
  peakSinceLast(): number;
  /** CPU time used so far (user + system, all threads), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function memoryMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** utime + stime from /proc/<pid>/stat, in ms (clock ticks are 10 ms on Linux); 0 once the process is gone. */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function waitFor(url: string, child: ChildProcess, output: () => string) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})\n${output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in 60 s\n${output()}`);
}

async function startChild(args: string[], env: Record<string, string>, ready: (origin: string) => string): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const origin = `http://127.0.0.1:${port}`;
  let wholeRunPeak = 0;
  await waitFor(ready(origin), child, () => output);
  return {
    origin,
    pid: child.pid!,
    rss: () => {
      const { now, peak } = memoryMb(child.pid!);
      return { now, peak: Math.max(peak, wholeRunPeak) };
    },
    peakSinceLast: () => {
      const { peak } = memoryMb(child.pid!);
      // "5" resets the peak to the current RSS (proc(5), clear_refs); the whole-run peak is kept apart.
      wholeRunPeak = Math.max(wholeRunPeak, peak);
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        // Not allowed here: the peak stays cumulative.
      }
      return peak;
    },
    cpuMs: () => cpuMs(child.pid!),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * `node server/bin/tandem.js start` on a free port, without the demo, logging warnings only. The server
 * bundle is made first, as `npm start` does, so the process measured is the one users run.
 */
export function startTandem(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Child> {
  const bundle = spawnSync(process.execPath, ['scripts/ensure-server-build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (bundle.status !== 0) throw new Error('scripts/ensure-server-build.mjs failed');
  // The load generator stands for a reverse proxy: benchmarks that spread requests over many client IPs send X-Forwarded-For.
  const env = { DATABASE_URL: databaseUrl, HOST: '127.0.0.1', TANDEM_DEMO: 'false', LOG_LEVEL: 'warn', TRUST_PROXY: '127.0.0.1', ...(process.env.TANDEM_FROM_SOURCE ? { TANDEM_FROM_SOURCE: process.env.TANDEM_FROM_SOURCE } : {}), ...extraEnv };
  // SERVER_NODE_ARGS: Node flags that NODE_OPTIONS refuses, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof.
  const nodeArgs = process.env.SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  return startChild([...nodeArgs, 'server/bin/tandem.js', 'start'], env, (origin) => `${origin}/health`);
}

export function startHello(): Promise<Child> {
  return startChild(['--import', 'tsx', 'bench/lib/hello.ts'], {}, (origin) => `${origin}/hello`);
}

/** One line describing where the figures come from. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${os.cpus().length} cores (${cpu}) · ${(os.totalmem() / 2 ** 30).toFixed(0)} GB · Node ${process.versions.node} · ${loadLine()}`;
}

/** The machine's load average: other processes compete for the same cores. */
export function loadLine(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}
