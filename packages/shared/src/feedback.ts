import { z } from 'zod';
import { ZId } from './common';
import { toNfc } from './vn';

export const FEEDBACK_SOURCES = ['survey_answer', 'complaint', 'praise', 'review', 'suggestion'] as const;
/** What can be logged by hand or through the API (survey answers come from the surveys). */
export const FEEDBACK_LOGGED_SOURCES = ['complaint', 'praise', 'review', 'suggestion'] as const;
export const FEEDBACK_STATUSES = ['new', 'acknowledged', 'resolved'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const SENTIMENT_SOURCES = ['score', 'text', 'manual'] as const;
export const FEEDBACK_METRICS = ['nps', 'csat', 'ces', 'enps', 'internal_csat'] as const;
export type TSentiment = (typeof SENTIMENTS)[number];
export type TFeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export type TFeedbackSource = (typeof FEEDBACK_SOURCES)[number];

const stamp = z.iso.datetime({ offset: true });
const day = z.iso.date();
/** A topic tag: lower-case, trimmed, 1–40 characters ("giao hàng", "giá", "nhân viên"). */
const ZTag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((s) => toNfc(s).toLowerCase());
const ZTags = z
  .array(ZTag)
  .max(20)
  .transform((tags) => [...new Set(tags)]);
/** Channel, lower-case: hotline, email, zalo, facebook, web, store, app, survey… */
const ZChannel = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-zA-Z0-9_.-]+$/, 'letters, digits, _ . - only')
  .transform((s) => s.toLowerCase());

export const ZCreateFeedbackRequest = z
  .object({
    source: z.enum(FEEDBACK_LOGGED_SOURCES),
    channel: ZChannel,
    /** Who it is from; leave all three empty for anonymous feedback. */
    personId: ZId.nullish(),
    organizationId: ZId.nullish(),
    employeeId: ZId.nullish(),
    productId: ZId.nullish(),
    text: z.string().trim().min(1).max(10_000).transform(toNfc),
    /** A rating that came with it (e.g. a 1–5 star review as `csat`): both or neither. */
    score: z.number().int().min(0).max(10).nullish(),
    metric: z.enum(FEEDBACK_METRICS).nullish(),
    /** Set by hand; otherwise computed from the score, else from the text. */
    sentiment: z.enum(SENTIMENTS).nullish(),
    tags: ZTags.default([]),
    ownerUserId: ZId.nullish(),
    /** When it was given (default now); not in the future. */
    receivedAt: stamp.nullish(),
  })
  .strict();
export type TCreateFeedbackRequest = z.input<typeof ZCreateFeedbackRequest>;

export const ZUpdateFeedbackRequest = z
  .object({
    status: z.enum(FEEDBACK_STATUSES),
    ownerUserId: ZId.nullable(),
    tags: ZTags,
    /** A manual override; `null` goes back to the automatic sentiment. */
    sentiment: z.enum(SENTIMENTS).nullable(),
    productId: ZId.nullable(),
  })
  .partial()
  .strict();
export type TUpdateFeedbackRequest = z.input<typeof ZUpdateFeedbackRequest>;

export const ZFeedbackReplyRequest = z
  .object({
    text: z.string().trim().min(1).max(5_000).transform(toNfc),
    /** E-mail the reply to the customer (their primary address); false only records it (e.g. replied by phone). */
    sendEmail: z.boolean().default(true),
    subject: z.string().trim().min(1).max(200).transform(toNfc).nullish(),
    /** Also mark the feedback resolved. */
    resolve: z.boolean().default(false),
  })
  .strict();
export type TFeedbackReplyRequest = z.input<typeof ZFeedbackReplyRequest>;

export const ZFeedback = z.object({
  id: ZId,
  source: z.enum(FEEDBACK_SOURCES),
  channel: z.string(),
  personId: ZId.nullable(),
  personName: z.string().nullable(),
  organizationId: ZId.nullable(),
  organizationName: z.string().nullable(),
  employeeId: ZId.nullable(),
  employeeName: z.string().nullable(),
  anonymous: z.boolean(),
  productId: ZId.nullable(),
  productName: z.string().nullable(),
  surveyId: ZId.nullable(),
  surveyName: z.string().nullable(),
  responseId: ZId.nullable(),
  questionId: z.string().nullable(),
  text: z.string().nullable(),
  score: z.number().int().nullable(),
  metric: z.enum(FEEDBACK_METRICS).nullable(),
  sentiment: z.enum(SENTIMENTS),
  sentimentSource: z.enum(SENTIMENT_SOURCES),
  /** The text classifier's score, −1 … 1 (null without text). */
  sentimentScore: z.number().nullable(),
  tags: z.array(z.string()),
  ownerUserId: ZId.nullable(),
  ownerName: z.string().nullable(),
  status: z.enum(FEEDBACK_STATUSES),
  acknowledgedAt: stamp.nullable(),
  /** First contact with the customer after the feedback: the reply, an interaction logged with them, or the follow-up task done. */
  firstContactAt: stamp.nullable(),
  resolvedAt: stamp.nullable(),
  reply: z
    .object({ text: z.string(), at: stamp, byName: z.string().nullable(), emailTo: z.string().nullable() })
    .nullable(),
  /** The follow-up of a detractor / bad rating. */
  followup: z.object({ taskId: ZId.nullable(), taskStatus: z.string().nullable(), dueAt: stamp, overdue: z.boolean() }).nullable(),
  receivedAt: stamp,
  createdAt: stamp,
});
export type TFeedback = z.infer<typeof ZFeedback>;

