import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors';

/** Liveness and readiness probes for load balancers and orchestrators. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { config: { auth: 'public' }, schema: { tags: ['health'], summary: 'The process is alive', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      config: { auth: 'public' },
      schema: { tags: ['health'], summary: 'The database answers', response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['embedded', 'postgres']) }) } },
    },
    async (request) => {
      try {
        await app.deps.database.ping();
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        throw new AppError('unavailable', 'The database is not reachable');
      }
      return { status: 'ready' as const, database: app.deps.database.kind };
    },
  );
};
