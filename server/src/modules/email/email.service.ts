import type { TEmailMessage, TEmailSettings, TEmailTemplate, ZEmailMessageListQuery, ZSendEmailRequest, ZUpdateEmailSettingsRequest } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { emailMessages, emailSettings, emailTemplates } from '../../db/schema';
import type { EmailLanguage, EmailPurpose } from '../../db/schema/email';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';
import { fromOf, transportOf, type SmtpSettings } from './email.dispatch';
import { checkTemplateText, firstNameOf, lastNameOf, plainTextToHtml, renderTemplate, type TemplateValues, variablesOf } from './email-render';

export { renderTemplate } from './email-render';

/** What a feature passes to `queueEmail`. */
export type QueueEmailInput = {
  /** The customer it is for: their primary e-mail is used unless `to` is given; it shows on their timeline. */
  personId?: string;
  /** An explicit address (required when there is no `personId`). */
  to?: string;
  toName?: string;
  subject: string;
  /** The plain-text body (already rendered). */
  text: string;
  /** The HTML body (already rendered and escaped); default: `text` escaped, paragraphs and line breaks kept. */
  html?: string;
  /** `marketing` is sent only while the person's e-mail consent is given. */
  purpose: 'transactional' | 'marketing';
  /** Who queued it: `user` (default), or the feature: `care_plan:<id>`, `task_reminder`, `survey:<id>`, `feedback_reply`... */
  source?: string;
  /** The record it is about (e.g. `tasks` + task id), shown with the message. */
  relatedEntityType?: string;
  relatedEntityId?: string;
  createdByUserId?: string | null;
  /** Internal: the template and language used (set by the send API). */
  templateId?: string;
  language?: EmailLanguage;
};

export type QueuedEmail = {
  id: string;
  status: 'queued' | 'outbox' | 'blocked';
  /** Why a `blocked` message was not sent: no_consent | consent_withdrawn | no_address. */
  blockedReason: string | null;
};

const EMAIL_ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/**
 * Queue one e-mail inside the caller's workspace transaction. Nothing is sent here: the row is written
 * with the caller's other changes, and the `email.dispatch` job sends it only after the transaction
 * commits (within a minute, or at once when the caller's route kicks the job with `kickEmailDispatch`).
 * So a rolled-back transaction sends nothing, and two processes never send the same message twice.
 *
 * The returned status says what will happen:
 * - `queued`: SMTP is configured; the job sends it, retrying with backoff (attempts, last error and the
 *   final `failed` status are on the message and the person's timeline);
 * - `outbox`: the workspace has no SMTP settings; the message waits in the outbox (GET /api/v1/outbox),
 *   visible to users, and is sent when someone retries it after configuring SMTP;
 * - `blocked` (with `blockedReason`): never sent — marketing mail to a person whose e-mail consent is
 *   not given (`no_consent`) or withdrawn (`consent_withdrawn`), or no address at all (`no_address`).
 *   Blocked messages are recorded (and on the timeline), never silently dropped.
 *
 * Throws `not_found` for an unknown or deleted `personId`, `validation_failed` for a malformed `to`.
 * Marketing consent is checked again right before sending.
 */
