import type { Role } from '@tandem/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config';
import type { Database, WorkspaceTx } from '../db/database';
import { AppError } from '../errors';
import { resolveApiKey } from './api-key-auth';
import { resolveSession, type SessionUser } from './sessions';

export const SESSION_COOKIE = 'tandem_session';

/** Who is calling: a signed-in user (cookie) or an integration (API key). */
export type Auth =
  | {
      kind: 'session';
      tokenHash: string;
      csrfToken: string;
      user: SessionUser;
      workspaceId: string | null;
      role: Role | null;
    }
  | { kind: 'apiKey'; apiKeyId: string; workspaceId: string; role: Role };

/** The caller inside their current workspace: what workspace routes and services receive. */
export type WorkspaceAuth = {
  workspaceId: string;
  role: Role;
  userId: string | null;
  apiKeyId: string | null;
};

/**
 * How a route is guarded (route option `config.auth`):
 * - `public`: anyone;
 * - `user`: a signed-in user, with or without a workspace (session routes);
 * - `workspace` (default for /api/v1): a user with a current workspace, or an API key.
 */
export type AuthLevel = 'public' | 'user' | 'workspace';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthLevel;
  }
  interface FastifyRequest {
    auth: Auth | null;
    /** The caller in their workspace; throws `unauthenticated` on routes that are not workspace-guarded. */
    workspace(): WorkspaceAuth;
    /** Run `fn` in a transaction scoped (by row-level security) to the caller's workspace. */
    inWorkspace<T>(fn: (tx: WorkspaceTx, auth: WorkspaceAuth) => Promise<T>): Promise<T>;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the caller on every request and enforces each route's `config.auth` and CSRF. */
export const authenticate = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    const { database, config } = opts;
    app.decorateRequest('auth', null);
    app.decorateRequest('workspace', function (this: FastifyRequest): WorkspaceAuth {
      const auth = this.auth;
      if (auth?.kind === 'apiKey') return { workspaceId: auth.workspaceId, role: auth.role, userId: null, apiKeyId: auth.apiKeyId };
      if (auth?.kind === 'session' && auth.workspaceId && auth.role) {
        return { workspaceId: auth.workspaceId, role: auth.role, userId: auth.user.id, apiKeyId: null };
      }
      throw new AppError('unauthenticated', 'Sign in and choose a workspace first');
    });
    app.decorateRequest('inWorkspace', function <T>(this: FastifyRequest, fn: (tx: WorkspaceTx, auth: WorkspaceAuth) => Promise<T>) {
      const ws = this.workspace();
      return database.inWorkspace(
        { workspaceId: ws.workspaceId, actorUserId: ws.userId, actorApiKeyId: ws.apiKeyId, requestId: this.id },
        (tx) => fn(tx, ws),
      );
    });

    app.addHook('onRequest', async (request: FastifyRequest) => {
      const level: AuthLevel = request.routeOptions.config.auth ?? (request.url.startsWith('/api/v1/') ? 'workspace' : 'public');
      if (level === 'public') return;
      request.auth = await identify(request, database, config);

      const auth = request.auth;
      if (!auth) throw new AppError('unauthenticated', 'Sign in, or send an API key as "Authorization: Bearer <key>"');
      if (auth.kind === 'session') {
        if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== auth.csrfToken) {
          throw new AppError('csrf_failed', 'Missing or wrong x-csrf-token header (get it from GET /api/v1/auth/session)');
        }
        if (level === 'workspace' && !auth.workspaceId) {
          throw new AppError('forbidden', 'You are not a member of any workspace');
        }
      } else if (level === 'user') {
        throw new AppError('forbidden', 'This endpoint is for signed-in users, not API keys');
      }
    });
  },
  { name: 'authenticate', dependencies: ['@fastify/cookie'] },
);

async function identify(request: FastifyRequest, database: Database, config: Config): Promise<Auth | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const key = match?.[1] ? await resolveApiKey(database.system, match[1]) : null;
    if (!key) throw new AppError('unauthenticated', 'The API key is not valid or has been revoked');
    return { kind: 'apiKey', apiKeyId: key.id, workspaceId: key.workspaceId, role: key.role };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await resolveSession(database.system, token, config.SESSION_TTL_HOURS);
  return session ? { kind: 'session', ...session } : null;
}
