import type { Logger } from 'pino';
import { jobDefinitions } from '../modules';
import { isEmpty, seedDemo } from '../seed/demo';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { buildApp, type App } from './http/app';
import { startJobs, type Jobs } from './jobs';

export type RunningServer = { app: App; database: Database; jobs: Jobs | null; url: string; stop(): Promise<void> };

/** Open the configured database (embedded unless DATABASE_URL is set), migrated. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
      : { kind: 'embedded', dataDir: config.TANDEM_DATA_DIR },
  );
  await database.migrate();
  return database;
}

/**
 * Start Tandem: migrate, seed the demo on an empty database, start the jobs and the HTTP server.
 * `stop` shuts down in order: stop accepting and finish requests, stop the jobs, close the database.
 */
export async function startServer(config: Config, logger: Logger, options: { database?: Database } = {}): Promise<RunningServer> {
  const database = options.database ?? (await openConfiguredDatabase(config));
  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (config.TANDEM_DEMO && (await isEmpty(database))) demo = await seedDemo(database);

  const jobs = await startJobs(database, jobDefinitions, logger, config.TANDEM_JOBS);
  const app = await buildApp({ config, database, jobs }, logger);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PORT === port ? config.PUBLIC_URL : `http://localhost:${port}`;
  if (demo) {
    logger.info({ url, email: demo.email }, 'demo workspace created');
    process.stdout.write(`\n  Demo workspace ready. Sign in at ${url}\n  e-mail: ${demo.email}   password: ${demo.password}\n\n`);
  }
  let stopping: Promise<void> | null = null;
  return {
    app,
    database,
    jobs,
    url,
    stop: () =>
      (stopping ??= (async () => {
        await app.close();
        await jobs.stop();
        await database.close();
      })()),
  };
}