export async function queueEmail(tx: WorkspaceTx, input: QueueEmailInput): Promise<QueuedEmail> {
  let personId = input.personId ?? null;
  let toName = input.toName?.trim() || null;
  let to = input.to?.trim().toLowerCase() || null;
  if (to && !EMAIL_ADDRESS.test(to)) throw new AppError('validation_failed', `Not an e-mail address: ${to}`, { errors: [{ path: 'to', message: 'not an e-mail address' }] });
  if (personId) {
    const [person] = await queryRows<{ full_name: string; email: string | null }>(
      tx,
      sql`SELECT full_name, emails -> 0 ->> 'address' AS email FROM people WHERE id = ${personId} AND deleted_at IS NULL`,
    );
    if (!person) throw notFound('Person');
    to ??= person.email?.toLowerCase() ?? null;
    toName ??= person.full_name;
  } else if (to) {
    // An address that belongs to a customer: link it, so it shows on their timeline and consent applies.
    // Matched through the `people_contact_keys` view, where the GIN index serves `&&` under row-level security.
    const [match] = await queryRows<{ id: string; full_name: string }>(
      tx,
      sql`SELECT id, full_name FROM people WHERE id IN (SELECT id FROM people_contact_keys WHERE deleted_at IS NULL AND contact_keys && ${sql`ARRAY[${to}]::text[]`})
          ORDER BY id LIMIT 1`,
    );
    if (match) {
      personId = match.id;
      toName ??= match.full_name;
    }
  }
  let status: QueuedEmail['status'];
  let blockedReason: string | null = null;
  if (!to) {
    status = 'blocked';
    blockedReason = 'no_address';
  } else if (input.purpose === 'marketing' && (blockedReason = await marketingBlock(tx, personId))) {
    status = 'blocked';
  } else {
    const [settings] = await tx.select({ ws: emailSettings.workspaceId }).from(emailSettings).limit(1);
    status = settings ? 'queued' : 'outbox';
  }
  const [row] = await tx
    .insert(emailMessages)
    .values({
      workspaceId: sql`tandem_workspace_id()` as unknown as string,
      status,
      purpose: input.purpose,
      personId,
      toAddress: to,
      toName,
      subject: input.subject,
      bodyText: input.text,
      bodyHtml: input.html ?? plainTextToHtml(input.text),
      templateId: input.templateId ?? null,
      language: input.language ?? null,
      source: input.source ?? 'user',
      relatedEntityType: input.relatedEntityType ?? null,
      relatedEntityId: input.relatedEntityId ?? null,
      blockedReason,
      nextAttemptAt: status === 'queued' ? sql`now()` as unknown as Date : null,
      createdByUserId: input.createdByUserId ?? null,
    })
    .returning({ id: emailMessages.id });
  return { id: row!.id, status, blockedReason };
}

/**
 * Why marketing mail may not go to this person now, or null when it may: the latest e-mail consent row
 * is in force; no row means not given.
 */
export async function marketingBlock(tx: WorkspaceTx, personId: string | null): Promise<string | null> {
  if (!personId) return 'no_consent';
  const [latest] = await queryRows<{ status: string }>(
    tx,
    sql`SELECT status FROM consents WHERE person_id = ${personId} AND channel = 'email' ORDER BY recorded_at DESC, id DESC LIMIT 1`,
  );
  if (!latest) return 'no_consent';
  return latest.status === 'given' ? null : 'consent_withdrawn';
}

// ---------------------------------------------------------------------------------------------------
// Templates

type TemplateRow = typeof emailTemplates.$inferSelect;
const presentTemplate = (t: TemplateRow): TEmailTemplate => ({
  id: t.id,
  name: t.name,
  purpose: t.purpose,
  subjectVi: t.subjectVi,
  bodyVi: t.bodyVi,
  subjectEn: t.subjectEn,
  bodyEn: t.bodyEn,
  variables: variablesOf([t.subjectVi, t.bodyVi, t.subjectEn, t.bodyEn].join('\n')),
  createdAt: iso(t.createdAt),
  updatedAt: iso(t.updatedAt),
});

/** Variable problems of a template's four texts (each names its field). */
export function checkTemplate(t: Pick<TemplateRow, 'subjectVi' | 'bodyVi' | 'subjectEn' | 'bodyEn'>) {
  const errors = [
    ...checkTemplateText(t.subjectVi, 'subjectVi'),
    ...checkTemplateText(t.bodyVi, 'bodyVi'),
    ...checkTemplateText(t.subjectEn, 'subjectEn'),
    ...checkTemplateText(t.bodyEn, 'bodyEn'),
  ];
  if (errors.length) throw new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

export async function listTemplates(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'customers.read');
  const rows = await tx.select().from(emailTemplates).orderBy(emailTemplates.name);
  return { data: rows.map(presentTemplate), nextCursor: null };
}

async function loadTemplate(tx: WorkspaceTx, id: string) {
  const [row] = await tx.select().from(emailTemplates).where(sql`${emailTemplates.id} = ${id}`);
  if (!row) throw notFound('Email template');
  return row;
}

export async function getTemplate(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'customers.read');
  return presentTemplate(await loadTemplate(tx, id));
}

const nameTaken = () => new AppError('conflict', 'A template with this name exists', { errors: [{ path: 'name', message: 'already used' }] });

