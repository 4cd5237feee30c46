import { z } from 'zod';
import { ZId } from './common';
import { toNfc } from './vn';

export * from './surveys/metrics';

export const SURVEY_KINDS = ['nps', 'csat', 'ces', 'enps', 'internal_csat', 'custom'] as const;
export const SURVEY_STATUSES = ['draft', 'active', 'closed'] as const;
export const QUESTION_TYPES = ['nps', 'csat', 'ces', 'rating', 'single_choice', 'multiple_choice', 'short_text', 'long_text'] as const;
export const SURVEY_CHANNELS = ['link', 'email', 'widget', 'api', 'kiosk', 'chatbot', 'trigger'] as const;
export const SURVEY_TEMPLATES = ['customer_nps', 'post_purchase_csat', 'support_ces', 'employee_enps', 'internal_service_csat'] as const;
export type TSurveyKind = (typeof SURVEY_KINDS)[number];
export type TQuestionType = (typeof QUESTION_TYPES)[number];
export type TSurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** The metric a survey kind reports (custom surveys have none). */
export const METRIC_OF_KIND = { nps: 'nps', csat: 'csat', ces: 'ces', enps: 'enps', internal_csat: 'internal_csat', custom: null } as const;
/** The question type that carries a kind's metric. */
export const METRIC_QUESTION_TYPE = { nps: 'nps', enps: 'nps', csat: 'csat', internal_csat: 'csat', ces: 'ces' } as const;

const text = (max: number) => z.string().trim().max(max).transform(toNfc);
/** A text in Vietnamese (required) and English (optional: falls back to Vietnamese). */
export const ZLocalText = z.object({ vi: text(1000).pipe(z.string().min(1)), en: text(1000).default('') }).strict();
export type TLocalText = z.infer<typeof ZLocalText>;

/** A short stable key of a question or an option, e.g. `q1`, `price`. */
export const ZQuestionKey = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lowercase letters, digits and _, starting with a letter, at most 32');

/**
 * Show a question only if an earlier question's answer matches: `eq`/`neq` a number or option key,
 * `lte`/`gte` a number (scales), `in` a list of option keys or numbers.
 */
export const ZShowIf = z
  .object({
    questionId: ZQuestionKey,
    op: z.enum(['eq', 'neq', 'lte', 'gte', 'in']),
    value: z.union([z.number(), z.string().max(32), z.array(z.union([z.number(), z.string().max(32)])).min(1).max(50)]),
  })
  .strict();
export type TShowIf = z.infer<typeof ZShowIf>;

export const ZSurveyQuestion = z
  .object({
    id: ZQuestionKey,
    type: z.enum(QUESTION_TYPES),
    required: z.boolean().default(false),
    text: ZLocalText,
    /** Choices of single/multiple choice questions. */
    options: z.array(z.object({ id: ZQuestionKey, label: ZLocalText }).strict()).max(30).default([]),
    /** Top of a `rating` scale (1…max, 3–10; default 5). */
    scaleMax: z.number().int().min(3).max(10).optional(),
    showIf: ZShowIf.nullish(),
  })
  .strict();
export type TSurveyQuestion = z.output<typeof ZSurveyQuestion>;
/** A question as responses carry it (no input transforms, so it serializes). */
const ZOutText = z.object({ vi: z.string(), en: z.string() });
export const ZSurveyQuestionOut = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  required: z.boolean(),
  text: ZOutText,
  options: z.array(z.object({ id: z.string(), label: ZOutText })),
  scaleMax: z.number().int().optional(),
  showIf: z.object({ questionId: z.string(), op: z.enum(['eq', 'neq', 'lte', 'gte', 'in']), value: z.union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))]) }).nullish(),
});

export const ZSurveyAudience = z.discriminatedUnion('type', [
  /** External customers: the people of a saved view (its filter), or everyone when no view. */
  z.object({ type: z.literal('external'), viewId: ZId.nullish() }).strict(),
  /** Employees: one department (with its sub-departments) or everyone. */
  z.object({ type: z.literal('employees'), departmentId: ZId.nullish() }).strict(),
]);
export type TSurveyAudience = z.infer<typeof ZSurveyAudience>;

const surveyFields = {
  name: text(200).pipe(z.string().min(1)),
  kind: z.enum(SURVEY_KINDS),
  audience: ZSurveyAudience,
  anonymous: z.boolean(),
  thankYou: ZLocalText,
  questions: z.array(ZSurveyQuestion).max(50),
  /** A product the survey is about (post-purchase), for feedback by product phase. */
  productId: ZId.nullish(),
};
export const ZCreateSurveyRequest = z
  .object({
    ...surveyFields,
    template: z.enum(SURVEY_TEMPLATES).optional(),
    kind: surveyFields.kind.optional(),
    audience: surveyFields.audience.optional(),
    anonymous: surveyFields.anonymous.optional(),
    thankYou: surveyFields.thankYou.optional(),
    questions: surveyFields.questions.optional(),
  })
  .strict();
export type TCreateSurveyRequest = z.input<typeof ZCreateSurveyRequest>;
export const ZUpdateSurveyRequest = z
  .object({ ...surveyFields, status: z.enum(SURVEY_STATUSES) })
  .partial()
  .strict();
export type TUpdateSurveyRequest = z.input<typeof ZUpdateSurveyRequest>;

