import type { TSavedView, ZCreateSavedViewRequest, ZUpdateSavedViewRequest } from '@tandem/shared';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { z } from 'zod';
import { savedViews } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';

type Row = typeof savedViews.$inferSelect;
const present = (v: Row): TSavedView => ({
  id: v.id,
  entity: v.entity,
  name: v.name,
  ownerUserId: v.ownerUserId,
  filter: v.filter as TSavedView['filter'],
  sort: v.sort,
  columns: v.columns,
});

/** Views this caller sees: shared ones and their own. */
const visible = (auth: WorkspaceAuth) => (auth.userId ? or(isNull(savedViews.ownerUserId), eq(savedViews.ownerUserId, auth.userId)) : isNull(savedViews.ownerUserId));

export async function listViews(tx: WorkspaceTx, auth: WorkspaceAuth, entity?: 'person' | 'organization') {
  authorize(auth.role, 'customers.read');
  const rows = await tx
    .select()
    .from(savedViews)
    .where(and(visible(auth), entity ? eq(savedViews.entity, entity) : undefined))
    .orderBy(asc(savedViews.name));
  return { data: rows.map(present) };
}

export async function createView(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateSavedViewRequest>) {
  authorize(auth.role, 'customers.read');
  if (input.shared && !can(auth.role, 'views.share')) throw new AppError('forbidden', 'Your role may not share views with the workspace');
  if (!input.shared && !auth.userId) throw new AppError('validation_failed', 'An API key can only create shared views', { errors: [{ path: 'shared', message: 'must be true' }] });
  const [row] = await tx
    .insert(savedViews)
    .values({ workspaceId: auth.workspaceId, entity: input.entity, name: input.name, ownerUserId: input.shared ? null : auth.userId, filter: input.filter, sort: input.sort ?? null, columns: input.columns })
    .returning();
  return present(row!);
}

async function mine(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<Row> {
  const [row] = await tx.select().from(savedViews).where(and(eq(savedViews.id, id), visible(auth)));
  if (!row) throw notFound('View');
  if (row.ownerUserId === null && !can(auth.role, 'views.share')) throw new AppError('forbidden', 'Your role may not change shared views');
  return row;
}

export async function updateView(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateSavedViewRequest>) {
  const current = await mine(tx, auth, id);
  const { shared, ...rest } = input;
  if (shared && !can(auth.role, 'views.share')) throw new AppError('forbidden', 'Your role may not share views with the workspace');
  const [row] = await tx
    .update(savedViews)
    .set({ ...rest, ...(shared === undefined ? {} : { ownerUserId: shared ? null : (auth.userId ?? current.ownerUserId) }), updatedAt: new Date() })
    .where(eq(savedViews.id, id))
    .returning();
  return present(row!);
}

export async function deleteView(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  await mine(tx, auth, id);
  await tx.delete(savedViews).where(eq(savedViews.id, id));
}
