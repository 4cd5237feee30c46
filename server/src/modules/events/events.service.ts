import type { TAuditEvent, TAuditEventQuery } from '@tandem/shared';
import { and, desc, eq, lt, notInArray } from 'drizzle-orm';
import { auditEvents, users } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';

type Json = Record<string, unknown>;

/** For an update, the fields whose value changed (timestamps of bookkeeping left out). */
export function diff(before: Json | null, after: Json | null): TAuditEvent['changes'] {
  if (!before || !after) return null;
  const changes: NonNullable<TAuditEvent['changes']> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updated_at') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

/**
 * Columns whose values are HR-only inside kinds of record others may see (benefit amounts, HR's notes on
 * an employee's benefit): removed from before/after, and so from the changes, for roles without `hr.sensitive`.
 */
const HR_ONLY_COLUMNS: Record<string, string[]> = { benefits: ['default_amount'], employee_benefits: ['amount', 'notes'] };

function redact(entityType: string, image: Json | null, auth: WorkspaceAuth): Json | null {
  const hidden = HR_ONLY_COLUMNS[entityType];
  if (!image || !hidden || can(auth.role, 'hr.sensitive')) return image;
  return Object.fromEntries(Object.entries(image).filter(([key]) => !hidden.includes(key)));
}

const present = (auth: WorkspaceAuth) => ({ event, actorName }: { event: typeof auditEvents.$inferSelect; actorName: string | null }): TAuditEvent => {
  const e = { ...event, before: redact(event.entityType, event.before, auth), after: redact(event.entityType, event.after, auth) };
  return presentEvent(e, actorName);
};

const presentEvent = (e: typeof auditEvents.$inferSelect, actorName: string | null): TAuditEvent => ({
  id: e.id,
  occurredAt: iso(e.occurredAt),
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  actorUserId: e.actorUserId,
  actorName,
  actorApiKeyId: e.actorApiKeyId,
  requestId: e.requestId,
  changes: e.action === 'update' ? diff(e.before, e.after) : null,
  before: e.before,
  after: e.after,
});

export async function getEvent(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TAuditEvent> {
  authorize(auth.role, 'events.read');
  const [row] = await tx
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.id, id), visibleTo(auth)));
  if (!row) throw notFound('Event');
  return present(auth)(row);
}

/**
 * Kinds of record whose trail reveals HR-only data (salary, contract terms, documents): left out for
 * roles without `hr.sensitive`, in lists and by id alike.
 */
const HR_ONLY_ENTITIES = ['employee_contracts', 'employee_documents'];
const visibleTo = (auth: WorkspaceAuth) => (can(auth.role, 'hr.sensitive') ? undefined : notInArray(auditEvents.entityType, HR_ONLY_ENTITIES));

/** The audit trail of the workspace, newest first, optionally for one kind of record or one record. */
export async function listEvents(tx: WorkspaceTx, auth: WorkspaceAuth, query: TAuditEventQuery) {
  authorize(auth.role, 'events.read');
  const before = query.cursor ? decodeCursor(query.cursor, ['id']).id : null;
  const rows = await tx
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
        query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
        before ? lt(auditEvents.id, before) : undefined,
        visibleTo(auth),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ id: r.event.id }));
  return { data: page.data.map(present(auth)), nextCursor: page.nextCursor };
}

