import type { Role, TAcceptInvitationRequest, TCreateInvitationRequest, TCreateInvitationResponse, TInvitation, TInvitationLookup, TPageQuery } from '@tandem/shared';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { invitations, memberships, users, workspaces } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, mayGrant } from '../../platform/auth/policy';
import { hashPassword, randomToken, sha256, verifyPassword } from '../../platform/auth/secrets';
import { createSession } from '../../platform/auth/sessions';
import type { Config } from '../../platform/config';
import type { Database, WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';

const VALID_DAYS = 7;

const columns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  createdAt: invitations.createdAt,
  invitedByName: users.name,
};
type Row = { id: string; email: string; role: Role; expiresAt: Date; acceptedAt: Date | null; createdAt: Date; invitedByName: string | null };

const present = (r: Row): TInvitation => ({
  id: r.id,
  email: r.email,
  role: r.role,
  invitedByName: r.invitedByName,
  expiresAt: iso(r.expiresAt),
  acceptedAt: isoOrNull(r.acceptedAt),
  createdAt: iso(r.createdAt),
});

/** Open (not revoked) invitations, newest first. */
export async function listInvitations(tx: WorkspaceTx, auth: WorkspaceAuth, query: TPageQuery) {
  authorize(auth.role, 'members.manage');
  const before = query.cursor ? decodeCursor(query.cursor, ['id']).id : null;
  const rows = await tx
    .select(columns)
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(isNull(invitations.revokedAt), before ? lt(invitations.id, before) : undefined))
    .orderBy(desc(invitations.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }));
  return { data: page.data.map(present), nextCursor: page.nextCursor };
}

export async function getInvitation(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TInvitation> {
  authorize(auth.role, 'members.manage');
  const [row] = await tx.select(columns).from(invitations).leftJoin(users, eq(users.id, invitations.invitedByUserId)).where(eq(invitations.id, id));
  if (!row) throw notFound('Invitation');
  return present(row);
}

/** Invite an e-mail with a role. The link carries a secret token, stored only as its hash. */
export async function createInvitation(
  tx: WorkspaceTx,
  auth: WorkspaceAuth,
  config: Config,
  input: TCreateInvitationRequest,
): Promise<TCreateInvitationResponse> {
  authorize(auth.role, 'members.manage');
  if (!mayGrant(auth.role, input.role)) {
    throw new AppError('forbidden', `Your role may not invite a ${input.role}`, { errors: [{ path: 'role', message: 'not allowed for your role' }] });
  }
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, input.email));
  if (member) throw new AppError('conflict', 'This person is already a member', { errors: [{ path: 'email', message: 'already a member' }] });

  const token = randomToken(24);
  const [row] = await tx
    .insert(invitations)
    .values({
      workspaceId: auth.workspaceId,
      email: input.email,
      role: input.role,
      tokenHash: sha256(token),
      invitedByUserId: auth.userId,
      expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
    })
    .returning({ id: invitations.id });
  const [created] = await tx.select(columns).from(invitations).leftJoin(users, eq(users.id, invitations.invitedByUserId)).where(eq(invitations.id, row!.id));
  return { invitation: present(created!), acceptUrl: `${config.PUBLIC_URL}/invite/${token}` };
}

export async function revokeInvitation(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<void> {
  authorize(auth.role, 'members.manage');
  const done = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, id), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  if (done.length === 0) throw notFound('Invitation');
}

/** Find a usable invitation by its token (platform lookup: the invitee has no session yet). */
async function findOpen(database: Database, token: string) {
  const [row] = await database.system
    .select({
      id: invitations.id,
      workspaceId: invitations.workspaceId,
      email: invitations.email,
      role: invitations.role,
      workspaceName: workspaces.name,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, sha256(token)), isNull(invitations.revokedAt), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)))
    .limit(1);
  if (!row) throw new AppError('not_found', 'This invitation is not valid: it may have expired, been used or been revoked');
  return row;
}

export async function lookupInvitation(database: Database, token: string): Promise<TInvitationLookup> {
  const inv = await findOpen(database, token);
  const [user] = await database.system.select({ id: users.id }).from(users).where(eq(users.email, inv.email)).limit(1);
  return { email: inv.email, workspaceName: inv.workspaceName, role: inv.role, existingUser: Boolean(user) };
}

/**
 * Accept an invitation: a new account is created with the given name and password, an existing
 * account must prove its password. The membership is written inside the workspace's scope with the
 * new member as the actor, so the audit trail shows who joined.
 */
export async function acceptInvitation(database: Database, config: Config, input: TAcceptInvitationRequest, meta: { ip: string | null; userAgent: string | null }) {
  const inv = await findOpen(database, input.token);
  const [existing] = await database.system
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, inv.email))
    .limit(1);
  let userId: string;
  if (existing) {
    if (!(await verifyPassword(existing.passwordHash, input.password))) {
      throw new AppError('invalid_credentials', 'Wrong password for this account', { errors: [{ path: 'password', message: 'wrong password' }] });
    }
    userId = existing.id;
  } else {
    if (!input.name) throw new AppError('validation_failed', 'Your name is required', { errors: [{ path: 'name', message: 'required' }] });
    if (input.password.length < 10) {
      throw new AppError('validation_failed', 'The password needs at least 10 characters', { errors: [{ path: 'password', message: 'at least 10 characters' }] });
    }
    const [user] = await database.system
      .insert(users)
      .values({ email: inv.email, name: input.name, passwordHash: await hashPassword(input.password) })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new AppError('conflict', 'An account with this e-mail was just created; sign in instead');
    userId = user.id;
  }
  await database.inWorkspace({ workspaceId: inv.workspaceId, actorUserId: userId, actorApiKeyId: null, requestId: null }, async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new AppError('conflict', 'This invitation has just been used');
    await tx.insert(memberships).values({ workspaceId: inv.workspaceId, userId, role: inv.role }).onConflictDoNothing();
  });
  const { token } = await createSession(database.system, { userId, ttlHours: config.SESSION_TTL_HOURS, ip: meta.ip, userAgent: meta.userAgent });
  return { token, workspaceId: inv.workspaceId };
}
