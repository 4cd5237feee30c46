import { z } from 'zod';
import { ZEmail } from './auth';
import { ZId } from './common';
import { ZPhoneNumber } from './customers';
import { toNfc } from './vn';

export const INTERACTION_KINDS = ['call', 'email', 'chat', 'meeting', 'visit', 'note'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

const stamp = z.iso.datetime({ offset: true });

const interactionFields = {
  kind: z.enum(INTERACTION_KINDS),
  /** hotline, zalo, messenger, web_chat, email, store, … */
  channel: z.string().trim().toLowerCase().max(40).nullish(),
  direction: z.enum(['inbound', 'outbound']).nullish(),
  occurredAt: stamp.optional(),
  durationSeconds: z.number().int().min(0).max(7 * 86_400).nullish(),
  outcome: z.string().trim().max(200).transform(toNfc).nullish(),
  summary: z.string().trim().min(1).max(20_000).transform(toNfc),
  attachments: z.array(z.object({ name: z.string().max(300), url: z.url().max(2000) }).strict()).max(20).default([]),
  externalId: z.string().max(200).nullish(),
};

/**
 * Log an interaction. Name the customer by `personId`/`organizationId`, or let Tandem find them by
 * `match` (phone in any writing, or e-mail): an unknown customer is created as a lead, flagged.
 */
export const ZCreateInteractionRequest = z
  .object({
    ...interactionFields,
    personId: ZId.nullish(),
    organizationId: ZId.nullish(),
    employeeId: ZId.nullish(),
    match: z
      .object({ phone: ZPhoneNumber.optional(), email: ZEmail.optional(), name: z.string().trim().min(1).max(200).transform(toNfc).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type TCreateInteractionRequest = z.input<typeof ZCreateInteractionRequest>;

/**
 * A file or a link on an interaction. Uploaded files have an `id`, their type and size, and a `url` to
 * download them from Tandem (`/api/v1/interactions/:id/attachments/:attachmentId`); links pushed by a
 * webhook are just `{ name, url }`.
 */
export const ZInteractionAttachment = z.object({
  id: ZId.optional(),
  name: z.string(),
  url: z.string(),
  contentType: z.string().optional(),
  size: z.number().int().optional(),
});
export type TInteractionAttachment = z.infer<typeof ZInteractionAttachment>;

/** Largest file attached to an interaction (a call recording, a photo, a quote). */
export const MAX_INTERACTION_FILE_BYTES = 15 * 1024 * 1024;

export const ZInteraction = z.object({
  id: ZId,
  kind: z.enum(INTERACTION_KINDS),
  channel: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound']).nullable(),
  occurredAt: stamp,
  durationSeconds: z.number().int().nullable(),
  outcome: z.string().nullable(),
  summary: z.string(),
  personId: ZId.nullable(),
  organizationId: ZId.nullable(),
  employeeId: ZId.nullable(),
  userId: ZId.nullable(),
  userName: z.string().nullable(),
  attachments: z.array(ZInteractionAttachment),
  externalId: z.string().nullable(),
  createdLead: z.boolean(),
});
export type TInteraction = z.infer<typeof ZInteraction>;

export const ZInteractionListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    personId: ZId.optional(),
    organizationId: ZId.optional(),
    /** With this employee (the internal area's employee page). */
    employeeId: ZId.optional(),
    kind: z.enum(INTERACTION_KINDS).optional(),
    /** Logged by this member. */
    userId: ZId.optional(),
    /** Logged by the signed-in accounts of this department's employees. */
    departmentId: ZId.optional(),
    /** Occurred in [from, to). */
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const TIMELINE_KINDS = ['interaction', 'task', 'event', 'order', 'email', 'survey_response', 'feedback'] as const;
/** One item of a customer's timeline; `kind` says which fields of `data` to read. */
export const ZTimelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  id: ZId,
  at: stamp,
  title: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type TTimelineItem = z.infer<typeof ZTimelineItem>;
export const ZTimelineQuery = z
  .object({
    personId: ZId.optional(),
    organizationId: ZId.optional(),
    /** Comma-separated kinds to show (default all). */
    kinds: z
      .string()
      .max(100)
      .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
      .pipe(z.array(z.enum(TIMELINE_KINDS)).min(1))
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict()
  .refine((q) => Boolean(q.personId) !== Boolean(q.organizationId), { message: 'give exactly one of personId and organizationId', path: ['personId'] });
