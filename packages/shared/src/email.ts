import { z } from 'zod';
import { ZEmail } from './auth';
import { ZId } from './common';
import { LOCALES } from './roles';
import { toNfc } from './vn';

export const EMAIL_SECURITIES = ['tls', 'starttls', 'none'] as const;
export const EMAIL_PURPOSES = ['transactional', 'marketing'] as const;
export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'outbox', 'blocked'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
/**
 * Variables every template may use. name, firstName (the given name: last word of a Vietnamese full
 * name), lastName, email, phone and company are filled from the recipient; the others from `variables`.
 */
export const EMAIL_VARIABLES = ['name', 'firstName', 'lastName', 'email', 'phone', 'company', 'workspace', 'sender', 'product', 'orderNumber', 'amount', 'date', 'link', 'code'] as const;

const stamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max).transform(toNfc);

/** The workspace's SMTP settings as the API shows them: the password never, only whether one is set. */
export const ZEmailSettings = z.object({
  /** false: no SMTP; messages go to the outbox. */
  configured: z.boolean(),
  smtpHost: z.string().nullable(),
  smtpPort: z.number().int().nullable(),
  smtpSecurity: z.enum(EMAIL_SECURITIES).nullable(),
  smtpUser: z.string().nullable(),
  passwordSet: z.boolean(),
  fromAddress: z.string().nullable(),
  fromName: z.string().nullable(),
  replyTo: z.string().nullable(),
  defaultLanguage: z.enum(LOCALES),
  updatedAt: stamp.nullable(),
});
export type TEmailSettings = z.infer<typeof ZEmailSettings>;

export const ZUpdateEmailSettingsRequest = z
  .object({
    smtpHost: z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.\-:[\]]+$/, 'a host name or IP address'),
    smtpPort: z.number().int().min(1).max(65535),
    /** tls: TLS from the start (usually port 465); starttls: upgrade required (587); none: plain (a local relay). */
    smtpSecurity: z.enum(EMAIL_SECURITIES),
    smtpUser: z.string().trim().max(254).nullish(),
    /** Omit to keep the stored password; null to remove it. Never returned. */
    smtpPassword: z.string().max(500).nullish(),
    fromAddress: ZEmail,
    fromName: text(200).nullish(),
    replyTo: ZEmail.nullish(),
    defaultLanguage: z.enum(LOCALES).default('vi'),
  })
  .strict();
export type TUpdateEmailSettingsRequest = z.input<typeof ZUpdateEmailSettingsRequest>;

export const ZEmailTestRequest = z.object({ to: ZEmail }).strict();
export const ZEmailTestResult = z.object({ ok: z.literal(true), messageId: z.string().nullable(), response: z.string() });

const templateFields = {
  name: text(200).pipe(z.string().min(1)),
  purpose: z.enum(EMAIL_PURPOSES),
  subjectVi: text(300).pipe(z.string().min(1)),
  bodyVi: text(50_000).pipe(z.string().min(1)),
  subjectEn: text(300).pipe(z.string().min(1)),
  bodyEn: text(50_000).pipe(z.string().min(1)),
};
export const ZCreateEmailTemplateRequest = z.object({ ...templateFields, purpose: templateFields.purpose.default('transactional') }).strict();
export const ZUpdateEmailTemplateRequest = z.object(templateFields).partial().strict();
export type TCreateEmailTemplateRequest = z.input<typeof ZCreateEmailTemplateRequest>;
export const ZEmailTemplate = z.object({
  id: ZId,
  name: z.string(),
  purpose: z.enum(EMAIL_PURPOSES),
  subjectVi: z.string(),
  bodyVi: z.string(),
  subjectEn: z.string(),
  bodyEn: z.string(),
  /** The variables the texts use. */
  variables: z.array(z.string()),
  createdAt: stamp,
  updatedAt: stamp,
});
export type TEmailTemplate = z.infer<typeof ZEmailTemplate>;

/**
 * Send to people (each at their primary e-mail) and/or addresses, with a subject and text, or a
 * template and variables. Marketing mail to someone without e-mail consent in force is recorded as
 * `blocked` with the reason, never sent.
 */
export const ZSendEmailRequest = z
  .object({
    personIds: z.array(ZId).min(1).max(500).optional(),
    to: z
      .array(z.object({ address: ZEmail, name: text(200).nullish() }).strict())
      .min(1)
      .max(50)
      .optional(),
    templateId: ZId.optional(),
    subject: text(300).pipe(z.string().min(1)).optional(),
    text: text(100_000).pipe(z.string().min(1)).optional(),
    variables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/), z.union([z.string().max(2000), z.number()])).default({}),
    /** Which text of the template; default: the person's preferred language, else the workspace's. */
    language: z.enum(LOCALES).optional(),
    purpose: z.enum(EMAIL_PURPOSES),
    relatedEntityType: z.string().trim().min(1).max(60).optional(),
    relatedEntityId: ZId.optional(),
  })
  .strict()
  .refine((r) => Boolean(r.personIds?.length || r.to?.length), { message: 'give personIds or to', path: ['personIds'] })
  .refine((r) => (r.templateId ? !r.subject && !r.text : Boolean(r.subject && r.text)), {
    message: 'give a templateId, or a subject and text (not both)',
    path: ['templateId'],
  });
export type TSendEmailRequest = z.input<typeof ZSendEmailRequest>;

export const ZEmailMessage = z.object({
  id: ZId,
  status: z.enum(EMAIL_STATUSES),
  purpose: z.enum(EMAIL_PURPOSES),
  personId: ZId.nullable(),
  personName: z.string().nullable(),
  toAddress: z.string().nullable(),
  toName: z.string().nullable(),
  subject: z.string(),
  bodyText: z.string(),
  language: z.enum(LOCALES).nullable(),
  templateId: ZId.nullable(),
  source: z.string(),
  relatedEntityType: z.string().nullable(),
  relatedEntityId: ZId.nullable(),
  /** no_consent, consent_withdrawn, no_address, person_deleted (status blocked). */
  blockedReason: z.string().nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  nextAttemptAt: stamp.nullable(),
  lastError: z.string().nullable(),
  providerMessageId: z.string().nullable(),
  sentAt: stamp.nullable(),
  createdByUserId: ZId.nullable(),
  createdByName: z.string().nullable(),
  createdAt: stamp,
  updatedAt: stamp,
});
export type TEmailMessage = z.infer<typeof ZEmailMessage>;
export const ZSendEmailResponse = z.object({ data: z.array(ZEmailMessage) });

export const ZEmailMessageListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    status: z.enum(EMAIL_STATUSES).optional(),
    personId: ZId.optional(),
  })
  .strict();
