import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './platform/db/database';
import { buildApp } from './platform/http/app';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from './test/database';
import { testConfig } from './test/harness';

const run = promisify(execFile);
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/tandem.js');

describe('the tandem CLI', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  /** Where the CLI process keeps its data: a temp data dir (embedded) or a fresh server database. */
  async function target(): Promise<{ env: Record<string, string>; open(): Promise<Database> }> {
    if (TEST_DB_KIND === 'postgres') {
      const t: TestDatabase = await createTestDatabase();
      await t.database.close();
      cleanups.push(() => t.drop());
      return { env: { DATABASE_URL: t.url! }, open: () => openDatabase({ kind: 'postgres', url: t.url!, poolSize: 2 }) };
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'tandem-cli-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return { env: { TANDEM_DATA_DIR: dir }, open: () => openDatabase({ kind: 'embedded', dataDir: dir }) };
  }

  const tandem = (args: string[], env: Record<string, string>) =>
    run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });

  it('create-workspace prints {workspaceId, apiKey}, and the key drives the API', async () => {
    const where = await target();
    const { stdout } = await tandem(
      ['create-workspace', '--name', 'Nhà sách Phương Nam', '--admin-email', 'chu@phuongnam.vn', '--admin-password', 'mat-khau-rat-dai', '--admin-name', 'Lý Văn Nam'],
      where.env,
    );
    const out = JSON.parse(stdout);
    expect(out).toEqual({ workspaceId: expect.stringMatching(/^[0-9a-f-]{36}$/), apiKey: expect.stringMatching(/^tdm_/) });

    const database = await where.open();
    cleanups.push(() => database.close());
    const app = await buildApp({ config: testConfig(), database, jobs: null });
    cleanups.push(() => app.close());
    const res = await app.inject({ method: 'GET', url: '/api/v1/workspace', headers: { authorization: `Bearer ${out.apiKey}` } });
    expect(res.json()).toMatchObject({ id: out.workspaceId, name: 'Nhà sách Phương Nam' });
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'chu@phuongnam.vn', password: 'mat-khau-rat-dai' } });
    expect(signIn.json().workspaces[0]).toMatchObject({ name: 'Nhà sách Phương Nam', role: 'owner' });
  });

  it('says which option is wrong, and stops on bad configuration', async () => {
    const where = await target();
    const bad = await tandem(['create-workspace', '--name', 'X', '--admin-email', 'not-an-email', '--admin-password', 'short'], where.env).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--admin-email: .*email/i);
    expect(bad.stderr).toMatch(/--admin-password: /);

    const config = await tandem(['migrate'], { ...where.env, PORT: 'abc' }).catch((e) => e);
    expect(config.code).toBe(78);
    expect(config.stderr).toMatch(/PORT/);
  });
});
