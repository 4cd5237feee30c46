import { fileURLToPath } from 'node:url';

/**
 * A listening Tandem like `server/src/test/test-server.ts` starts — fresh database, one workspace,
 * serving web/dist — but with the background job workers running, which browser tests of imports
 * need: `startTestServer()` turns them off (TANDEM_JOBS=false), so an import would stay queued.
 *
 * The server's modules are loaded at run time rather than imported, so type-checking the web package
 * does not type-check the server with web's settings; the few signatures used are written out here.
 */
export type TestServer = {
  url: string;
  owner: { email: string; password: string; name: string };
  close(): Promise<void>;
};

type Opaque = { readonly __opaque: unique symbol };
type DatabaseModule = { createTestDatabase(): Promise<{ database: Opaque; drop(): Promise<void> }> };
type HarnessModule = {
  testConfig(overrides: Record<string, string>): Opaque & { LOG_LEVEL: string };
  buildWorkspace(database: Opaque, name?: string): Promise<{ owner: { email: string; password: string; name: string } }>;
};
type LoggerModule = { createLogger(config: { LOG_LEVEL: string }): Opaque };
type ServerModule = {
  startServer(config: Opaque, logger: Opaque, options: { database: Opaque }): Promise<{ url: string; stop(): Promise<void> }>;
};

const serverFile = (path: string) => fileURLToPath(new URL(`../../server/src/${path}`, import.meta.url));

export async function startServerWithJobs(): Promise<TestServer> {
  const [{ createTestDatabase }, { testConfig, buildWorkspace }, { createLogger }, { startServer }] = await Promise.all([
    import(/* @vite-ignore */ serverFile('test/database.ts')) as Promise<DatabaseModule>,
    import(/* @vite-ignore */ serverFile('test/harness.ts')) as Promise<HarnessModule>,
    import(/* @vite-ignore */ serverFile('platform/logger.ts')) as Promise<LoggerModule>,
    import(/* @vite-ignore */ serverFile('platform/server.ts')) as Promise<ServerModule>,
  ]);
  const { database, drop } = await createTestDatabase();
  const config = testConfig({ HOST: '127.0.0.1', PORT: '0', TANDEM_JOBS: 'true' });
  const workspace = await buildWorkspace(database, 'Công ty TNHH Sen Vàng');
  const server = await startServer(config, createLogger(config), { database });
  return {
    url: server.url,
    owner: workspace.owner,
    close: async () => {
      await server.stop().catch(() => undefined);
      await drop().catch(() => undefined);
    },
  };
}
