import type { TSessionResponse } from '@tandem/shared';
import { eq, sql } from 'drizzle-orm';
import { users } from '../../db/schema';
import { verifyPassword } from '../../platform/auth/secrets';
import { permissionsOf } from '../../platform/auth/policy';
import { createSession, listUserWorkspaces, type ResolvedSession } from '../../platform/auth/sessions';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

export type SignInInput = { email: string; password: string; ip: string | null; userAgent: string | null };

/**
 * Check an e-mail and password and open a session. After `SIGN_IN_MAX_FAILURES` wrong passwords in a
 * row the account is locked for `SIGN_IN_LOCK_MINUTES`; while locked, even the right password is refused.
 */
export async function signIn(db: Db, config: Config, input: SignInInput): Promise<{ token: string; userId: string }> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) throw locked(user.lockedUntil);

  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user) throw invalidCredentials();
  if (!ok) {
    const max = config.SIGN_IN_MAX_FAILURES;
    const [after] = await db
      .update(users)
      .set({
        failedSignIns: sql`CASE WHEN ${users.failedSignIns} + 1 >= ${max} THEN 0 ELSE ${users.failedSignIns} + 1 END`,
        lockedUntil: sql`CASE WHEN ${users.failedSignIns} + 1 >= ${max}
          THEN now() + make_interval(mins => ${config.SIGN_IN_LOCK_MINUTES}) ELSE ${users.lockedUntil} END`,
      })
      .where(eq(users.id, user.id))
      .returning({ lockedUntil: users.lockedUntil });
    if (after?.lockedUntil && after.lockedUntil.getTime() > Date.now()) throw locked(after.lockedUntil);
    throw invalidCredentials();
  }
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const { token } = await createSession(db, { userId: user.id, ttlHours: config.SESSION_TTL_HOURS, ip: input.ip, userAgent: input.userAgent });
  return { token, userId: user.id };
}

const invalidCredentials = () => new AppError('invalid_credentials', 'Wrong e-mail or password');
const locked = (until: Date) =>
  new AppError('account_locked', `Too many wrong passwords: the account is locked until ${until.toISOString()}`, {
    lockedUntil: until.toISOString(),
  });

/** The session document the web app starts from. */
export async function presentSession(db: Db, session: Pick<ResolvedSession, 'user' | 'workspaceId' | 'csrfToken'>): Promise<TSessionResponse> {
  const workspaces = await listUserWorkspaces(db, session.user.id);
  const role = workspaces.find((w) => w.id === session.workspaceId)?.role ?? null;
  return { user: session.user, workspaces, currentWorkspaceId: session.workspaceId, permissions: permissionsOf(role), csrfToken: session.csrfToken };
}
