import { parseArgs } from 'node:util';

/** Benchmark settings, from the environment and `--reuse <dbname>` / `--keep` (see bench/README.md). */
export type BenchOptions = {
  /** People to load into a fresh database. */
  n: number;
  /** Concurrent clients of every load run. */
  clients: number;
  /** Length of one measured run, in seconds (a run also stops after `requests`). */
  duration: number;
  requests: number;
  /** Warm-up before each measured run, in seconds. */
  warmup: number;
  /** Server URL of the PostgreSQL instance; the benchmark creates its database there. */
  baseUrl: string;
  /** An already loaded benchmark database to use instead of creating one. */
  reuse: string | null;
  /** Keep the database created by this run (to `--reuse` it). */
  keep: boolean;
};

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
};

export function benchOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({ args: argv, options: { reuse: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  return {
    n: num('N', 1_000_000),
    clients: num('CLIENTS', 16),
    duration: num('DURATION', 10),
    requests: num('REQUESTS', 100_000),
    warmup: num('WARMUP', 2),
    baseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    reuse: values.reuse ?? (process.env.REUSE || null),
    keep: values.keep || process.env.KEEP_DB === '1',
  };
}
