/**
 * The benchmark database: a fresh one on the server (`tandem_bench_<n>_<timestamp>`), migrated, with
 * one workspace and N people; or an earlier one (`--reuse <name>`), with a new API key.
 */
import pg from 'pg';
import { apiKeys } from '../../server/src/db/schema';
import { generateApiKey } from '../../server/src/platform/auth/api-key-auth';
import { openDatabase, type Database } from '../../server/src/platform/db/database';
import { createWorkspace } from '../../server/src/modules/workspaces/workspaces.service';
import type { BenchOptions } from './options';
import { loadPeople } from './people';

export type BenchDatabase = {
  name: string;
  url: string;
  workspaceId: string;
  apiKey: string;
  /** Live people in the workspace. */
  people: number;
  /** Tandem's own database layer on it (to run services in-process). */
  tandem: Database;
  /** Close; drops the database unless it was reused or kept. */
  close(): Promise<void>;
};

const withDatabase = (baseUrl: string, name: string) => {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function admin<T>(baseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(options: BenchOptions, log: (line: string) => void = console.log): Promise<BenchDatabase> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = options.reuse ?? `tandem_bench_${options.n}_${stamp}`;
  const url = withDatabase(options.baseUrl, name);
  if (!options.reuse) await admin(options.baseUrl, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  const tandem = await openDatabase({ kind: 'postgres', url, poolSize: options.clients });
  await tandem.migrate();

  let workspaceId: string;
  let apiKey: string;
  if (options.reuse) {
    const { rows } = await tandem.query('SELECT id FROM workspaces ORDER BY created_at LIMIT 1');
    workspaceId = String(rows[0]?.id ?? '');
    if (!workspaceId) throw new Error(`${name} has no workspace: is it a benchmark database?`);
    const key = generateApiKey();
    await tandem.system.insert(apiKeys).values({ workspaceId, name: 'bench', role: 'admin', prefix: key.prefix, keyHash: key.keyHash });
    apiKey = key.key;
    log(`Reusing database ${name}`);
  } else {
    const created = await createWorkspace(tandem, { name: 'Bench', adminEmail: 'bench@tandem.vn', adminPassword: 'bench-password-1', adminName: 'Bench', withApiKey: true });
    workspaceId = created.workspaceId;
    apiKey = created.apiKey!;
    log(`Created database ${name}; loading ${options.n.toLocaleString('en')} people`);
    await loadPeople(url, workspaceId, options.n, log);
  }
  const { rows } = await tandem.query('SELECT count(*)::int AS n FROM people WHERE workspace_id = $1 AND deleted_at IS NULL', [workspaceId]);
  const people = Number(rows[0]?.n ?? 0);

  return {
    name,
    url,
    workspaceId,
    apiKey,
    people,
    tandem,
    close: async () => {
      await tandem.close();
      if (options.reuse) return;
      if (options.keep) {
        log(`Kept database ${name}: rerun with --reuse ${name}`);
        return;
      }
      await admin(options.baseUrl, (c) => c.query(`DROP DATABASE ${pg.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}
