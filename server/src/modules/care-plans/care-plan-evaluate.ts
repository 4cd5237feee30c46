import { sql } from 'drizzle-orm';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { firstNameOf, lastNameOf, renderTemplate } from '../email/email-render';
import { queueEmail } from '../email/email.service';
import { candidateQuery, type RuleDefinition } from './care-plan-candidates';

/** A saved rule as the evaluation reads it. */
export type RuleRow = RuleDefinition & {
  id: string;
  name: string;
  taskEnabled: boolean;
  taskTitle: string | null;
  taskDescription: string | null;
  taskAssignee: 'owner' | 'user';
  taskAssigneeUserId: string | null;
  taskDueDays: number;
  taskPriority: string;
  emailEnabled: boolean;
  emailSubject: string | null;
  emailBody: string | null;
  emailPurpose: 'marketing' | 'transactional';
  createdByUserId: string | null;
};

export const RULE_COLUMNS = sql`cp.id, cp.name, cp.trigger_type AS "triggerType", cp.trigger_days AS "triggerDays", cp.trigger_stage AS "triggerStage",
  cp.audience_stages AS "audienceStages", cp.audience_customer_types AS "audienceCustomerTypes", cp.audience_tags AS "audienceTags",
  cp.audience_owner_user_ids AS "audienceOwnerUserIds", cp.task_enabled AS "taskEnabled", cp.task_title AS "taskTitle",
  cp.task_description AS "taskDescription", cp.task_assignee AS "taskAssignee", cp.task_assignee_user_id AS "taskAssigneeUserId",
  cp.task_due_days AS "taskDueDays", cp.task_priority AS "taskPriority", cp.email_enabled AS "emailEnabled",
  cp.email_subject AS "emailSubject", cp.email_body AS "emailBody", cp.email_purpose AS "emailPurpose", cp.created_by_user_id AS "createdByUserId"`;

type Fired = { person_id: string; trigger_key: string; trigger_date: string; task_id: string | null; full_name: string; email: string | null };

const ddmmyyyy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * Evaluate one enabled rule on `today` inside a workspace transaction, and act exactly once per trigger.
 *
 * One statement does the work for every person at once: the candidates are computed set-based, their
 * firings inserted into `care_plan_runs` with ON CONFLICT DO NOTHING, and tasks made only for the rows that
 * insert returned. Two processes evaluating the same rule at the same moment both try to insert the same
 * keys; PostgreSQL makes the second wait for the first and then skip those keys, so it acts on none of
 * them. The rows are inserted in trigger-key order so two such evaluations cannot deadlock.
 * E-mails are queued (in the same transaction) for the rows that fired, so they too go out once.
 */
export async function evaluateRule(tx: WorkspaceTx, rule: RuleRow, today: string): Promise<number> {
  const title = rule.taskTitle ?? '';
  // The fallback assignee when the customer has no owner: the fixed user, else the rule's author.
  const fallback = rule.taskAssigneeUserId ?? rule.createdByUserId;
  const assignee = rule.taskAssignee === 'user' ? sql`${rule.taskAssigneeUserId}::uuid` : sql`coalesce(p.owner_user_id, ${fallback}::uuid)`;
  const fired = await queryRows<Fired>(
    tx,
    sql`WITH cand AS MATERIALIZED (${candidateQuery(rule, today)}),
      fired AS (
        INSERT INTO care_plan_runs (workspace_id, care_plan_id, trigger_key, person_id, trigger_date, task_id, email_status)
        SELECT tandem_workspace_id(), ${rule.id}, c.trigger_key, c.person_id, c.trigger_date,
               ${rule.taskEnabled ? sql`tandem_uuid7()` : sql`NULL::uuid`}, ${rule.emailEnabled ? 'pending' : null}
        FROM cand c ORDER BY c.trigger_key
        ON CONFLICT DO NOTHING
        RETURNING person_id, trigger_key, trigger_date, task_id),
      made AS (
        INSERT INTO tasks (workspace_id, id, title, description, assignee_user_id, due_at, priority, person_id, entity_type, entity_id, source, source_key)
        SELECT tandem_workspace_id(), f.task_id,
               left(replace(replace(${title}, '{{name}}', p.full_name), '{{date}}', to_char(f.trigger_date, 'DD/MM/YYYY')), 300),
               ${rule.taskDescription}, ${assignee},
               ((${today}::date + ${rule.taskDueDays}::int) + time '17:00') AT TIME ZONE 'UTC' - interval '7 hours',
               ${rule.taskPriority}, f.person_id, 'care_plans', ${rule.id}::uuid, ${`care_plan:${rule.id}`},
               ${`care_plan:${rule.id}:`} || f.trigger_key
        FROM fired f JOIN people p ON p.id = f.person_id
        WHERE f.task_id IS NOT NULL
        ON CONFLICT (workspace_id, source_key) DO NOTHING
        RETURNING id)
      SELECT f.person_id, f.trigger_key, f.trigger_date::text AS trigger_date, f.task_id, p.full_name, p.emails -> 0 ->> 'address' AS email
      FROM fired f JOIN people p ON p.id = f.person_id`,
  );
  if (rule.emailEnabled && rule.emailSubject && rule.emailBody) {
    for (const f of fired) {
      const values = { name: f.full_name, firstName: firstNameOf(f.full_name), lastName: lastNameOf(f.full_name), email: f.email ?? '', date: ddmmyyyy(f.trigger_date) };
      const subject = renderTemplate(rule.emailSubject, values, { field: 'email.subject' });
      const text = renderTemplate(rule.emailBody, values, { field: 'email.body' });
      const html = renderTemplate(rule.emailBody, values, { field: 'email.body', html: true });
      const email = await queueEmail(tx, {
        personId: f.person_id,
        subject,
        text,
        html,
        purpose: rule.emailPurpose,
        source: `care_plan:${rule.id}`,
        relatedEntityType: 'care_plans',
        relatedEntityId: rule.id,
      });
      await tx.execute(sql`UPDATE care_plan_runs SET email_id = ${email.id}, email_status = ${email.blockedReason ? `blocked:${email.blockedReason}` : email.status}
        WHERE care_plan_id = ${rule.id} AND trigger_key = ${f.trigger_key}`);
    }
  }
  await tx.execute(sql`INSERT INTO care_plan_stats AS s (workspace_id, care_plan_id, last_run_at, last_fired, fired_total, last_fired_at)
    VALUES (tandem_workspace_id(), ${rule.id}, now(), ${fired.length}, ${fired.length}, ${fired.length ? sql`now()` : sql`NULL`})
    ON CONFLICT (workspace_id, care_plan_id) DO UPDATE SET last_run_at = now(), last_fired = excluded.last_fired,
      fired_total = s.fired_total + excluded.fired_total, last_fired_at = coalesce(excluded.last_fired_at, s.last_fired_at)`);
  return fired.length;
}

/** Every enabled rule of the transaction's workspace (or the given ones), oldest first. */
export async function enabledRules(tx: WorkspaceTx, ids?: string[]): Promise<RuleRow[]> {
  const rows = await queryRows<RuleRow>(tx, sql`SELECT ${RULE_COLUMNS} FROM care_plans cp WHERE cp.enabled ORDER BY cp.id`);
  return ids ? rows.filter((r) => ids.includes(r.id)) : rows;
}
