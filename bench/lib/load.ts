/**
 * A tiny closed-loop load generator: `clients` workers each run one request at a time, back to back,
 * until the run has lasted `seconds` or issued `requests`. Every request's latency is recorded.
 */
import http from 'node:http';

export type Stats = { requests: number; errors: number; seconds: number; rps: number; p50: number; p95: number; p99: number; max: number; cpu?: CpuTime; serverPeakMb?: number };

/** CPU ms per request: the server process, and the database's backends. */
export type CpuTime = { server: number; db: number };
/** CPU so far of the server and of the database backends (ms), and the server's peak RSS since the previous sample (MB). */
export type CpuSample = { server: number; backends: Map<number, number> | null; serverPeakMb?: number };

export type LoadPlan = { clients: number; seconds: number; requests: number };

/** Run `task(i)` (i = 0, 1, 2…) under load; a rejected task counts as an error. */
export async function runLoad(plan: LoadPlan, task: (i: number) => Promise<void>): Promise<Stats> {
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  let firstError: unknown = null;
  const start = performance.now();
  const deadline = start + plan.seconds * 1000;
  const worker = async () => {
    while (issued < plan.requests && performance.now() < deadline) {
      const i = issued++;
      const t0 = performance.now();
      try {
        await task(i);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, worker));
  const seconds = (performance.now() - start) / 1000;
  if (firstError) console.error(`  ${errors} errors; first: ${firstError instanceof Error ? firstError.message : String(firstError)}`);
  return summarize(latencies, errors, seconds);
}

export function summarize(latencies: number[], errors: number, seconds: number): Stats {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { requests: sorted.length, errors, seconds, rps: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Keep-alive HTTP GETs to one origin; resolves with the body, rejects on a status other than 200. */
export function httpClient(origin: string, headers: Record<string, string>, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const get = (path: string) =>
    new Promise<string>((resolve, reject) => {
      const req = http.get(new URL(path, origin), { agent, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`GET ${path}: ${res.statusCode} ${body.slice(0, 300)}`))));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
  return { get, close: () => agent.destroy() };
}

/** Warm up for `warmup` seconds, then measure; with `cpu`, also the CPU time each request cost. */
export async function measure(plan: LoadPlan & { warmup: number }, task: (i: number) => Promise<void>, cpu?: () => Promise<CpuSample>): Promise<Stats> {
  if (plan.warmup > 0) await runLoad({ ...plan, seconds: plan.warmup }, task);
  const before = await cpu?.();
  const stats = await runLoad(plan, task);
  const after = await cpu?.();
  if (!before || !after) return stats;
  // Backends that ended during the run are missed; those that started count from zero.
  const db = after.backends ? [...after.backends].reduce((sum, [pid, ms]) => sum + ms - (before.backends?.get(pid) ?? 0), 0) : NaN;
  return { ...stats, cpu: { server: (after.server - before.server) / stats.requests, db: db / stats.requests }, serverPeakMb: after.serverPeakMb };
}

/** A plain-text table: right-aligned except the first two columns; short rows are padded. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((r) => header.map((_, c) => String(r[c] ?? '')));
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => (c < 2 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');
export const rate = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
