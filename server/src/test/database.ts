import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../platform/db/database';

/**
 * Which database the API tests run on: `pglite` (embedded, in memory; the default) or `postgres`
 * (a fresh database on the server at TEST_DATABASE_URL). The vitest projects set TANDEM_TEST_DB.
 */
export const TEST_DB_KIND: 'pglite' | 'postgres' = process.env.TANDEM_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export type TestDatabase = { database: Database; url: string | null; drop(): Promise<void> };

/** A new, migrated, empty database of the kind under test; `drop` closes and removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB_KIND === 'pglite') {
    const database = await openDatabase({ kind: 'embedded', dataDir: null });
    await database.migrate();
    return { database, url: null, drop: () => database.close().catch(() => undefined) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TANDEM_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `tandem_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await database.migrate();
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
