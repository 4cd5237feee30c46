import type { ZNotificationListQuery } from '@tandem/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';

export type NotifyInput = {
  /** The member who receives it (a user id with a membership in this workspace). */
  userId: string;
  /** What happened, dotted lower-case, e.g. `task.reminder`, `task.assigned`, `email.failed`, `care_plan.task`. */
  kind: string;
  /** One line, already in the recipient's language (Vietnamese by default); at most 200 characters. */
  title: string;
  /** Optional detail, plain text; cut to 1,000 characters. */
  body?: string;
  /** Optional path inside the web app the notification opens, e.g. `/work?taskId=<id>` (opens the task) or `/customers/people/<id>`. */
  link?: string;
  /** Optional record it is about, e.g. `tasks` and the task id (lets the UI and later clean-ups find it). */
  entityType?: string;
  entityId?: string;
};

const KIND = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Put an in-app notification in a member's inbox (the bell in the web app).
 *
 * Contract for other features:
 * - Call it with the `WorkspaceTx` you are already in: the row is written in YOUR transaction, so it is
 *   committed with (and only with) the change that caused it. Jobs that sweep all workspaces open one
 *   with `database.inWorkspace({ workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null }, tx => notify(tx, ...))`.
 * - The workspace is the transaction's workspace (row-level security); you do not pass it.
 * - A `userId` that is not a member of the workspace (removed, or never was) is skipped silently:
 *   notifying must never make the caller's business change fail.
 * - It does not deduplicate. If you may run twice for the same event, make the event itself happen once
 *   (a conditional UPDATE ... RETURNING or a unique key), as the task reminder job does.
 * - It does not send e-mail; use `queueEmail` of the email module for that.
 * - Bad input (empty title, kind not like `a.b_c`, entityId not a uuid) is a programming error: it throws.
 */
export async function notify(tx: WorkspaceTx, input: NotifyInput): Promise<void> {
  const title = input.title.trim().slice(0, 200);
  if (!title) throw new AppError('validation_failed', 'A notification needs a title', { errors: [{ path: 'title', message: 'empty' }] });
  if (!KIND.test(input.kind)) throw new AppError('validation_failed', 'Notification kind must look like `task.reminder`', { errors: [{ path: 'kind', message: 'invalid' }] });
  if (!UUID.test(input.userId)) throw new AppError('validation_failed', 'userId must be a uuid', { errors: [{ path: 'userId', message: 'invalid' }] });
  if (input.entityId !== undefined && !UUID.test(input.entityId)) throw new AppError('validation_failed', 'entityId must be a uuid', { errors: [{ path: 'entityId', message: 'invalid' }] });
  await tx.execute(sql`INSERT INTO notifications (workspace_id, user_id, kind, title, body, link, entity_type, entity_id)
    SELECT tandem_workspace_id(), ${input.userId}::uuid, ${input.kind}, ${title}, ${input.body?.slice(0, 1000) ?? null}, ${input.link ?? null},
           ${input.entityType ?? null}, ${input.entityId ?? null}::uuid
    WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.workspace_id = tandem_workspace_id() AND m.user_id = ${input.userId}::uuid)`);
}

type Row = {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  entity_type: string | null;
  entity_id: string | null;
  read_at: Date | string | null;
  created_at: Date | string;
  created_key: string;
};
const d = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Who may have an inbox: a signed-in member (an API key acts for no one). */
function me(auth: WorkspaceAuth): string {
  if (!auth.userId) throw new AppError('forbidden', 'Notifications belong to a signed-in member, not to an API key');
  return auth.userId;
}

/** Unread notifications counted up to this many; the bell shows "99+" past it. */
export const UNREAD_CAP = 100;

async function unreadCount(tx: WorkspaceTx, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM notifications WHERE user_id = ${userId} AND read_at IS NULL LIMIT ${UNREAD_CAP}) u`,
  );
  return row?.n ?? 0;
}

/** My notifications, newest first (keyset), with the unread count (capped, from a partial index). */
export async function listNotifications(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZNotificationListQuery>) {
  const userId = me(auth);
  const where = [sql`n.user_id = ${userId}`];
  if (q.unread === 'true') where.push(sql`n.read_at IS NULL`);
  if (q.cursor) {
    const c = decodeCursor(q.cursor, ['at', 'id']);
    where.push(sql`(n.created_at, n.id) < (${c.at}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await queryRows<Row>(
    tx,
    sql`SELECT n.id, n.kind, n.title, n.body, n.link, n.entity_type, n.entity_id, n.read_at, n.created_at, n.created_at::text AS created_key
        FROM notifications n WHERE ${sql.join(where, sql` AND `)} ORDER BY n.created_at DESC, n.id DESC LIMIT ${q.limit + 1}`,
  );
  const page = toPage(rows, q.limit, (r) => ({ at: r.created_key, id: r.id }));
  const unread = await unreadCount(tx, userId);
  return {
    data: page.data.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      entityType: r.entity_type,
      entityId: r.entity_id,
      readAt: isoOrNull(r.read_at === null ? null : d(r.read_at)),
      createdAt: iso(d(r.created_at)),
    })),
    nextCursor: page.nextCursor,
    unreadCount: unread,
    unreadCapped: unread >= UNREAD_CAP,
  };
}

export async function getUnreadCount(tx: WorkspaceTx, auth: WorkspaceAuth) {
  const n = await unreadCount(tx, me(auth));
  return { unreadCount: n, unreadCapped: n >= UNREAD_CAP };
}

/** Mark one of my notifications read (or unread again). */
export async function markNotification(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, read: boolean) {
  const userId = me(auth);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE notifications SET read_at = ${read ? sql`coalesce(read_at, now())` : sql`NULL`} WHERE id = ${id} AND user_id = ${userId} RETURNING id`,
  );
  if (!rows.length) throw notFound('Notification');
  return getUnreadCount(tx, auth);
}

/** Mark all my notifications read (optionally only those created up to a moment the UI saw). */
export async function markAllRead(tx: WorkspaceTx, auth: WorkspaceAuth, before?: string) {
  const userId = me(auth);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE notifications SET read_at = now() WHERE user_id = ${userId} AND read_at IS NULL ${before ? sql`AND created_at <= ${before}::timestamptz` : sql``} RETURNING id`,
  );
  return { marked: rows.length, ...(await getUnreadCount(tx, auth)) };
}
