import { parseArgs } from 'node:util';
import { ZCreateWorkspaceRequest } from '@tandem/shared';
import { createWorkspace } from './modules/workspaces/workspaces.service';
import { ConfigError, loadConfig, type Config } from './platform/config';
import { createLogger } from './platform/logger';
import { openConfiguredDatabase, startServer } from './platform/server';
import { isEmpty, seedDemo } from './seed/demo';

const USAGE = `Usage: tandem <command> [options]

Commands:
  start                 Run Tandem (web app and API) on PORT (default 3000)
  migrate               Apply database migrations and exit
  seed-demo             Create the demo workspace (only on an empty database, unless --force)
  create-workspace --name N --admin-email E --admin-password P [--admin-name A]
                        Create a workspace and its owner; prints {"workspaceId","apiKey"} as JSON

The database is the embedded one under TANDEM_DATA_DIR (default ./data) unless DATABASE_URL is set.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    throw error;
  }
  const logger = createLogger(config);

  switch (command) {
    case 'start': {
      const server = await startServer(config, logger);
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        const force = setTimeout(() => process.exit(1), 20_000);
        force.unref();
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      return -1; // keep running
    }
    case 'migrate': {
      const database = await openConfiguredDatabase(config);
      await database.close();
      process.stdout.write('Migrations applied.\n');
      return 0;
    }
    case 'seed-demo': {
      const { values } = parseArgs({ args: rest, options: { force: { type: 'boolean', default: false } } });
      const database = await openConfiguredDatabase(config);
      try {
        if (!values.force && !(await isEmpty(database))) {
          process.stderr.write('The database already has workspaces; use --force to add the demo workspace anyway.\n');
          return 1;
        }
        const demo = await seedDemo(database);
        process.stdout.write(`${JSON.stringify(demo)}\n`);
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'create-workspace': {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-password': { type: 'string' }, 'admin-name': { type: 'string' } },
      });
      const parsed = ZCreateWorkspaceRequest.safeParse({
        name: values.name,
        adminEmail: values['admin-email'],
        adminPassword: values['admin-password'],
        adminName: values['admin-name'],
      });
      if (!parsed.success) {
        const flag = (p: PropertyKey | undefined) => `--${String(p).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        for (const issue of parsed.error.issues) process.stderr.write(`${flag(issue.path[0])}: ${issue.message}\n`);
        return 2;
      }
      const database = await openConfiguredDatabase(config);
      try {
        const created = await createWorkspace(database, { ...parsed.data, withApiKey: true });
        process.stdout.write(`${JSON.stringify({ workspaceId: created.workspaceId, apiKey: created.apiKey })}\n`);
        return 0;
      } finally {
        await database.close();
      }
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`tandem: ${message}\n`);
    process.exit(1);
  },
);
