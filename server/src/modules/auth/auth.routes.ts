import { ZSessionResponse, ZSignInRequest, ZSwitchWorkspaceRequest, ZUpdateMeRequest } from '@tandem/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { SESSION_COOKIE, type Auth } from '../../platform/auth/authenticate';
import { deleteSession, listUserWorkspaces, setSessionWorkspace } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http/responses';
import { presentSession, signIn } from './auth.service';
import { sendNewSession } from './session-cookie';

const tags = ['auth'];

/** Sign-in, sign-out and the signed-in user's session (cookie-based; API keys do not use these). */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.system;


  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { auth: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: ZSignInRequest,
        response: { 200: ZSessionResponse, 401: problemResponses[401], 423: problemResponses[401].describe('Account locked') },
      },
    },
    async (request, reply) => {
      const { token } = await signIn(db, config, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      return sendNewSession(db, config, reply, token);
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { config: { auth: 'user' }, schema: { tags, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteSession(db, sessionOf(request.auth).tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/session',
    { config: { auth: 'user' }, schema: { tags, summary: 'The signed-in user, their workspaces and the CSRF token', response: { 200: ZSessionResponse } } },
    async (request) => presentSession(db, sessionOf(request.auth)),
  );

  app.post(
    '/api/v1/auth/switch-workspace',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'Make another of my workspaces the current one', body: ZSwitchWorkspaceRequest, response: { 200: ZSessionResponse, ...problemResponses } },
    },
    async (request) => {
      const session = sessionOf(request.auth);
      const mine = await listUserWorkspaces(db, session.user.id);
      const target = mine.find((w) => w.id === request.body.workspaceId);
      if (!target) throw new AppError('not_found', 'Workspace not found');
      await setSessionWorkspace(db, session.tokenHash, target.id);
      return presentSession(db, { ...session, workspaceId: target.id });
    },
  );

  app.patch(
    '/api/v1/auth/me',
    { config: { auth: 'user' }, schema: { tags, summary: 'Change my name or language', body: ZUpdateMeRequest, response: { 200: ZSessionResponse, ...problemResponses } } },
    async (request) => {
      const session = sessionOf(request.auth);
      const [user] = await db
        .update(users)
        .set({ ...request.body, updatedAt: new Date() })
        .where(eq(users.id, session.user.id))
        .returning({ id: users.id, email: users.email, name: users.name, locale: users.locale });
      if (!user) throw new AppError('not_found', 'User not found');
      return presentSession(db, { ...session, user });
    },
  );
};

function sessionOf(auth: Auth | null): Extract<Auth, { kind: 'session' }> {
  if (auth?.kind !== 'session') throw new AppError('unauthenticated', 'Sign in first');
  return auth;
}
