import { z } from 'zod';
import { ZId } from './common';

const stamp = z.iso.datetime({ offset: true });

/** One in-app notification of the signed-in member. */
export const ZNotification = z.object({
  id: ZId,
  /** What happened, dotted: `task.reminder`, `task.assigned`, `email.failed`... */
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** Path inside the web app to open. */
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: ZId.nullable(),
  readAt: stamp.nullable(),
  createdAt: stamp,
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(500).optional(),
    /** Only unread ones. */
    unread: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** Unread count, counted up to 100 (`unreadCapped`: there are at least 100; show "99+"). */
export const ZUnreadCount = z.object({ unreadCount: z.number().int(), unreadCapped: z.boolean() });
export type TUnreadCount = z.infer<typeof ZUnreadCount>;

export const ZNotificationPage = z.object({
  data: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
  unreadCapped: z.boolean(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

export const ZMarkNotificationRequest = z.object({ read: z.boolean().default(true) }).strict();
export const ZMarkAllReadRequest = z
  .object({
    /** Only those created up to this moment (what the member saw), so one arriving meanwhile stays unread. */
    before: stamp.optional(),
  })
  .strict();
export const ZMarkAllReadResponse = ZUnreadCount.extend({ marked: z.number().int() });
