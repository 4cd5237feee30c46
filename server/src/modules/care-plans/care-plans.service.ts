import {
  CARE_PLAN_TASK_VARIABLES,
  type TCarePlan,
  type TCarePlanPreview,
  type TCarePlanRun,
  type ZCarePlanListQuery,
  type ZCarePlanPreviewRequest,
  type ZCreateCarePlanRequest,
  type ZPageQuery,
  type ZUpdateCarePlanRequest,
} from '@tandem/shared';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { carePlans } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound, type FieldError } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';
import { checkTemplateText, variablesOf } from '../email/email-render';
import { registerPersonReference } from '../people/people.merge';
import { candidateQuery, vietnamToday, type RuleDefinition } from './care-plan-candidates';
import { enabledRules, evaluateRule, RULE_COLUMNS, type RuleRow } from './care-plan-evaluate';

// A merge moves the sources' firings to the record that stays, so its care history is complete.
registerPersonReference('care_plan_runs', 'person_id');

/** Variables a care plan's e-mail may use: what is known of every person it fires for. */
export const CARE_PLAN_EMAIL_VARIABLES = ['name', 'firstName', 'lastName', 'email', 'date'] as const;
/** Birthdays are at most this many days ahead (the candidate query looks at three calendar years). */
const BIRTHDAY_MAX_DAYS_BEFORE = 60;

type CarePlanInput = z.output<typeof ZCreateCarePlanRequest>;
type PlanRow = RuleRow & {
  description: string | null;
  enabled: boolean;
  lastRunAt: Date | string | null;
  lastFired: number | null;
  firedTotal: number | null;
  lastFiredAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
};

const d = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const present = (r: PlanRow): TCarePlan => ({
  id: r.id,
  name: r.name,
  description: r.description,
  enabled: r.enabled,
  trigger: { type: r.triggerType, days: r.triggerDays, stage: (r.triggerStage as TCarePlan['trigger']['stage']) ?? null },
  audience: {
    lifecycleStages: r.audienceStages as TCarePlan['audience']['lifecycleStages'],
    customerTypes: r.audienceCustomerTypes as TCarePlan['audience']['customerTypes'],
    tags: r.audienceTags,
    ownerUserIds: r.audienceOwnerUserIds,
  },
  task: r.taskEnabled
    ? {
        title: r.taskTitle ?? '',
        description: r.taskDescription,
        assignee: r.taskAssignee,
        assigneeUserId: r.taskAssigneeUserId,
        dueInDays: r.taskDueDays,
        priority: r.taskPriority as NonNullable<TCarePlan['task']>['priority'],
      }
    : null,
  email: r.emailEnabled ? { subject: r.emailSubject ?? '', body: r.emailBody ?? '', purpose: r.emailPurpose } : null,
  lastRunAt: isoOrNull(r.lastRunAt === null ? null : d(r.lastRunAt)),
  lastFired: Number(r.lastFired ?? 0),
  firedTotal: Number(r.firedTotal ?? 0),
  lastFiredAt: isoOrNull(r.lastFiredAt === null ? null : d(r.lastFiredAt)),
  createdAt: iso(d(r.createdAt)),
  updatedAt: iso(d(r.updatedAt)),
});

const SELECT = sql`SELECT ${RULE_COLUMNS}, cp.description, cp.enabled, s.last_run_at AS "lastRunAt", s.last_fired AS "lastFired",
    s.fired_total AS "firedTotal", s.last_fired_at AS "lastFiredAt", cp.created_at AS "createdAt", cp.updated_at AS "updatedAt"
  FROM care_plans cp LEFT JOIN care_plan_stats s ON s.care_plan_id = cp.id`;

async function load(tx: WorkspaceTx, id: string): Promise<PlanRow> {
  const [row] = await queryRows<PlanRow>(tx, sql`${SELECT} WHERE cp.id = ${id}`);
  if (!row) throw notFound('Care plan');
  return row;
}

const invalid = (errors: FieldError[]) => new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });

