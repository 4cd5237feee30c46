import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../paths';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect, type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../../db/schema';

export type Schema = typeof schema;
/** A drizzle database on either driver. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
declare const workspaceScope: unique symbol;
/**
 * A transaction bound to one workspace: it runs as the `tandem_app` role, so PostgreSQL's row-level
 * security shows and accepts only that workspace's rows. Services take this type, never a bare `Db`.
 */
export type WorkspaceTx = Tx & { readonly [workspaceScope]: true };

/** Who acts, where: set on the transaction so policies and the audit trigger can read it. */
export type Scope = {
  workspaceId: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  requestId: string | null;
};

export type SqlResult = { rows: Record<string, unknown>[]; rowCount?: number | null };

export type Database = {
  kind: 'embedded' | 'postgres';
  /**
   * The owner connection. It bypasses row-level security, so only platform code uses it: sign-in,
   * sessions, API-key lookup, creating workspaces, migrations, jobs that sweep all workspaces.
   */
  system: Db;
  /** Run `fn` in a transaction scoped to one workspace (see `WorkspaceTx`). */
  inWorkspace<T>(scope: Scope, fn: (tx: WorkspaceTx) => Promise<T>): Promise<T>;
  /** Raw SQL with positional parameters (for pg-boss and benchmarks). */
  query(text: string, values?: unknown[]): Promise<SqlResult>;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

const MIGRATIONS = MIGRATIONS_DIR;
/** Any 64-bit number works; this one is "tandem" in ASCII. */
const MIGRATION_LOCK = 0x74616e64656d;

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize: number }
  /** `dataDir` null: in memory (tests). */
  | { kind: 'embedded'; dataDir: string | null };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.kind === 'postgres' ? openPostgres(options.url, options.poolSize) : await openEmbedded(options.dataDir);
  return db;
}

function inWorkspaceOf(system: Db): Database['inWorkspace'] {
  return (scope, fn) =>
    system.transaction(async (tx) => {
      await tx.execute(sql.raw(scopeSettingsText(scope)));
      return fn(tx as WorkspaceTx);
    });
}

/**
 * The scope settings as one SQL text with literal values: on a server it travels with `BEGIN` in one
 * simple-protocol message; PGlite runs it as the transaction's first statement.
 */
function scopeSettingsText(scope: Scope): string {
  const literal = (v: string | null) => pg.escapeLiteral(v ?? '');
  return `SELECT set_config('role', 'tandem_app', true),
    set_config('tandem.workspace_id', ${literal(scope.workspaceId)}, true),
    set_config('tandem.actor_user_id', ${literal(scope.actorUserId)}, true),
    set_config('tandem.actor_api_key_id', ${literal(scope.actorApiKeyId)}, true),
    set_config('tandem.request_id', ${literal(scope.requestId)}, true)`;
}

/**
 * `inWorkspace` on a PostgreSQL server: `BEGIN` and the scope settings travel in one round trip (one
 * simple-protocol message holding both statements) instead of two. drizzle's own `transaction()` sends
 * them apart, and every round trip costs both processes CPU in the loopback TCP stack (measured: a
 * quarter of the server's CPU on a list page went to socket writes). The transaction object is the one
 * drizzle's `transaction()` would hand out, so services and savepoints behave the same.
 */
function inWorkspaceOnServer(system: Db, pool: pg.Pool): Database['inWorkspace'] {
  const internals = system as unknown as { dialect: unknown; session: { schema: unknown; options: unknown } };
  if (!internals.dialect || !internals.session || !('schema' in internals.session)) {
    throw new Error('drizzle-orm internals changed: inWorkspaceOnServer needs db.dialect and db.session.schema');
  }
  type SessionArgs = ConstructorParameters<typeof NodePgSession>;
  const dialect = internals.dialect as SessionArgs[1];
  const relational = internals.session.schema as SessionArgs[2];
  const options = internals.session.options as SessionArgs[3];
  // One transaction object per pooled connection (it holds no state of its own between uses): building
  // drizzle's query builders for every table on each request showed up in the server's CPU profile.
  const txOf = new WeakMap<pg.PoolClient, WorkspaceTx>();
  return async (scope, fn) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      let tx = txOf.get(client);
      if (!tx) {
        tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, relational, options), relational) as unknown as WorkspaceTx;
        txOf.set(client, tx);
      }
      try {
        await client.query(`BEGIN; ${scopeSettingsText(scope)}`);
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      }
    } finally {
      // A connection that could not roll back is not handed to the next request.
      client.release(broken);
    }
  };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const system = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    system,
    inWorkspace: inWorkspaceOnServer(system, pool),
    query: async (text, values) => {
      const r = await pool.query(text, values as unknown[] | undefined);
      return { rows: r.rows as Record<string, unknown>[], rowCount: r.rowCount };
    },
    migrate: async () => {
      // Several app processes may start at once: one migrates, the others wait for it.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}

async function openEmbedded(dataDir: string | null): Promise<Database> {
  let dir = 'memory://';
  if (dataDir) {
    dir = path.join(dataDir, 'pgdata');
    await mkdir(dir, { recursive: true });
  }
  const client = await PGlite.create(dir, { extensions: { pg_trgm, unaccent, citext } });
  const system = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'embedded',
    system,
    inWorkspace: inWorkspaceOf(system),
    query: async (text, values) => {
      if (!values || values.length === 0) {
        // Parameterless text may hold several statements (pg-boss's schema); exec runs them all.
        const results = await client.exec(text);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? 0 };
      }
      const r = await client.query(text, values);
      return { rows: r.rows as Record<string, unknown>[], rowCount: r.affectedRows ?? 0 };
    },
    migrate: async () => {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS });
    },
    ping: async () => {
      await client.query('SELECT 1');
    },
    close: () => client.close(),
  };
}

/** Run raw SQL built with drizzle's `sql` and return its rows, typed by the caller. */
export async function queryRows<T>(tx: Tx | Db, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/**
 * `queryRows` as a named prepared statement on a PostgreSQL server, for hot statements whose planning
 * costs as much as running them (the timeline's branches under row-level security, search): PostgreSQL
 * keeps the statement per connection and shape, and once its generic plan is no worse than the custom
 * ones it stops planning it at all. Numbers that change the plan (limits) belong in the text, not in
 * parameters. The name is `<prefix>_` + a hash of the text, so each shape is prepared once per
 * connection. On PGlite (one connection, in-process) it is `queryRows`.
 */
export async function queryRowsPrepared<T>(prefix: string, tx: Tx | Db, query: SQL): Promise<T[]> {
  const client = (tx as unknown as { session?: { client?: { query?: unknown; release?: unknown } } }).session?.client;
  if (!client || typeof client.query !== 'function' || typeof client.release !== 'function') return queryRows<T>(tx, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  const run = client.query as (q: { name: string; text: string; values: unknown[] }) => Promise<{ rows: T[] }>;
  return (await run.call(client, { name, text, values: params })).rows;
}

/** A PostgreSQL array parameter: `ANY(${sqlArray(ids, 'uuid')})`. (drizzle expands a bare JS array into a list.) */
export function sqlArray(values: readonly (string | number)[], type: 'text' | 'uuid' | 'int'): SQL {
  return values.length === 0
    ? sql`ARRAY[]::${sql.raw(type)}[]`
    : sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::${sql.raw(type)}[]`;
}
