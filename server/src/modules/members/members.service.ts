import type { Role, TMember, TPageQuery } from '@tandem/shared';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import { memberships, users } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, mayGrant } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { iso } from '../../platform/http/responses';

const columns = {
  id: memberships.id,
  userId: memberships.userId,
  role: memberships.role,
  createdAt: memberships.createdAt,
  email: users.email,
  name: users.name,
};
type Row = { id: string; userId: string; role: Role; createdAt: Date; email: string; name: string };
const present = (r: Row): TMember => ({ ...r, createdAt: iso(r.createdAt) });

export async function listMembers(tx: WorkspaceTx, auth: WorkspaceAuth, query: TPageQuery) {
  authorize(auth.role, 'members.read');
  const after = query.cursor ? decodeCursor(query.cursor, ['id']).id : null;
  const rows = await tx
    .select(columns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(after ? gt(memberships.id, after) : undefined)
    .orderBy(asc(memberships.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }));
  return { data: page.data.map(present), nextCursor: page.nextCursor };
}

export async function getMember(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TMember> {
  authorize(auth.role, 'members.read');
  return present(await findMember(tx, id));
}

async function findMember(tx: WorkspaceTx, id: string): Promise<Row> {
  const [row] = await tx.select(columns).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.id, id));
  if (!row) throw notFound('Member');
  return row;
}

/** Owners may be changed or removed only by an owner, and a workspace always keeps at least one owner. */
async function checkMayChange(tx: WorkspaceTx, auth: WorkspaceAuth, target: Row, newRole: Role | null) {
  authorize(auth.role, 'members.manage');
  if ((target.role === 'owner' || newRole === 'owner') && auth.role !== 'owner') {
    throw new AppError('forbidden', 'Only an owner can change owners');
  }
  if (newRole && !mayGrant(auth.role, newRole)) throw new AppError('forbidden', `Your role may not grant ${newRole}`);
  if (target.role === 'owner' && newRole !== 'owner') {
    const [others] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(memberships)
      .where(and(eq(memberships.role, 'owner'), ne(memberships.id, target.id)));
    if (!others || others.n === 0) throw new AppError('unprocessable', 'A workspace must keep at least one owner');
  }
}

export async function updateMemberRole(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, role: Role): Promise<TMember> {
  const target = await findMember(tx, id);
  await checkMayChange(tx, auth, target, role);
  await tx.update(memberships).set({ role, updatedAt: new Date() }).where(eq(memberships.id, id));
  return present({ ...target, role });
}

export async function removeMember(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<void> {
  const target = await findMember(tx, id);
  await checkMayChange(tx, auth, target, null);
  await tx.delete(memberships).where(eq(memberships.id, id));
}