/** Business rules zod cannot see: the trigger's stage, birthday range, an action, known members, template variables. */
async function check(tx: WorkspaceTx, input: Pick<CarePlanInput, 'trigger' | 'audience' | 'task' | 'email'>, forPreview = false): Promise<void> {
  const errors: FieldError[] = [];
  const { trigger, task, email } = input;
  if (trigger.type === 'stage_changed' && !trigger.stage) errors.push({ path: 'trigger.stage', message: 'name the stage the person moves to' });
  if (trigger.type !== 'stage_changed' && trigger.stage) errors.push({ path: 'trigger.stage', message: 'only a stage_changed trigger has a stage' });
  if (trigger.type === 'birthday' && trigger.days > BIRTHDAY_MAX_DAYS_BEFORE) {
    errors.push({ path: 'trigger.days', message: `at most ${BIRTHDAY_MAX_DAYS_BEFORE} days before the birthday` });
  }
  if (!forPreview && !task && !email) errors.push({ path: 'task', message: 'a care plan needs an action: a task, an e-mail or both' });
  if (task) {
    if (task.assignee === 'user' && !task.assigneeUserId) errors.push({ path: 'task.assigneeUserId', message: 'choose the member who gets the tasks' });
    errors.push(...checkTemplateText(task.title, 'task.title', CARE_PLAN_TASK_VARIABLES).filter((e) => e.message.startsWith('malformed')));
    for (const v of variablesOf(task.title)) {
      if (!(CARE_PLAN_TASK_VARIABLES as readonly string[]).includes(v)) errors.push({ path: 'task.title', message: `unknown variable {{${v}}}; known: ${CARE_PLAN_TASK_VARIABLES.join(', ')}` });
    }
  }
  if (email) {
    for (const [field, text] of [['email.subject', email.subject], ['email.body', email.body]] as const) {
      errors.push(...checkTemplateText(text, field).filter((e) => e.message.startsWith('malformed')));
      for (const v of variablesOf(text)) {
        if (!(CARE_PLAN_EMAIL_VARIABLES as readonly string[]).includes(v)) errors.push({ path: field, message: `unknown variable {{${v}}}; known: ${CARE_PLAN_EMAIL_VARIABLES.join(', ')}` });
      }
    }
  }
  const members = [...new Set([...(task?.assigneeUserId ? [task.assigneeUserId] : []), ...input.audience.ownerUserIds])];
  if (members.length) {
    const found = new Set((await queryRows<{ user_id: string }>(tx, sql`SELECT user_id FROM memberships WHERE user_id = ANY(${sqlArray(members, 'uuid')})`)).map((r) => r.user_id));
    if (task?.assigneeUserId && !found.has(task.assigneeUserId)) errors.push({ path: 'task.assigneeUserId', message: 'not a member of this workspace' });
    input.audience.ownerUserIds.forEach((id, i) => {
      if (!found.has(id)) errors.push({ path: `audience.ownerUserIds.${i}`, message: 'not a member of this workspace' });
    });
  }
  if (errors.length) throw invalid(errors);
}

/** Template spelling normalized ({{ name }} → {{name}}) so the set-based task title replace finds it. */
const tidyTitle = (title: string) => title.replace(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g, '{{$1}}');

function columns(input: CarePlanInput) {
  return {
    name: input.name,
    description: input.description ?? null,
    enabled: input.enabled,
    triggerType: input.trigger.type,
    triggerDays: input.trigger.days,
    triggerStage: input.trigger.stage ?? null,
    audienceStages: input.audience.lifecycleStages,
    audienceCustomerTypes: input.audience.customerTypes,
    audienceTags: input.audience.tags,
    audienceOwnerUserIds: input.audience.ownerUserIds,
    taskEnabled: Boolean(input.task),
    taskTitle: input.task ? tidyTitle(input.task.title) : null,
    taskDescription: input.task?.description ?? null,
    taskAssignee: input.task?.assignee ?? 'owner',
    taskAssigneeUserId: input.task?.assigneeUserId ?? null,
    taskDueDays: input.task?.dueInDays ?? 0,
    taskPriority: input.task?.priority ?? 'normal',
    emailEnabled: Boolean(input.email),
    emailSubject: input.email?.subject ?? null,
    emailBody: input.email?.body ?? null,
    emailPurpose: input.email?.purpose ?? 'marketing',
  };
}

/** The stored rule back as a request body (for merging a partial update). */
function asInput(plan: TCarePlan): CarePlanInput {
  return {
    name: plan.name,
    description: plan.description,
    enabled: plan.enabled,
    trigger: { type: plan.trigger.type, days: plan.trigger.days, stage: plan.trigger.stage },
    audience: plan.audience,
    task: plan.task,
    email: plan.email,
  };
}

export async function listCarePlans(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZCarePlanListQuery>) {
  authorize(auth.role, 'carePlans.read');
  const where: SQL[] = [sql`TRUE`];
  if (q.enabled) where.push(sql`cp.enabled = ${q.enabled === 'true'}`);
  if (q.cursor) where.push(sql`cp.id < ${decodeCursor(q.cursor, ['id']).id}::uuid`);
  const rows = await queryRows<PlanRow>(tx, sql`${SELECT} WHERE ${sql.join(where, sql` AND `)} ORDER BY cp.id DESC LIMIT ${q.limit + 1}`);
  const page = toPage(rows, q.limit, (r) => ({ id: r.id }));
  return { data: page.data.map(present), nextCursor: page.nextCursor };
}

export async function getCarePlan(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'carePlans.read');
  return present(await load(tx, id));
}

export async function createCarePlan(tx: WorkspaceTx, auth: WorkspaceAuth, input: CarePlanInput) {
  authorize(auth.role, 'carePlans.manage');
  await check(tx, input);
  const [row] = await tx
    .insert(carePlans)
    .values({ workspaceId: auth.workspaceId, ...columns(input), createdByUserId: auth.userId })
    .returning({ id: carePlans.id });
  return present(await load(tx, row!.id));
}

