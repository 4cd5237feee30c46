/** What both benchmarks share: set-up, the HTTP floor, the peers' bar, the memory line. */
import type { WorkspaceAuth } from '../../server/src/platform/auth/authenticate';
import type { WorkspaceTx } from '../../server/src/platform/db/database';
import { openBenchDatabase, type BenchDatabase } from './database';
import { httpClient, measure, ms, rate, type CpuSample, type LoadPlan, type Stats } from './load';
import { benchOptions, type BenchOptions } from './options';
import { cpuMs, loadLine, machine, startHello, startTandem, type Child } from './server';
import { captureSql, explain, sqlReplayer, type Statement } from './sql';

export type Bench = {
  options: BenchOptions;
  plan: LoadPlan & { warmup: number };
  db: BenchDatabase;
  server: Child;
  /** The server's resident memory once started, before any load (MB). */
  idleRss: number;
  api: ReturnType<typeof httpClient>;
  sql: ReturnType<typeof sqlReplayer>;
  /** Run a service in-process, as the API would for the bench API key, and return the SQL it sent. */
  capture(fn: (tx: WorkspaceTx, auth: WorkspaceAuth) => Promise<unknown>): Promise<Statement[]>;
  /** CPU time so far of the Tandem server and of the benchmark database's backends (none if PostgreSQL is not on this machine). */
  cpu(): Promise<CpuSample>;
  /** Print EXPLAIN (ANALYZE, BUFFERS) of statements when EXPLAIN=1. */
  explain(label: string, statements: Statement[]): Promise<void>;
  close(): Promise<void>;
};

export async function setUp(title: string): Promise<Bench> {
  const options = benchOptions();
  console.log(`${title}\n${machine()}\n`);
  const db = await openBenchDatabase(options);
  const pgVersion = (await db.tandem.query('SHOW server_version')).rows[0]?.server_version;
  console.log(`PostgreSQL ${String(pgVersion)} · database ${db.name} · ${db.people.toLocaleString('en')} live people · ${options.clients} clients · ${options.duration} s per run (max ${options.requests.toLocaleString('en')} requests) after ${options.warmup} s warm-up\n`);
  // SERVER_NODE_OPTIONS: Node flags for the server under test (e.g. --max-old-space-size=160).
  const server = await startTandem(db.url, process.env.SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS } : {});
  const auth: WorkspaceAuth = { workspaceId: db.workspaceId, role: 'admin', userId: null, apiKeyId: null };
  const scope = { workspaceId: db.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null };
  const api = httpClient(server.origin, { authorization: `Bearer ${db.apiKey}` }, options.clients);
  const sql = sqlReplayer(db.url, db.workspaceId, options.clients);
  return {
    options,
    plan: { clients: options.clients, seconds: options.duration, requests: options.requests, warmup: options.warmup },
    db,
    server,
    idleRss: server.rss().now,
    api,
    sql,
    cpu: async () => {
      const host = decodeURIComponent(new URL(db.url).hostname);
      const local = ['127.0.0.1', 'localhost', '[::1]'].includes(host) || host.startsWith('/');
      const { rows } = await db.tandem.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
      return { server: server.cpuMs(), backends: local ? new Map(rows.map((r) => [Number(r.pid), cpuMs(Number(r.pid))])) : null, serverPeakMb: server.peakSinceLast() };
    },
    capture: (fn) => captureSql(() => db.tandem.inWorkspace(scope, (tx) => fn(tx, auth))),
    explain: async (label, statements) => {
      if (process.env.EXPLAIN !== '1') return;
      for (const s of statements) console.log(`\n-- ${label}\n${s.text}\n-- ${JSON.stringify(s.values)}\n${await explain(db.url, db.workspaceId, s)}`);
    },
    close: async () => {
      api.close();
      await sql.close();
      await server.stop();
      await db.close();
    },
  };
}

/** The HTTP floor on this machine: a bare Fastify "hello", and Tandem's own GET /health (no database). */
export async function measureFloor(bench: Bench): Promise<{ hello: Stats; health: Stats }> {
  const hello = await startHello();
  const client = httpClient(hello.origin, {}, bench.options.clients);
  try {
    const helloStats = await measure(bench.plan, async () => void (await client.get('/hello')));
    const health = await measure(bench.plan, async () => void (await bench.api.get('/health')), bench.cpu);
    return { hello: helloStats, health };
  } finally {
    client.close();
    await hello.stop();
  }
}

export const statsCells = (s: Stats) => [rate(s.rps), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];
/** CPU ms per request: the Tandem process, and PostgreSQL's backends. */
export const cpuCells = (s: Stats) => [s.cpu ? s.cpu.server.toFixed(2) : '', s.cpu && Number.isFinite(s.cpu.db) ? s.cpu.db.toFixed(2) : ''];

/** The server's peak resident memory during the measured run (not its warm-up), MB. */
export const peakCell = (s: Stats) => (s.serverPeakMb ? s.serverPeakMb.toFixed(0) : '');

/** The peers' figures from the issue, beside ours. */
export function peersBar(rows: { what: string; twenty: string; goal: string; measured: Stats }[]): string {
  const lines = rows.map((r) => `  ${r.what.padEnd(16)} Twenty 2.21 @100k: ${r.twenty.padEnd(22)} Tandem goal (50×): ${r.goal.padEnd(24)} measured: ${rate(r.measured.rps)}/s, p95 ${ms(r.measured.p95)} ms`);
  return ['Peers (16 clients):', ...lines].join('\n');
}

export function memoryLine(bench: Bench): string {
  const { now, peak } = bench.server.rss();
  return `Tandem server RSS: ${bench.idleRss.toFixed(0)} MB idle after start, ${now.toFixed(0)} MB after the API runs, peak ${peak.toFixed(0)} MB (VmHWM, whole run) — target: fits in 300 MB: ${peak <= 300 ? 'yes' : 'NO'}\nAt the end: ${loadLine()}`;
}
