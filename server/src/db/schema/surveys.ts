import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const workspaceId = () => uuid('workspace_id').notNull();

/**
 * A survey: its definition (questions as JSON, edited while draft), audience and status. `public_id`
 * is the key of the open link and the widget (looked up across workspaces by the public pages).
 */
export const surveys = pgTable(
  'surveys',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('draft'),
    audience: jsonb('audience').notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    thankYou: jsonb('thank_you').$type<{ vi: string; en: string }>().notNull(),
    questions: jsonb('questions').$type<unknown[]>().notNull().default([]),
    metricQuestionId: text('metric_question_id'),
    productId: uuid('product_id'),
    publicId: text('public_id').notNull(),
    recipientCount: integer('recipient_count').notNull().default(0),
    responseCount: integer('response_count').notNull().default(0),
    /** Days (Vietnam time) up to which `survey_daily_stats` holds every response. */
    rolledThrough: date('rolled_through'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('surveys_public_id_idx').on(t.publicId)],
);

/**
 * One recipient of personal links: a person or an employee, with the SHA-256 of their one-time token.
 * On anonymous surveys `used` is set without a time and the response keeps no link back.
 */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    surveyId: uuid('survey_id').notNull(),
    personId: uuid('person_id'),
    employeeId: uuid('employee_id'),
    tokenHash: text('token_hash').notNull(),
    used: boolean('used').notNull().default(false),
    /** When the token answered: null on anonymous surveys (no timing to correlate with responses). */
    respondedAt: ts('responded_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('survey_recipients_token_idx').on(t.tokenHash),
    index('survey_recipients_survey_idx').on(t.workspaceId, t.surveyId, t.personId),
    index('survey_recipients_employee_idx').on(t.workspaceId, t.surveyId, t.employeeId),
  ],
);

/**
 * One response. The metric answer is copied to `score`, and the grouping dimensions (channel,
 * department, segment, product, Vietnam day) are stored with it, so results aggregate one table.
 * Anonymous responses: no person/employee/recipient, `submitted_at` cut to the day, random id.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    surveyId: uuid('survey_id').notNull(),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    /** The day in Vietnam time (trend buckets, daily roll-up). */
    day: date('day').notNull(),
    channel: text('channel').notNull(),
    score: smallint('score'),
    hasText: boolean('has_text').notNull().default(false),
    personId: uuid('person_id'),
    employeeId: uuid('employee_id'),
    departmentId: uuid('department_id'),
    segment: text('segment'),
    productId: uuid('product_id'),
    language: text('language').notNull().default('vi'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('survey_responses_survey_idx').on(t.workspaceId, t.surveyId, t.submittedAt),
    index('survey_responses_day_idx').on(t.workspaceId, t.surveyId, t.day),
    index('survey_responses_person_idx').on(t.workspaceId, t.personId, t.submittedAt).where(sql`person_id IS NOT NULL`),
    index('survey_responses_text_idx').on(t.workspaceId, t.surveyId, t.submittedAt).where(sql`has_text`),
  ],
);

/** Every answer of a response (question key → number, option keys or text). */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    workspaceId: workspaceId(),
    responseId: uuid('response_id').notNull(),
    questionId: text('question_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    num: smallint('num'),
    choices: text('choices').array(),
    text: text('text'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.responseId, t.questionId] })],
);

/**
 * Roll-up of closed days: responses per (day, channel, department, segment, product) with counts per
 * metric value. Written when results are read (never on the hot insert path, so responses never queue
 * on one counter row); today's responses are read live.
 */
export const surveyDailyStats = pgTable(
  'survey_daily_stats',
  {
    workspaceId: workspaceId(),
    surveyId: uuid('survey_id').notNull(),
    day: date('day').notNull(),
    channel: text('channel').notNull(),
    departmentId: text('department_key').notNull(),
    segment: text('segment_key').notNull(),
    productId: text('product_key').notNull(),
    responses: integer('responses').notNull(),
    /** counts[v] = answers of value v (0–10). */
    counts: integer('counts').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.surveyId, t.day, t.channel, t.departmentId, t.segment, t.productId] })],
);

/** Per-workspace survey settings. */
export const surveySettings = pgTable('survey_settings', {
  workspaceId: uuid('workspace_id').notNull().primaryKey(),
  /** The audit trigger keys its events by `id`. */
  id: uuid('id').notNull().default(sql`tandem_uuid7()`),
  anonymityThreshold: integer('anonymity_threshold').notNull().default(5),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
