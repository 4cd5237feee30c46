import type { Role } from '@tandem/shared';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../platform/config';
import type { Database } from '../platform/db/database';
import { buildApp, type App } from '../platform/http/app';
import { createWorkspace } from '../modules/workspaces/workspaces.service';
import { hashPassword } from '../platform/auth/secrets';
import { memberships, users } from '../db/schema';
import { createTestDatabase } from './database';

export type TestApp = {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
};

/** Settings for tests: no demo data, no job workers, fast defaults. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ TANDEM_DEMO: 'false', TANDEM_JOBS: 'false', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', PORT: '0', ...overrides });
}

/** The real app on a fresh database of the kind under test; call it over HTTP with `app.inject`. */
export async function buildTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const { database, drop } = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, jobs: null });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export type TestWorkspace = { workspaceId: string; owner: TestUser; apiKey: string };
export type TestUser = { userId: string; email: string; password: string; name: string };

/** Factory: a workspace with an owner (and an admin API key). */
export async function buildWorkspace(database: Database, name = `Workspace ${unique()}`): Promise<TestWorkspace> {
  const owner = { email: `owner-${unique()}@example.vn`, password: 'correct horse battery', name: 'Trần Văn Chủ' };
  const created = await createWorkspace(database, { name, adminEmail: owner.email, adminPassword: owner.password, adminName: owner.name, withApiKey: true });
  return { workspaceId: created.workspaceId, owner: { ...owner, userId: created.ownerUserId }, apiKey: created.apiKey! };
}

/** Factory: a user with `role` in a workspace. */
export async function buildMember(database: Database, workspaceId: string, role: Role): Promise<TestUser> {
  const user = { email: `${role}-${unique()}@example.vn`, password: 'member password 1', name: 'Lê Thị Thành Viên' };
  const [row] = await database.system
    .insert(users)
    .values({ email: user.email, name: user.name, passwordHash: await hashPassword(user.password) })
    .returning({ id: users.id });
  await database.system.insert(memberships).values({ workspaceId, userId: row!.id, role });
  return { ...user, userId: row!.id };
}

/** A signed-in browser-like client: sends the session cookie and the CSRF header. */
export type Client = {
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
  csrfToken: string;
};

export async function signIn(app: App, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tandem_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        cookies: { tandem_session: cookie.value },
        headers: method === 'GET' ? {} : { 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** A client that authenticates with an API key. */
export function withApiKey(app: App, key: string): Client {
  return {
    csrfToken: '',
    request: (method, url, body) =>
      app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(body === undefined ? {} : { payload: body as object }) }),
  };
}
