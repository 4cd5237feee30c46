import type { Locale, Role } from '@tandem/shared';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { memberships, sessions, users, workspaces } from '../../db/schema';
import type { Db } from '../db/database';
import { randomToken, sha256 } from './secrets';

export type SessionUser = { id: string; email: string; name: string; locale: Locale };

export type ResolvedSession = {
  tokenHash: string;
  csrfToken: string;
  user: SessionUser;
  workspaceId: string | null;
  role: Role | null;
};

/** Refresh `last_seen_at` and slide the expiry at most this often, so reads do not write every time. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  db: Db,
  input: { userId: string; ttlHours: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string }> {
  const token = randomToken(32);
  const [first] = await db
    .select({ workspaceId: memberships.workspaceId })
    .from(memberships)
    .where(eq(memberships.userId, input.userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId: input.userId,
    currentWorkspaceId: first?.workspaceId ?? null,
    csrfToken: randomToken(24),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
    expiresAt: new Date(Date.now() + input.ttlHours * 3_600_000),
  });
  return { token };
}

/** Look a session cookie up; null when unknown or expired. Repairs a current workspace the user has left. */
export async function resolveSession(db: Db, token: string, ttlHours: number): Promise<ResolvedSession | null> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      workspaceId: sessions.currentWorkspaceId,
      role: memberships.role,
      user: { id: users.id, email: users.email, name: users.name, locale: users.locale },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, and(eq(memberships.workspaceId, sessions.currentWorkspaceId), eq(memberships.userId, sessions.userId)))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  if (!row) return null;

  let { workspaceId, role } = row;
  if (!role) {
    // The member was removed from that workspace (or never had one): fall back to another they belong to.
    const [other] = await db
      .select({ workspaceId: memberships.workspaceId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, row.user.id))
      .orderBy(asc(memberships.createdAt))
      .limit(1);
    workspaceId = other?.workspaceId ?? null;
    role = other?.role ?? null;
    await db.update(sessions).set({ currentWorkspaceId: workspaceId }).where(eq(sessions.tokenHash, tokenHash));
  }
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + ttlHours * 3_600_000) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return { tokenHash, csrfToken: row.csrfToken, user: row.user, workspaceId, role };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function setSessionWorkspace(db: Db, tokenHash: string, workspaceId: string): Promise<void> {
  await db.update(sessions).set({ currentWorkspaceId: workspaceId }).where(eq(sessions.tokenHash, tokenHash));
}

/** The workspaces a user belongs to, with their role in each, for the switcher. */
export function listUserWorkspaces(db: Db, userId: string) {
  return db
    .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

/** Delete expired sessions (run by a scheduled job). */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const deleted = await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ h: sessions.tokenHash });
  return deleted.length;
}
