import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * In-app notifications: one row per recipient. Written by `notify()` (notifications.service.ts) from any
 * feature, inside that feature's transaction; read by the bell in the web app.
 */
export const notifications = pgTable(
  'notifications',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    /** The member who receives it. */
    userId: uuid('user_id').notNull(),
    /** What happened, dotted lower-case: `task.reminder`, `task.assigned`, `email.failed`... */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** Path inside the web app to open, e.g. `/work?taskId=...` or `/customers/people/<id>`. */
    link: text('link'),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    readAt: ts('read_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    /** The inbox, newest first (keyset on created_at, id). */
    index('notifications_user_idx').on(t.workspaceId, t.userId, t.createdAt, t.id),
    /** The unread count and "mark all read" touch only unread rows. */
    index('notifications_unread_idx').on(t.workspaceId, t.userId).where(sql`read_at IS NULL`),
  ],
);