/** Change a rule; the body may be partial (e.g. `{enabled: true}` switches it on). */
export async function updateCarePlan(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, patch: z.output<typeof ZUpdateCarePlanRequest>) {
  authorize(auth.role, 'carePlans.manage');
  const current = asInput(present(await load(tx, id)));
  const merged: CarePlanInput = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as CarePlanInput;
  await check(tx, merged);
  await tx
    .update(carePlans)
    .set({ ...columns(merged), updatedAt: new Date() })
    .where(eq(carePlans.id, id));
  return present(await load(tx, id));
}

export async function deleteCarePlan(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'carePlans.manage');
  await load(tx, id);
  await tx.delete(carePlans).where(eq(carePlans.id, id));
}

const SAMPLE = 10;

async function previewOf(tx: WorkspaceTx, rule: RuleDefinition, today: string): Promise<TCarePlanPreview> {
  const [counted] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM (${candidateQuery(rule, today)}) c`);
  const sample = await queryRows<{ person_id: string; full_name: string; trigger_date: string }>(
    tx,
    sql`SELECT c.person_id, c.full_name, c.trigger_date::text AS trigger_date FROM (${candidateQuery(rule, today)}) c
        ORDER BY c.trigger_date DESC, c.person_id LIMIT ${SAMPLE}`,
  );
  return { count: counted?.n ?? 0, sample: sample.map((r) => ({ personId: r.person_id, fullName: r.full_name, triggerDate: r.trigger_date })) };
}

/**
 * How many people a rule would act on if it ran now, and some of them: for a rule being written (not
 * saved) or a saved one (then people it already acted on for the same trigger are not counted).
 */
export async function previewCarePlan(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCarePlanPreviewRequest>, today = vietnamToday()) {
  authorize(auth.role, 'carePlans.manage');
  const audience = input.audience ?? { lifecycleStages: [], customerTypes: [], tags: [], ownerUserIds: [] };
  if (!input.trigger) throw invalid([{ path: 'trigger', message: 'required' }]);
  await check(tx, { trigger: input.trigger, audience, task: input.task, email: input.email }, true);
  return previewOf(
    tx,
    {
      id: null,
      triggerType: input.trigger.type,
      triggerDays: input.trigger.days,
      triggerStage: input.trigger.stage ?? null,
      audienceStages: audience.lifecycleStages,
      audienceCustomerTypes: audience.customerTypes,
      audienceTags: audience.tags,
      audienceOwnerUserIds: audience.ownerUserIds,
    },
    today,
  );
}

export async function previewSavedCarePlan(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, today = vietnamToday()) {
  authorize(auth.role, 'carePlans.read');
  return previewOf(tx, await load(tx, id), today);
}

/** Run the workspace's enabled rules now (or one of them), as the scheduler does. */
export async function runCarePlansNow(tx: WorkspaceTx, auth: WorkspaceAuth, options: { id?: string | undefined; today?: string | undefined }) {
  authorize(auth.role, 'carePlans.run');
  if (options.id) {
    const plan = await load(tx, options.id);
    if (!plan.enabled) throw new AppError('unprocessable', 'This care plan is switched off; switch it on to run it', { errors: [{ path: 'id', message: 'care plan is disabled' }] });
  }
  const rules = await enabledRules(tx, options.id ? [options.id] : undefined);
  const today = options.today ?? vietnamToday();
  const result = [];
  for (const rule of rules) result.push({ id: rule.id, name: rule.name, fired: await evaluateRule(tx, rule, today) });
  return { rules: result, fired: result.reduce((s, r) => s + r.fired, 0) };
}

/** The rule's firings, newest first (who, which trigger, the task and e-mail it made). */
export async function listCarePlanRuns(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, q: z.output<typeof ZPageQuery>) {
  authorize(auth.role, 'carePlans.read');
  await load(tx, id);
  const where: SQL[] = [sql`r.care_plan_id = ${id}`];
  if (q.cursor) {
    const c = decodeCursor(q.cursor, ['at', 'key']);
    where.push(sql`(r.fired_at, r.trigger_key) < (${c.at}::timestamptz, ${c.key})`);
  }
  const rows = await queryRows<{
    person_id: string;
    full_name: string | null;
    trigger_key: string;
    trigger_date: string;
    task_id: string | null;
    email_id: string | null;
    email_status: string | null;
    fired_at: Date | string;
    at: string;
  }>(
    tx,
    sql`SELECT r.person_id, p.full_name, r.trigger_key, r.trigger_date::text AS trigger_date, r.task_id, r.email_id, r.email_status, r.fired_at,
          to_char(r.fired_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
        FROM care_plan_runs r LEFT JOIN people p ON p.id = r.person_id
        WHERE ${sql.join(where, sql` AND `)} ORDER BY r.fired_at DESC, r.trigger_key DESC LIMIT ${q.limit + 1}`,
  );
  const page = toPage(rows, q.limit, (r) => ({ at: r.at, key: r.trigger_key }));
  return {
    data: page.data.map(
      (r): TCarePlanRun => ({
        personId: r.person_id,
        fullName: r.full_name,
        triggerKey: r.trigger_key,
        triggerDate: r.trigger_date,
        taskId: r.task_id,
        emailId: r.email_id,
        emailStatus: r.email_status,
        firedAt: iso(d(r.fired_at)),
      }),
    ),
    nextCursor: page.nextCursor,
  };
}
