import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type CarePlanTrigger = 'first_purchase' | 'record_created' | 'birthday' | 'no_interaction' | 'stage_changed';

/**
 * Care plans (chăm sóc khách hàng): a rule the workspace defines — a trigger on people, an optional
 * audience, and actions (a task and/or an e-mail). The scheduler evaluates enabled rules set-based.
 */
export const carePlans = pgTable(
  'care_plans',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    name: text('name').notNull(),
    description: text('description'),
    enabled: boolean('enabled').notNull().default(false),
    triggerType: text('trigger_type').$type<CarePlanTrigger>().notNull(),
    /** N: days after the event (first purchase, creation, stage change), days of silence, or days before a birthday. */
    triggerDays: integer('trigger_days').notNull().default(0),
    /** For `stage_changed`: the stage the person moved to. */
    triggerStage: text('trigger_stage'),
    /** Audience: each set filter must match (empty = everyone). */
    audienceStages: text('audience_stages').array().notNull().default(sql`'{}'::text[]`),
    audienceCustomerTypes: text('audience_customer_types').array().notNull().default(sql`'{}'::text[]`),
    /** Any of these tags. */
    audienceTags: text('audience_tags').array().notNull().default(sql`'{}'::text[]`),
    audienceOwnerUserIds: uuid('audience_owner_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Action: a task. */
    taskEnabled: boolean('task_enabled').notNull().default(false),
    taskTitle: text('task_title'),
    taskDescription: text('task_description'),
    /** `owner`: the customer's owner (else `task_assignee_user_id`, else the rule's author); `user`: a fixed member. */
    taskAssignee: text('task_assignee').$type<'owner' | 'user'>().notNull().default('owner'),
    taskAssigneeUserId: uuid('task_assignee_user_id'),
    taskDueDays: integer('task_due_days').notNull().default(0),
    taskPriority: text('task_priority').$type<'low' | 'normal' | 'high' | 'urgent'>().notNull().default('normal'),
    /** Action: an e-mail to the person's primary address (consent enforced when sending). */
    emailEnabled: boolean('email_enabled').notNull().default(false),
    emailSubject: text('email_subject'),
    emailBody: text('email_body'),
    emailPurpose: text('email_purpose').$type<'marketing' | 'transactional'>().notNull().default('marketing'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('care_plans_enabled_idx').on(t.workspaceId, t.enabled)],
);

/**
 * One row per firing of a rule: the primary key (workspace, rule, trigger key) is what makes a rule act
 * exactly once per trigger — the evaluation inserts with ON CONFLICT DO NOTHING and acts only on the rows
 * it inserted, however many processes evaluate at the same time.
 */
export const carePlanRuns = pgTable(
  'care_plan_runs',
  {
    workspaceId: uuid('workspace_id').notNull(),
    carePlanId: uuid('care_plan_id').notNull(),
    /** The trigger type and occurrence: `birthday:<person>:<year>`, `no_interaction:<person>:<last-touch day>`, `stage_changed:<person>:<change id>`... */
    triggerKey: text('trigger_key').notNull(),
    personId: uuid('person_id').notNull(),
    /** The day the rule was due for this person (event + N days). */
    triggerDate: date('trigger_date', { mode: 'string' }).notNull(),
    taskId: uuid('task_id'),
    /** queued, or why no e-mail went out (no_address, no_consent...); null when the rule sends none. */
    emailStatus: text('email_status'),
    emailId: uuid('email_id'),
    firedAt: ts('fired_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.carePlanId, t.triggerKey] }),
    index('care_plan_runs_recent_idx').on(t.workspaceId, t.carePlanId, t.firedAt),
    index('care_plan_runs_person_idx').on(t.workspaceId, t.personId),
  ],
);

/** Last evaluation of each rule (kept apart from the rule so a run every few minutes adds no audit noise). */
export const carePlanStats = pgTable(
  'care_plan_stats',
  {
    workspaceId: uuid('workspace_id').notNull(),
    carePlanId: uuid('care_plan_id').notNull(),
    lastRunAt: ts('last_run_at').notNull(),
    lastFired: integer('last_fired').notNull().default(0),
    firedTotal: integer('fired_total').notNull().default(0),
    lastFiredAt: ts('last_fired_at'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.carePlanId] })],
);

/**
 * Lifecycle-stage changes of people, written by a trigger on `people` (same transaction as the change),
 * so "when the stage changes to X" is an indexed lookup instead of a scan of the audit trail's JSON.
 */
export const lifecycleStageChanges = pgTable(
  'lifecycle_stage_changes',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    personId: uuid('person_id').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    changedAt: ts('changed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('lifecycle_stage_changes_to_idx').on(t.workspaceId, t.toStage, t.changedAt)],
);
