import { defineConfig } from 'vitest/config';

/**
 * One command runs everything: unit and API tests on the embedded database, the API tests again on a
 * real PostgreSQL server when TEST_DATABASE_URL is set, and the browser tests.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['server/src/**/*.test.ts', 'packages/shared/src/**/*.test.ts', 'web/src/**/*.test.ts'],
          env: { TANDEM_TEST_DB: 'pglite' },
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                include: ['server/src/**/*.api.test.ts'],
                env: { TANDEM_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['web/e2e/**/*.e2e.test.ts'],
          // One browser at a time: two cores.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
