import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, real, smallint, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').notNull().default(sql`tandem_uuid7()`);
const workspaceId = () => uuid('workspace_id').notNull();

export type FeedbackSource = 'survey_answer' | 'complaint' | 'praise' | 'review' | 'suggestion';
export type FeedbackStatus = 'new' | 'acknowledged' | 'resolved';
export type Sentiment = 'positive' | 'neutral' | 'negative';
export type SentimentSource = 'score' | 'text' | 'manual';
export type FeedbackMetric = 'nps' | 'csat' | 'ces' | 'enps' | 'internal_csat';

/**
 * The feedback inbox: one row per piece of feedback — an open-text survey answer, a complaint or
 * praise logged from any channel, a review entered by staff. Anonymous survey answers carry no
 * person/employee link (`anonymous = true`).
 */
export const feedback = pgTable(
  'feedback',
  {
    workspaceId: workspaceId(),
    id: id(),
    source: text('source').$type<FeedbackSource>().notNull(),
    /** Where it came from: email, hotline, zalo, web, store, survey_link, survey_email, widget, api... */
    channel: text('channel').notNull(),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    employeeId: uuid('employee_id'),
    anonymous: boolean('anonymous').notNull().default(false),
    productId: uuid('product_id'),
    surveyId: uuid('survey_id'),
    responseId: uuid('response_id'),
    /** The survey question's key (survey_answers.question_id). */
    questionId: text('question_id'),
    text: text('text'),
    /** The survey score of the response and its metric, when it came from a survey. */
    score: smallint('score'),
    metric: text('metric').$type<FeedbackMetric>(),
    sentiment: text('sentiment').$type<Sentiment>().notNull(),
    sentimentSource: text('sentiment_source').$type<SentimentSource>().notNull(),
    /** The text classifier's score (negative < 0 < positive), kept for explanation and tuning. */
    sentimentScore: real('sentiment_score'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    ownerUserId: uuid('owner_user_id'),
    status: text('status').$type<FeedbackStatus>().notNull().default('new'),
    acknowledgedAt: ts('acknowledged_at'),
    /** Set by the reply; the loop metrics also count an interaction or the follow-up task done. */
    firstContactAt: ts('first_contact_at'),
    resolvedAt: ts('resolved_at'),
    replyText: text('reply_text'),
    repliedAt: ts('replied_at'),
    repliedByUserId: uuid('replied_by_user_id'),
    replyEmailTo: text('reply_email_to'),
    /** When the feedback was given (a survey response's time, or as stated by who logged it). */
    receivedAt: ts('received_at').notNull().defaultNow(),
    createdByUserId: uuid('created_by_user_id'),
    createdByApiKeyId: uuid('created_by_api_key_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    /** One item per open-text answer of a response: the closed loop is idempotent. */
    uniqueIndex('feedback_answer_uq').on(t.workspaceId, t.responseId, t.questionId),
    index('feedback_status_idx').on(t.workspaceId, t.status, t.id),
    index('feedback_owner_idx').on(t.workspaceId, t.ownerUserId, t.id),
    index('feedback_sentiment_idx').on(t.workspaceId, t.sentiment, t.id),
    index('feedback_person_idx').on(t.workspaceId, t.personId, t.receivedAt, t.id),
    index('feedback_product_idx').on(t.workspaceId, t.productId, t.receivedAt),
    index('feedback_response_idx').on(t.workspaceId, t.responseId),
  ],
);

/**
 * One row per detractor / bad rating (per survey response): the follow-up task, who owns it and when
 * it is due. The loop metrics are computed from these rows.
 */
export const feedbackFollowups = pgTable(
  'feedback_followups',
  {
    workspaceId: workspaceId(),
    id: id(),
    responseId: uuid('response_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    metric: text('metric').$type<FeedbackMetric>().notNull(),
    score: smallint('score').notNull(),
    personId: uuid('person_id'),
    employeeId: uuid('employee_id'),
    /** The feedback item that stands for the response in the inbox. */
    feedbackId: uuid('feedback_id').notNull(),
    taskId: uuid('task_id'),
    ownerUserId: uuid('owner_user_id'),
    dueAt: ts('due_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('feedback_followups_response_uq').on(t.workspaceId, t.responseId),
    index('feedback_followups_created_idx').on(t.workspaceId, t.createdAt),
  ],
);

/** Per-workspace settings of survey distribution (one row per workspace; defaults when absent). */
export const surveyDistributionSettings = pgTable(
  'survey_distribution_settings',
  {
    workspaceId: workspaceId().primaryKey(),
    /** The audit trail keys its entries by `id`. */
    id: id(),
    /** No person gets more than one survey per this many days (campaigns and triggers). */
    contactFrequencyDays: integer('contact_frequency_days').notNull().default(30),
    /** Survey e-mails sent per minute per workspace. */
    sendsPerMinute: integer('sends_per_minute').notNull().default(60),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
);

export type SurveySendStatus = 'queued' | 'sent' | 'skipped_consent' | 'skipped_frequency' | 'skipped_no_email' | 'skipped_answered' | 'cancelled';

/** An e-mail campaign of a survey to its audience (or one automatic send by a trigger). */
export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    workspaceId: workspaceId(),
    id: id(),
    surveyId: uuid('survey_id').notNull(),
    /** `campaign` (POST /surveys/:id/send) or `trigger:<event>`. */
    kind: text('kind').notNull().default('campaign'),
    /** Reminders to non-responders after this many days (once); null = no reminder. */
    reminderAfterDays: integer('reminder_after_days'),
    status: text('status').$type<'sending' | 'done'>().notNull().default('sending'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('survey_campaigns_survey_idx').on(t.workspaceId, t.surveyId, t.id)],
);

/**
 * One survey e-mail to one person or employee: the contact-frequency limit reads these
 * (`sent_at` per person/employee); the reminder job reads unsent reminders.
 */
export const surveySends = pgTable(
  'survey_sends',
  {
    workspaceId: workspaceId(),
    id: id(),
    campaignId: uuid('campaign_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    /** The surveys module's recipient (one-time token) row. */
    recipientId: uuid('recipient_id'),
    personId: uuid('person_id'),
    employeeId: uuid('employee_id'),
    email: text('email'),
    status: text('status').$type<SurveySendStatus>().notNull().default('queued'),
    /** What triggered it (e.g. `internal_requests` + id) — the follow-up owner of a bad rating comes from it. */
    contextType: text('context_type'),
    contextId: uuid('context_id'),
    /** When the e-mail is to be sent (throttle slot). */
    scheduledAt: ts('scheduled_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
    reminderSentAt: ts('reminder_sent_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    /** One e-mail per person (or employee) per campaign, and per triggering record for a trigger. */
    unique('survey_sends_subject_uq').on(t.workspaceId, t.campaignId, t.personId, t.employeeId, t.contextId).nullsNotDistinct(),
    index('survey_sends_person_idx').on(t.workspaceId, t.personId, t.createdAt),
    index('survey_sends_employee_idx').on(t.workspaceId, t.employeeId, t.createdAt),
    index('survey_sends_recipient_idx').on(t.workspaceId, t.recipientId),
    index('survey_sends_campaign_idx').on(t.workspaceId, t.campaignId, t.status),
  ],
);

export type SurveyTriggerEvent = 'internal_request_resolved' | 'task_done' | 'interaction_logged';

/** Automatic sends: after this event, send this survey to the person the event is about. */
export const surveyTriggers = pgTable(
  'survey_triggers',
  {
    workspaceId: workspaceId(),
    id: id(),
    surveyId: uuid('survey_id').notNull(),
    event: text('event').$type<SurveyTriggerEvent>().notNull(),
    /** Wait this many minutes after the event before sending. */
    delayMinutes: integer('delay_minutes').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('survey_triggers_uq').on(t.workspaceId, t.surveyId, t.event), index('survey_triggers_event_idx').on(t.workspaceId, t.event)],
);