const stamp = z.iso.datetime({ offset: true });
export const ZSurvey = z.object({
  id: ZId,
  name: z.string(),
  kind: z.enum(SURVEY_KINDS),
  status: z.enum(SURVEY_STATUSES),
  audience: ZSurveyAudience,
  anonymous: z.boolean(),
  thankYou: z.object({ vi: z.string(), en: z.string() }),
  questions: z.array(ZSurveyQuestionOut),
  productId: ZId.nullable(),
  /** The question whose answer is the survey's metric score (first of the metric's type). */
  metricQuestionId: z.string().nullable(),
  /** Key of the open link `/s/p/<publicId>` and of the web widget. */
  publicId: z.string(),
  publicUrl: z.string(),
  recipientCount: z.number().int(),
  responseCount: z.number().int(),
  createdAt: stamp,
  updatedAt: stamp,
});
export type TSurvey = z.infer<typeof ZSurvey>;
export const ZSurveyListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    status: z.enum(SURVEY_STATUSES).optional(),
  })
  .strict();

/** One answer: a number (scales), an option key (single choice), option keys (multiple) or text. */
export const ZAnswerValue = z.union([z.number(), z.string().max(5000), z.array(z.string().max(32)).max(30)]);
export const ZSubmitResponseRequest = z
  .object({
    /** Question id → answer. Only the survey's own questions; omit a question to skip it. */
    answers: z.record(z.string().max(40), ZAnswerValue),
    channel: z.enum(SURVEY_CHANNELS).default('api'),
    /** Who answered (not kept on anonymous surveys). */
    personId: ZId.nullish(),
    employeeId: ZId.nullish(),
    language: z.enum(['vi', 'en']).default('vi'),
  })
  .strict();
export type TSubmitResponseRequest = z.input<typeof ZSubmitResponseRequest>;
export const ZSubmitResponseResult = z.object({ id: ZId, score: z.number().nullable(), thankYou: z.string() });

export const ZIssueLinksRequest = z
  .object({
    personIds: z.array(ZId).max(1000).optional(),
    employeeIds: z.array(ZId).max(1000).optional(),
    /** Issue a link to everyone in the survey's audience who has none yet (links are not returned then). */
    audience: z.boolean().optional(),
  })
  .strict();
export const ZIssuedLink = z.object({ recipientId: ZId, personId: ZId.nullable(), employeeId: ZId.nullable(), url: z.string() });
export const ZIssueLinksResult = z.object({ issued: z.number().int(), links: z.array(ZIssuedLink) });

export const ZSurveySettings = z.object({
  /** Anonymity threshold: results of a group with fewer respondents are not shown (≥ 3, default 5). */
  anonymityThreshold: z.number().int().min(3).max(100),
});
export const ZUpdateSurveySettingsRequest = z
  .object({ anonymityThreshold: z.number().int().max(100) })
  .strict();

export const RESULTS_GROUP_BY = ['week', 'month'] as const;
export const BREAKDOWN_DIMENSIONS = ['segment', 'department', 'channel', 'product'] as const;
const day = z.iso.date();
export const ZSurveyResultsQuery = z
  .object({
    /** First and last day (Vietnam time), inclusive. */
    from: day.optional(),
    to: day.optional(),
    groupBy: z.enum(RESULTS_GROUP_BY).default('week'),
    /** Filters: a customer segment (customer type), a department, a channel, a product. */
    segment: z.string().max(40).optional(),
    departmentId: ZId.optional(),
    channel: z.enum(SURVEY_CHANNELS).optional(),
    productId: ZId.optional(),
  })
  .strict();
export type TSurveyResultsQuery = z.input<typeof ZSurveyResultsQuery>;

/** The numbers of one group; `hidden` = fewer respondents than the anonymity threshold (no numbers). */
export const ZResultsGroup = z.object({
  hidden: z.boolean(),
  responses: z.number().int().nullable(),
  answered: z.number().int().nullable(),
  /** The metric: NPS/eNPS −100…100, CSAT % 4–5, CES mean. */
  value: z.number().nullable(),
  marginOfError: z.number().nullable(),
});
export const ZSurveyResults = z.object({
  surveyId: ZId,
  metric: z.enum(['nps', 'csat', 'ces', 'enps', 'internal_csat']).nullable(),
  anonymityThreshold: z.number().int().nullable(),
  /** False when the whole (filtered) group is below the threshold: every number below is null/empty. */
  enough: z.boolean(),
  responses: z.number().int().nullable(),
  recipients: z.number().int(),
  /** responses / recipients (personal links), null without recipients. */
  responseRate: z.number().nullable(),
  /** Share of responses that skipped the metric question. */
  skipRate: z.number().nullable(),
  summary: z
    .object({
      n: z.number().int(),
      value: z.number().nullable(),
      marginOfError: z.number().nullable(),
      nps: z.object({ promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int(), adjusted: z.object({ score: z.number(), low: z.number(), high: z.number(), marginOfError: z.number() }).nullable() }).nullable(),
      csat: z.object({ satisfied: z.number().int() }).nullable(),
      ces: z.object({ easyPercent: z.number().nullable(), easyMarginOfError: z.number().nullable() }).nullable(),
    })
    .nullable(),
  /** Answers per value of the metric scale. */
  distribution: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  trend: z.array(ZResultsGroup.extend({ period: z.string() })),
  breakdowns: z.record(z.enum(BREAKDOWN_DIMENSIONS), z.array(ZResultsGroup.extend({ key: z.string(), label: z.string() }))),
  openTexts: z.array(z.object({ questionId: z.string(), text: z.string(), score: z.number().nullable(), day: z.string() })),
});
export type TSurveyResults = z.infer<typeof ZSurveyResults>;
