import { z } from 'zod';
import { ZId } from './common';

/** One audit event: a row created, updated, deleted or restored, by whom and when. */
export const ZAuditEvent = z.object({
  id: ZId,
  occurredAt: z.iso.datetime({ offset: true }),
  action: z.enum(['create', 'update', 'delete', 'restore']),
  entityType: z.string(),
  entityId: z.string(),
  actorUserId: ZId.nullable(),
  actorName: z.string().nullable(),
  actorApiKeyId: ZId.nullable(),
  requestId: z.string().nullable(),
  /** Fields that changed (for updates), with their old and new values. */
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditEventQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    entityType: z.string().max(100).optional(),
    entityId: z.string().max(100).optional(),
  })
  .strict();
export type TAuditEventQuery = z.infer<typeof ZAuditEventQuery>;
