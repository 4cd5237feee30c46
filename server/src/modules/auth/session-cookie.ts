import type { TSessionResponse } from '@tandem/shared';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../platform/auth/authenticate';
import { resolveSession } from '../../platform/auth/sessions';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { presentSession } from './auth.service';

/** Set the cookie of a new session and return its session document (sign-in, accepting an invitation). */
export async function sendNewSession(db: Db, config: Config, reply: FastifyReply, token: string): Promise<TSessionResponse> {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.COOKIE_SECURE,
    path: '/',
    maxAge: config.SESSION_TTL_HOURS * 3600,
  });
  const session = await resolveSession(db, token, config.SESSION_TTL_HOURS);
  if (!session) throw new AppError('internal', 'The new session could not be read back');
  return presentSession(db, session);
}