export async function createTemplate(
  tx: WorkspaceTx,
  auth: WorkspaceAuth,
  input: { name: string; purpose: EmailPurpose; subjectVi: string; bodyVi: string; subjectEn: string; bodyEn: string },
) {
  authorize(auth.role, 'email.templates');
  checkTemplate(input);
  const [row] = await tx
    .insert(emailTemplates)
    .values({ workspaceId: sql`tandem_workspace_id()` as unknown as string, ...input, createdByUserId: auth.userId })
    .onConflictDoNothing()
    .returning();
  if (!row) throw nameTaken();
  return presentTemplate(row);
}

export async function updateTemplate(
  tx: WorkspaceTx,
  auth: WorkspaceAuth,
  id: string,
  input: Partial<{ name: string; purpose: EmailPurpose; subjectVi: string; bodyVi: string; subjectEn: string; bodyEn: string }>,
) {
  authorize(auth.role, 'email.templates');
  const current = await loadTemplate(tx, id);
  const next = { ...current, ...input };
  checkTemplate(next);
  if (input.name && input.name !== current.name) {
    const [other] = await tx.select({ id: emailTemplates.id }).from(emailTemplates).where(sql`${emailTemplates.name} = ${input.name} AND ${emailTemplates.id} <> ${id}`);
    if (other) throw nameTaken();
  }
  const [row] = await tx
    .update(emailTemplates)
    .set({ ...input, updatedAt: new Date() })
    .where(sql`${emailTemplates.id} = ${id}`)
    .returning();
  return presentTemplate(row!);
}

export async function deleteTemplate(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'email.templates');
  await loadTemplate(tx, id);
  await tx.delete(emailTemplates).where(sql`${emailTemplates.id} = ${id}`);
}

// ---------------------------------------------------------------------------------------------------
// Sending from the API

type Recipient = { personId: string | null; to: string | null; toName: string | null; values: TemplateValues; language: EmailLanguage | null };

/** What the person fills in: name, firstName, lastName, email, phone, company, and their language. */
async function recipientsOf(tx: WorkspaceTx, personIds: string[]): Promise<Map<string, Recipient>> {
  if (!personIds.length) return new Map();
  const rows = await queryRows<{ id: string; full_name: string; email: string | null; phone: string | null; company: string | null; language: string | null }>(
    tx,
    sql`SELECT p.id, p.full_name, p.emails -> 0 ->> 'address' AS email, p.phones -> 0 ->> 'number' AS phone,
          (SELECT o.name FROM person_organizations po JOIN organizations o ON o.id = po.organization_id AND o.deleted_at IS NULL
            WHERE po.person_id = p.id ORDER BY po.is_primary DESC, po.created_at LIMIT 1) AS company,
          coalesce(p.custom_fields ->> 'language', p.custom_fields ->> 'preferredLanguage') AS language
        FROM people p WHERE p.id IN (SELECT unnest(${sql`ARRAY[${sql.join(personIds.map((id) => sql`${id}`), sql`, `)}]::uuid[]`})) AND p.deleted_at IS NULL`,
  );
  const found = new Map<string, Recipient>();
  for (const r of rows) {
    const lang = r.language?.toLowerCase().slice(0, 2);
    found.set(r.id, {
      personId: r.id,
      to: r.email,
      toName: r.full_name,
      language: lang === 'vi' || lang === 'en' ? lang : null,
      values: { name: r.full_name, firstName: firstNameOf(r.full_name), lastName: lastNameOf(r.full_name), email: r.email, phone: r.phone, company: r.company },
    });
  }
  const missing = personIds.findIndex((id) => !found.has(id));
  if (missing >= 0) throw new AppError('not_found', 'Person not found', { errors: [{ path: `personIds.${missing}`, message: 'no such person' }] });
  return found;
}

/**
 * POST /email/send: one message per recipient, each rendered from the template in the recipient's
 * language (or the request's, or the workspace default) with their own values. Every message is
 * validated before any is written, so a bad variable writes nothing.
 */
