import { DEMO } from '../seed/demo';
import { createLogger } from '../platform/logger';
import { startServer } from '../platform/server';
import { createTestDatabase } from './database';
import { buildWorkspace, testConfig } from './harness';

export type TestServer = { url: string; workspaceId: string; owner: { email: string; password: string; name: string }; close(): Promise<void> };

/**
 * A listening Tandem on 127.0.0.1 (random port) with a fresh database and one workspace, serving
 * web/dist, with job workers running (imports, sweeps): for browser tests.
 */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const { database, drop } = await createTestDatabase();
  const config = testConfig({ HOST: '127.0.0.1', PORT: '0', TANDEM_JOBS: 'true', ...overrides });
  const ws = await buildWorkspace(database, DEMO.workspaceName);
  const server = await startServer(config, createLogger(config), { database });
  return {
    url: server.url,
    workspaceId: ws.workspaceId,
    owner: ws.owner,
    close: async () => {
      await server.stop().catch(() => undefined);
      await drop().catch(() => undefined);
    },
  };
}
