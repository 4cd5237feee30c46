import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from '../paths';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerModules } from '../../modules';
import { authenticate } from '../auth/authenticate';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import type { Jobs } from '../jobs';
import { errorHandler, sendProblem } from './problem';
import { serializerCompiler } from './serializer';

export { WEB_DIST };

export type AppDeps = { config: Config; database: Database; jobs: Jobs | null };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export type App = FastifyInstance;

/** Build the HTTP app: plugins, auth, every feature module's routes, the API docs and the web app. */
/** `logger`: the process's pino logger; omitted, the app logs nothing (tests). */
export async function buildApp(deps: AppDeps, logger?: FastifyBaseLogger): Promise<App> {
  const { config, database } = deps;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Client IPs (rate limits, logs) come from X-Forwarded-For only behind a proxy the operator names.
    trustProxy: config.TRUST_PROXY,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: '1',
        description:
          'JSON under /api/v1. Lists page with `limit` and `cursor` and answer `{data, nextCursor}`. Errors are RFC 9457 problem documents with a stable `code`.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created in Settings → API keys or with `tandem create-workspace`' },
          session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { url: '/api/v1/openapi.json' } });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`, { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(authenticate, { database, config });

  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { auth: 'public' } }, async () => app.swagger());
  await app.register(registerModules);
  await registerWeb(app);
  return app;
}

/** Serve the built web app, with every unknown non-API GET answered by index.html (client-side routes). */
async function registerWeb(app: FastifyInstance) {
  const hasWeb = existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    if (request.method === 'GET' && !isApi) {
      if (!hasWeb) return reply.type('text/plain').send('The web app is not built: run `npm run build` (npm start does it for you).');
      const file = request.url.split('?')[0]!.replace(/^\/+/, '');
      // Files added by a rebuild after start-up (the static routes were listed at start): serve them too.
      if (/^[\w./-]+\.\w+$/.test(file) && !file.includes('..')) {
        return existsSync(path.join(WEB_DIST, file)) ? reply.sendFile(file) : sendProblem(request, reply, new AppError('not_found', `No file /${file}`));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
}