export async function sendEmail(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZSendEmailRequest>) {
  authorize(auth.role, 'email.send');
  const template = input.templateId ? await loadTemplate(tx, input.templateId).catch(() => {
    throw new AppError('not_found', 'Email template not found', { errors: [{ path: 'templateId', message: 'no such template' }] });
  }) : null;
  const [settings] = await tx.select({ lang: emailSettings.defaultLanguage }).from(emailSettings).limit(1);
  const [ws] = await queryRows<{ name: string }>(tx, sql`SELECT name FROM workspaces WHERE id = tandem_workspace_id()`);
  const [me] = auth.userId ? await queryRows<{ name: string }>(tx, sql`SELECT name FROM users WHERE id = ${auth.userId}`) : [];
  const people = await recipientsOf(tx, [...new Set(input.personIds ?? [])]);
  const recipients: Recipient[] = [...people.values()];
  for (const t of input.to ?? []) {
    recipients.push({ personId: null, to: t.address, toName: t.name ?? null, language: null, values: { name: t.name ?? null, firstName: t.name ? firstNameOf(t.name) : null, email: t.address } });
  }
  const common: TemplateValues = { workspace: ws?.name, sender: me?.name, ...input.variables };
  const rendered = recipients.map((r) => {
    // The caller's variables win over the person's (e.g. a nickname for {{firstName}}).
    const values: TemplateValues = { ...r.values, ...Object.fromEntries(Object.entries(common).filter(([, v]) => v !== undefined && v !== null)) };
    const language: EmailLanguage = input.language ?? r.language ?? settings?.lang ?? 'vi';
    if (!template) {
      return {
        r,
        language: null,
        subject: renderTemplate(input.subject!, values, { field: 'subject' }),
        text: renderTemplate(input.text!, values, { field: 'text' }),
        html: renderTemplate(input.text!, values, { field: 'text', html: true }),
      };
    }
    const suffix = language === 'vi' ? 'Vi' : 'En';
    const subjectSource = language === 'vi' ? template.subjectVi : template.subjectEn;
    const bodySource = language === 'vi' ? template.bodyVi : template.bodyEn;
    return {
      r,
      language,
      subject: renderTemplate(subjectSource, values, { field: `subject${suffix}` }),
      text: renderTemplate(bodySource, values, { field: `body${suffix}` }),
      html: renderTemplate(bodySource, values, { field: `body${suffix}`, html: true }),
    };
  });
  const ids: string[] = [];
  for (const m of rendered) {
    const queued = await queueEmail(tx, {
      ...(m.r.personId ? { personId: m.r.personId } : {}),
      ...(m.r.to ? { to: m.r.to } : {}),
      ...(m.r.toName ? { toName: m.r.toName } : {}),
      subject: m.subject.replace(/[\r\n]+/g, ' '),
      text: m.text,
      html: m.html,
      purpose: input.purpose,
      source: 'user',
      ...(input.relatedEntityType ? { relatedEntityType: input.relatedEntityType } : {}),
      ...(input.relatedEntityId ? { relatedEntityId: input.relatedEntityId } : {}),
      createdByUserId: auth.userId,
      ...(template ? { templateId: template.id } : {}),
      ...(m.language ? { language: m.language } : {}),
    });
    ids.push(queued.id);
  }
  const rows = await queryRows<MessageRow>(tx, sql`${SELECT_MESSAGE} WHERE m.id IN (SELECT unnest(${sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`})) ORDER BY m.id`);
  return { data: rows.map(presentMessage) };
}

// ---------------------------------------------------------------------------------------------------
// Messages

type MessageRow = {
  id: string;
  status: TEmailMessage['status'];
  purpose: TEmailMessage['purpose'];
  person_id: string | null;
  person_name: string | null;
  to_address: string | null;
  to_name: string | null;
  subject: string;
  body_text: string;
  language: EmailLanguage | null;
  template_id: string | null;
  source: string;
  related_entity_type: string | null;
  related_entity_id: string | null;
  blocked_reason: string | null;
  attempts: number;
  max_attempts: number;
  next_attempt_at: Date | string | null;
  last_error: string | null;
  provider_message_id: string | null;
  sent_at: Date | string | null;
  created_by_user_id: string | null;
  created_by_name: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};
const d = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const dn = (v: Date | string | null) => (v === null ? null : d(v));

const SELECT_MESSAGE = sql`SELECT m.id, m.status, m.purpose, m.person_id, p.full_name AS person_name, m.to_address, m.to_name, m.subject, m.body_text,
    m.language, m.template_id, m.source, m.related_entity_type, m.related_entity_id, m.blocked_reason, m.attempts, m.max_attempts,
    m.next_attempt_at, m.last_error, m.provider_message_id, m.sent_at, m.created_by_user_id, u.name AS created_by_name, m.created_at, m.updated_at
  FROM email_messages m LEFT JOIN people p ON p.id = m.person_id LEFT JOIN users u ON u.id = m.created_by_user_id`;

export const presentMessage = (r: MessageRow): TEmailMessage => ({
  id: r.id,
  status: r.status,
  purpose: r.purpose,
  personId: r.person_id,
  personName: r.person_name,
  toAddress: r.to_address,
  toName: r.to_name,
  subject: r.subject,
  bodyText: r.body_text,
  language: r.language,
  templateId: r.template_id,
  source: r.source,
  relatedEntityType: r.related_entity_type,
  relatedEntityId: r.related_entity_id,
  blockedReason: r.blocked_reason,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  nextAttemptAt: isoOrNull(dn(r.next_attempt_at)),
  lastError: r.last_error,
  providerMessageId: r.provider_message_id,
  sentAt: isoOrNull(dn(r.sent_at)),
  createdByUserId: r.created_by_user_id,
  createdByName: r.created_by_name,
  createdAt: iso(d(r.created_at)),
  updatedAt: iso(d(r.updated_at)),
});

/** Messages newest first (keyset on id), by status and/or person. */
export async function listMessages(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZEmailMessageListQuery>) {
  authorize(auth.role, 'customers.read');
  const where: SQL[] = [sql`TRUE`];
  if (q.status) where.push(sql`m.status = ${q.status}`);
  if (q.personId) where.push(sql`m.person_id = ${q.personId}`);
  if (q.cursor) where.push(sql`m.id < ${decodeCursor(q.cursor, ['id']).id}`);
  const rows = await queryRows<MessageRow>(tx, sql`${SELECT_MESSAGE} WHERE ${sql.join(where, sql` AND `)} ORDER BY m.id DESC LIMIT ${q.limit + 1}`);
  return toPage(rows.map(presentMessage), q.limit, (m) => ({ id: m.id }));
}

export async function getMessage(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'customers.read');
  const [row] = await queryRows<MessageRow>(tx, sql`${SELECT_MESSAGE} WHERE m.id = ${id}`);
  if (!row) throw notFound('Email message');
  return presentMessage(row);
}

/**
 * Send a message again: an outbox, failed or blocked message goes back to the queue with fresh
 * attempts (when SMTP is configured; else it stays in the outbox). Marketing consent is checked again.
 */
export async function retryMessage(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'email.send');
  const [row] = await queryRows<{ status: string; purpose: EmailPurpose; person_id: string | null; to_address: string | null }>(
    tx,
    sql`SELECT status, purpose, person_id, to_address FROM email_messages WHERE id = ${id} FOR UPDATE`,
  );
  if (!row) throw notFound('Email message');
  if (!['outbox', 'failed', 'blocked'].includes(row.status)) {
    throw new AppError('unprocessable', `A ${row.status} message cannot be retried`, { errors: [{ path: 'status', message: `is ${row.status}` }] });
  }
  if (!row.to_address) throw new AppError('unprocessable', 'The message has no address', { errors: [{ path: 'toAddress', message: 'missing' }] });
  const block = row.purpose === 'marketing' ? await marketingBlock(tx, row.person_id) : null;
  if (block) throw new AppError('unprocessable', `Marketing e-mail cannot be sent: ${block}`, { errors: [{ path: 'purpose', message: block }] });
  const [settings] = await tx.select({ ws: emailSettings.workspaceId }).from(emailSettings).limit(1);
  if (!settings) throw new AppError('unprocessable', 'No SMTP server is configured (Settings → Email)', { errors: [{ path: 'settings', message: 'not configured' }] });
  await tx.execute(
    sql`UPDATE email_messages SET status = 'queued', attempts = 0, blocked_reason = NULL, next_attempt_at = now(), claimed_at = NULL, claim_token = NULL, updated_at = now() WHERE id = ${id}`,
  );
  return getMessage(tx, auth, id);
}

// ---------------------------------------------------------------------------------------------------
// SMTP settings

type SettingsRow = typeof emailSettings.$inferSelect;

/** The settings as the API shows them: never the password, only whether one is stored. */
const presentSettings = (s: SettingsRow | undefined): TEmailSettings => ({
  configured: Boolean(s),
  smtpHost: s?.smtpHost ?? null,
  smtpPort: s?.smtpPort ?? null,
  smtpSecurity: s?.smtpSecurity ?? null,
  smtpUser: s?.smtpUser ?? null,
  passwordSet: Boolean(s?.smtpPassword),
  fromAddress: s?.fromAddress ?? null,
  fromName: s?.fromName ?? null,
  replyTo: s?.replyTo ?? null,
  defaultLanguage: s?.defaultLanguage ?? 'vi',
  updatedAt: s ? iso(s.updatedAt) : null,
});

export async function getSettings(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'email.configure');
  const [row] = await tx.select().from(emailSettings).limit(1);
  return presentSettings(row);
}

/**
 * Save the SMTP settings. `smtpPassword` omitted keeps the stored one, null removes it. Saving them
 * does not touch messages already in the outbox: a user sends those with "retry" once the test works.
 */
export async function updateSettings(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZUpdateEmailSettingsRequest>) {
  authorize(auth.role, 'email.configure');
  const values = {
    smtpHost: input.smtpHost,
    smtpPort: input.smtpPort,
    smtpSecurity: input.smtpSecurity,
    smtpUser: input.smtpUser ?? null,
    fromAddress: input.fromAddress,
    fromName: input.fromName ?? null,
    replyTo: input.replyTo ?? null,
    defaultLanguage: input.defaultLanguage,
    updatedByUserId: auth.userId,
    updatedAt: new Date(),
    ...(input.smtpPassword !== undefined ? { smtpPassword: input.smtpPassword } : {}),
  };
  if (values.smtpUser && input.smtpPassword === undefined) {
    const [current] = await tx.select({ p: emailSettings.smtpPassword }).from(emailSettings).limit(1);
    if (!current?.p) throw new AppError('validation_failed', 'A password is needed with a user name', { errors: [{ path: 'smtpPassword', message: 'required with smtpUser' }] });
  }
  await tx
    .insert(emailSettings)
    .values({ workspaceId: sql`tandem_workspace_id()` as unknown as string, ...values })
    .onConflictDoUpdate({ target: emailSettings.workspaceId, set: values });
  const [row] = await tx.select().from(emailSettings).limit(1);
  return presentSettings(row);
}

/** Remove the SMTP settings: new messages go to the outbox again. */
export async function deleteSettings(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'email.configure');
  await tx.delete(emailSettings);
}

/** The stored settings with the password, for the test action (the route sends after the transaction). */
export async function settingsForTest(tx: WorkspaceTx, auth: WorkspaceAuth): Promise<SmtpSettings> {
  authorize(auth.role, 'email.configure');
  const [row] = await queryRows<SmtpSettings>(tx, sql`SELECT * FROM email_settings LIMIT 1`);
  if (!row) throw new AppError('unprocessable', 'Save the SMTP settings first', { errors: [{ path: 'smtpHost', message: 'not configured' }] });
  return row;
}

/** Send a test message now (not queued): the answer is the SMTP server's, or a 422 with its error. */
export async function sendTestEmail(settings: SmtpSettings, to: string, language: EmailLanguage) {
  const subject = language === 'vi' ? 'Tandem: thư thử cấu hình SMTP' : 'Tandem: SMTP test message';
  const text =
    language === 'vi'
      ? `Xin chào,\n\nĐây là thư thử từ Tandem qua máy chủ ${settings.smtp_host}:${settings.smtp_port}. Nếu bạn nhận được thư này, cấu hình e-mail đã đúng.`
      : `Hello,\n\nThis is a test message from Tandem through ${settings.smtp_host}:${settings.smtp_port}. If you received it, e-mail is set up correctly.`;
  try {
    const info = await transportOf(settings).sendMail({
      from: fromOf(settings),
      to,
      ...(settings.reply_to ? { replyTo: settings.reply_to } : {}),
      subject,
      text,
      html: plainTextToHtml(text),
    });
    return { ok: true as const, messageId: info.messageId ?? null, response: String(info.response ?? '') };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('unprocessable', `The SMTP server did not accept the test message: ${detail}`, { errors: [{ path: 'smtpHost', message: detail.slice(0, 300) }] });
  }
}