export const ZFeedbackListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    status: z.enum(FEEDBACK_STATUSES).optional(),
    sentiment: z.enum(SENTIMENTS).optional(),
    source: z.enum(FEEDBACK_SOURCES).optional(),
    tag: ZTag.optional(),
    /** An owner's user id, `me`, or `none` (unassigned). */
    owner: z.union([ZId, z.enum(['me', 'none'])]).optional(),
    productId: ZId.optional(),
    personId: ZId.optional(),
    surveyId: ZId.optional(),
    /** Received in [from, to] (days, Vietnam time). */
    from: day.optional(),
    to: day.optional(),
  })
  .strict();

export const ZLoopMetricsQuery = z.object({ from: day.optional(), to: day.optional() }).strict();
export const ZLoopMetrics = z.object({
  from: day,
  to: day,
  /** Detractors and bad ratings (non-anonymous responses) in the period: each opened a follow-up. */
  detractors: z.number().int(),
  contacted: z.number().int(),
  /** % of detractors contacted (one decimal); null when there were none. */
  contactedRate: z.number().nullable(),
  /** Median minutes from the response to the first contact, over the contacted ones. */
  medianMinutesToFirstContact: z.number().nullable(),
  closed: z.number().int(),
  closedRate: z.number().nullable(),
  /** Not contacted yet and past the follow-up's due time. */
  overdue: z.number().int(),
});
export type TLoopMetrics = z.infer<typeof ZLoopMetrics>;

export const ZProductPhasesQuery = z.object({ earlyDays: z.coerce.number().int().min(1).max(3650).default(90) }).strict();
const ZPhase = z.object({
  phase: z.enum(['before_launch', 'early', 'mature']),
  /** Days (inclusive) the phase covers; null = open-ended. */
  from: day.nullable(),
  to: day.nullable(),
  count: z.number().int(),
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
  /** Average score per metric (a NPS and a CSAT are never averaged together). */
  scores: z.array(z.object({ metric: z.enum(FEEDBACK_METRICS), count: z.number().int(), average: z.number() })),
  /** Most used tags, most first (at most 5). */
  topTags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});
export const ZProductPhases = z.object({
  productId: ZId,
  productName: z.string(),
  launchDate: day.nullable(),
  earlyDays: z.number().int(),
  phases: z.array(ZPhase),
});
export type TProductPhases = z.infer<typeof ZProductPhases>;

// ---------------------------------------------------------------------------------------------
// Survey distribution (e-mail campaigns, reminders, triggers, contact-frequency limit)

export const SURVEY_TRIGGER_EVENTS = ['internal_request_resolved', 'task_done', 'interaction_logged'] as const;

export const ZSendSurveyRequest = z
  .object({
    /** Remind non-responders once after this many days (null: no reminder). */
    reminderAfterDays: z.number().int().min(1).max(60).nullable().default(3),
  })
  .strict();

export const ZSurveyCampaign = z.object({
  id: ZId,
  surveyId: ZId,
  kind: z.string(),
  status: z.enum(['sending', 'done']),
  reminderAfterDays: z.number().int().nullable(),
  /** Per status: queued (waiting for its throttle slot), sent, skipped_consent, skipped_frequency, skipped_no_email, failed. */
  counts: z.record(z.string(), z.number().int()),
  reminded: z.number().int(),
  createdAt: stamp,
});
export type TSurveyCampaign = z.infer<typeof ZSurveyCampaign>;

export const ZSurveyTrigger = z.object({
  event: z.enum(SURVEY_TRIGGER_EVENTS),
  delayMinutes: z.number().int().min(0).max(10_080).default(0),
  active: z.boolean().default(true),
});
export const ZSurveyTriggersRequest = z.object({ triggers: z.array(ZSurveyTrigger.strict()).max(3) }).strict();
export const ZSurveyTriggers = z.object({ triggers: z.array(z.object({ id: ZId, event: z.enum(SURVEY_TRIGGER_EVENTS), delayMinutes: z.number().int(), active: z.boolean() })) });

export const ZSurveyDistributionSettings = z.object({
  /** No person or employee gets more than one survey per this many days (0 = no limit). */
  contactFrequencyDays: z.number().int().min(0).max(365),
  /** Survey e-mails sent per minute in this workspace. */
  sendsPerMinute: z.number().int().min(1).max(10_000),
});
export const ZUpdateSurveyDistributionSettings = ZSurveyDistributionSettings.partial().strict();
