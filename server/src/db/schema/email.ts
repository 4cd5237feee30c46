import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type EmailSecurity = 'tls' | 'starttls' | 'none';
export type EmailLanguage = 'vi' | 'en';
export type EmailPurpose = 'transactional' | 'marketing';
export type EmailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'outbox' | 'blocked';

/**
 * One SMTP configuration per workspace. `smtp_password` is never returned by the API and is named as a
 * secret column when the audit trigger is attached, so it is never copied into `audit_events`.
 */
export const emailSettings = pgTable(
  'email_settings',
  {
    workspaceId: uuid('workspace_id').notNull(),
    /** The audit trail's entity id. */
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    smtpHost: text('smtp_host').notNull(),
    smtpPort: integer('smtp_port').notNull(),
    /** tls: TLS from the first byte (465); starttls: upgrade required (587); none: plain (local relays). */
    smtpSecurity: text('smtp_security').$type<EmailSecurity>().notNull(),
    smtpUser: text('smtp_user'),
    smtpPassword: text('smtp_password'),
    fromAddress: text('from_address').notNull(),
    fromName: text('from_name'),
    replyTo: text('reply_to'),
    /** The language of a template when the person has no preference. */
    defaultLanguage: text('default_language').$type<EmailLanguage>().notNull().default('vi'),
    updatedByUserId: uuid('updated_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId] })],
);

/** A message in two languages with {{variables}}; the recipient's language picks one. */
export const emailTemplates = pgTable(
  'email_templates',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    name: text('name').notNull(),
    purpose: text('purpose').$type<EmailPurpose>().notNull().default('transactional'),
    subjectVi: text('subject_vi').notNull(),
    bodyVi: text('body_vi').notNull(),
    subjectEn: text('subject_en').notNull(),
    bodyEn: text('body_en').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('email_templates_name_uq').on(t.workspaceId, t.name)],
);

/**
 * Every e-mail Tandem sends or refuses to send. Written in the caller's transaction (status `queued`,
 * `outbox` or `blocked`); the `email.dispatch` job claims due `queued` rows (FOR UPDATE SKIP LOCKED) after
 * commit and moves them to `sending`, then `sent` or back to `queued` with a later `next_attempt_at`, or
 * `failed` after the last attempt.
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    status: text('status').$type<EmailStatus>().notNull(),
    purpose: text('purpose').$type<EmailPurpose>().notNull(),
    personId: uuid('person_id'),
    toAddress: text('to_address'),
    toName: text('to_name'),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    templateId: uuid('template_id'),
    language: text('language').$type<EmailLanguage>(),
    /** `user`, or the feature that queued it (`care_plan:<id>`, `task_reminder`, `survey:<id>`...). */
    source: text('source').notNull().default('user'),
    relatedEntityType: text('related_entity_type'),
    relatedEntityId: uuid('related_entity_id'),
    /** Why it was not sent: no_consent, no_address, ... (status `blocked`). */
    blockedReason: text('blocked_reason'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(4),
    nextAttemptAt: ts('next_attempt_at'),
    claimedAt: ts('claimed_at'),
    claimToken: uuid('claim_token'),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    /** What the SMTP server answered for each attempt (time, error or response). */
    log: jsonb('log').$type<{ at: string; attempt: number; ok: boolean; detail: string }[]>().notNull().default([]),
    sentAt: ts('sent_at'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('email_messages_person_idx').on(t.workspaceId, t.personId, t.createdAt, t.id),
    index('email_messages_status_idx').on(t.workspaceId, t.status, t.id),
    index('email_messages_due_idx').on(t.nextAttemptAt).where(sql`status = 'queued'`),
    index('email_messages_sending_idx').on(t.claimedAt).where(sql`status = 'sending'`),
  ],
);
