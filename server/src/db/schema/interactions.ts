import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export type InteractionKind = 'call' | 'email' | 'chat' | 'meeting' | 'visit' | 'note';

/** Every touch with a customer (person or organization) or an employee: what the timeline is made of. */
export const interactions = pgTable(
  'interactions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    kind: text('kind').$type<InteractionKind>().notNull(),
    /** Where it happened: hotline, zalo, messenger, web_chat, email, store... (free text, lower-case). */
    channel: text('channel'),
    direction: text('direction').$type<'inbound' | 'outbound'>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    durationSeconds: integer('duration_seconds'),
    outcome: text('outcome'),
    summary: text('summary').notNull(),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    employeeId: uuid('employee_id'),
    /** The member who handled it (or logged it). */
    userId: uuid('user_id'),
    attachments: jsonb('attachments').$type<{ name: string; url: string }[]>().notNull().default([]),
    /** Id in the system that pushed it (call center, chat platform). */
    externalId: text('external_id'),
    /** `Idempotency-Key` of the inbound API call that created it: the same key never creates twice. */
    idempotencyKey: text('idempotency_key'),
    /** The inbound API created the customer as a lead because no one matched. */
    createdLead: boolean('created_lead').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('interactions_idempotency_uq').on(t.workspaceId, t.idempotencyKey),
    index('interactions_person_idx').on(t.workspaceId, t.personId, t.occurredAt, t.id),
    index('interactions_org_idx').on(t.workspaceId, t.organizationId, t.occurredAt, t.id),
    index('interactions_user_idx').on(t.workspaceId, t.userId, t.occurredAt),
    index('interactions_employee_idx').on(t.workspaceId, t.employeeId, t.occurredAt, t.id),
  ],
);

/**
 * Files attached to an interaction (a call recording, a photo from a visit, a quote sent in a chat); the
 * bytes are kept in the database like HR documents. Links pushed by webhooks stay in `interactions.attachments`.
 */
export const interactionFiles = pgTable(
  'interaction_files',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    interactionId: uuid('interaction_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('interaction_files_interaction_idx').on(t.workspaceId, t.interactionId, t.id)],
);
