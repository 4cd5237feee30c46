/**
 * The closed loop: a survey response becomes feedback items (its open-text answers), and a detractor or
 * a bad rating immediately becomes a follow-up task for the right owner, with a due time, and a
 * notification. Called by the surveys module inside the response's own transaction.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { notify } from '../notifications/notifications.service';
import { loadCalendar } from '../service-desk/calendar.service';
import { addWorkingMinutes, type WorkCalendar } from '../service-desk/working-time';
import { SCORE_RANGE, isBadScore, sentimentOf, type ScoreMetric } from './sentiment';

export type SurveyResponseInput = {
  surveyId: string;
  responseId: string;
  /** The survey's kind (e.g. `nps`, `csat`, `enps_pulse`, `internal_csat`…) — kept for the task text. */
  kind: string;
  personId: string | null;
  employeeId: string | null;
  anonymous: boolean;
  /** The response's metric score (the survey's main NPS/CSAT/CES… question), null when skipped or none. */
  score: number | null;
  metric: ScoreMetric | null;
  /** Open-text answers (short and long text questions); empty ones are ignored. */
  texts: { questionId: string; text: string }[];
  /** Channel the response came by: link, email, widget, api… */
  channel: string;
  productId: string | null;
};

const METRIC_LABEL: Record<ScoreMetric, string> = { nps: 'NPS', enps: 'eNPS', csat: 'CSAT', internal_csat: 'CSAT nội bộ', ces: 'CES' };
const METRIC_LABEL_EN: Record<ScoreMetric, string> = { nps: 'NPS', enps: 'eNPS', csat: 'CSAT', internal_csat: 'internal CSAT', ces: 'CES' };

/** Working minutes in one working day of the calendar (08:00–12:00 + 13:00–17:30 = 510 by default). */
export function minutesPerWorkingDay(cal: WorkCalendar): number {
  const m = (hhmm: string) => {
    const [h, mm] = hhmm.split(':').map(Number);
    return h! * 60 + mm!;
  };
  const total = cal.periods.reduce((sum, p) => sum + Math.max(0, m(p.end) - m(p.start)), 0);
  return total > 0 ? total : 24 * 60;
}

/** Due time of a follow-up: one working day of the workspace's calendar after `from`. */
export async function followupDueAt(tx: WorkspaceTx, from: Date): Promise<Date> {
  const cal = await loadCalendar(tx);
  if (cal.workDays.length === 0) return new Date(from.getTime() + 24 * 3_600_000);
  return addWorkingMinutes(cal, from, minutesPerWorkingDay(cal));
}

/** A member user id, or null if that user is not (or no longer) a member of this workspace. */
async function member(tx: WorkspaceTx, userId: string | null | undefined): Promise<string | null> {
  if (!userId) return null;
  const rows = await queryRows<{ user_id: string }>(tx, sql`SELECT user_id FROM memberships WHERE user_id = ${userId}`);
  return rows[0]?.user_id ?? null;
}

/** The member an employee signs in as (null when the employee has no account). */
async function userOfEmployee(tx: WorkspaceTx, employeeId: string | null | undefined): Promise<string | null> {
  if (!employeeId) return null;
  const [row] = await queryRows<{ user_id: string | null }>(tx, sql`SELECT user_id FROM employees WHERE id = ${employeeId} AND deleted_at IS NULL`);
  return member(tx, row?.user_id);
}

/** The fallback owner: the first admin of the workspace, else its first owner. */
export async function fallbackOwner(tx: WorkspaceTx): Promise<string | null> {
  const [row] = await queryRows<{ user_id: string }>(
    tx,
    sql`SELECT user_id FROM memberships WHERE role IN ('admin','owner') ORDER BY (role = 'admin') DESC, created_at, id LIMIT 1`,
  );
  return row?.user_id ?? null;
}

/**
 * The internal request a rating is about: the one the survey was sent for by the trigger (survey_sends
 * context of the response's recipient), else the requester's most recently resolved request.
 */
async function requestOf(tx: WorkspaceTx, input: SurveyResponseInput): Promise<{ provider_department_id: string; assignee_id: string | null } | null> {
  const fromSend = await queryRows<{ context_id: string }>(
    tx,
    sql`SELECT s.context_id FROM survey_sends s
        WHERE s.survey_id = ${input.surveyId} AND s.context_type = 'internal_requests' AND s.employee_id = ${input.employeeId}
        ORDER BY s.created_at DESC LIMIT 1`,
  );
  const contextId = fromSend[0]?.context_id;
  const [row] = await queryRows<{ provider_department_id: string; assignee_id: string | null }>(
    tx,
    contextId
      ? sql`SELECT provider_department_id, assignee_id FROM internal_requests WHERE id = ${contextId}`
      : sql`SELECT provider_department_id, assignee_id FROM internal_requests
            WHERE requester_employee_id = ${input.employeeId} AND resolved_at IS NOT NULL ORDER BY resolved_at DESC LIMIT 1`,
  );
  return row ?? null;
}

async function departmentHeadUser(tx: WorkspaceTx, departmentId: string | null | undefined): Promise<string | null> {
  if (!departmentId) return null;
  const [row] = await queryRows<{ head_employee_id: string | null }>(tx, sql`SELECT head_employee_id FROM departments WHERE id = ${departmentId}`);
  return userOfEmployee(tx, row?.head_employee_id);
}

/**
 * Who follows up on a bad answer:
 * - a customer (NPS, CSAT, CES): the person's owner, else the owner of their organization;
 * - internal CSAT: the head of the department that provides the service, else the request's assignee;
 * - eNPS that is not anonymous: the employee's manager, else their department head;
 * - otherwise (or if that user is no member any more): the workspace's first admin (else owner).
 */
export async function followupOwner(tx: WorkspaceTx, input: SurveyResponseInput): Promise<string | null> {
  let owner: string | null = null;
  if (input.metric === 'internal_csat' && input.employeeId) {
    const request = await requestOf(tx, input);
    owner = (await departmentHeadUser(tx, request?.provider_department_id)) ?? (await userOfEmployee(tx, request?.assignee_id));
  } else if (input.metric === 'enps' && input.employeeId) {
    const [e] = await queryRows<{ manager_id: string | null; department_id: string | null }>(tx, sql`SELECT manager_id, department_id FROM employees WHERE id = ${input.employeeId}`);
    owner = (await userOfEmployee(tx, e?.manager_id)) ?? (await departmentHeadUser(tx, e?.department_id));
  } else if (input.personId) {
    const [p] = await queryRows<{ owner_user_id: string | null; org_owner: string | null }>(
      tx,
      sql`SELECT p.owner_user_id,
            (SELECT o.owner_user_id FROM person_organizations po JOIN organizations o ON o.id = po.organization_id
              WHERE po.person_id = p.id AND o.owner_user_id IS NOT NULL ORDER BY po.is_primary DESC, po.created_at LIMIT 1) AS org_owner
          FROM people p WHERE p.id = ${input.personId}`,
    );
    owner = (await member(tx, p?.owner_user_id)) ?? (await member(tx, p?.org_owner));
  }
  return owner ?? (await fallbackOwner(tx));
}

function validate(input: SurveyResponseInput) {
  if (input.metric && input.score !== null) {
    const [lo, hi] = SCORE_RANGE[input.metric];
    if (!Number.isInteger(input.score) || input.score < lo || input.score > hi) throw new Error(`onSurveyResponse: ${input.metric} score ${input.score} outside ${lo}–${hi}`);
  }
}

/**
 * Turn a survey response into feedback and, for a detractor or a bad rating, a follow-up.
 *
 * Contract (the surveys module calls it in the transaction that stores the response):
 * - Every non-empty open-text answer becomes one feedback item (source `survey_answer`), linked to the
 *   person/employee unless `anonymous`, with the response's score and metric; its sentiment comes from
 *   the score when there is one, else from the text.
 * - A bad score (NPS/eNPS 0–6, CSAT/internal CSAT 1–2, CES 1–2) on a non-anonymous response opens a
 *   follow-up: a `feedback_followups` row (one per response), a task (source `feedback`, source_key
 *   `feedback:response:<responseId>`) for the owner (see `followupOwner`) due one working day later, and
 *   a notification to them. A bad response without text still gets one (score-only) feedback item.
 * - Anonymous responses never create a task or anything linked to a person (an anonymous eNPS pulse
 *   cannot be followed up one by one).
 * - Idempotent: calling it twice for one response creates nothing more.
 */
export async function onSurveyResponse(tx: WorkspaceTx, input: SurveyResponseInput): Promise<void> {
  validate(input);
  const personId = input.anonymous ? null : input.personId;
  const employeeId = input.anonymous ? null : input.employeeId;
  const texts = input.texts.map((t) => ({ questionId: t.questionId, text: t.text.normalize('NFC').trim().slice(0, 10_000) })).filter((t) => t.text.length > 0);
  const bad = !input.anonymous && input.metric !== null && input.score !== null && isBadScore(input.metric, input.score) && (personId !== null || employeeId !== null);

  let followup: { id: string; feedbackId: string; owner: string | null; due: Date } | null = null;
  if (bad) {
    const now = new Date();
    const [ids] = await queryRows<{ feedback_id: string }>(tx, sql`SELECT tandem_uuid7() AS feedback_id`);
    const owner = await followupOwner(tx, input);
    const due = await followupDueAt(tx, now);
    const inserted = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO feedback_followups (workspace_id, response_id, survey_id, metric, score, person_id, employee_id, feedback_id, owner_user_id, due_at)
          VALUES (tandem_workspace_id(), ${input.responseId}, ${input.surveyId}, ${input.metric}, ${input.score}, ${personId}, ${employeeId}, ${ids!.feedback_id}, ${owner}, ${due})
          ON CONFLICT (workspace_id, response_id) DO NOTHING RETURNING id`,
    );
    // Already followed up: the response was processed before.
    if (inserted.length === 0) return;
    followup = { id: inserted[0]!.id, feedbackId: ids!.feedback_id, owner, due };
  }

  const items = texts.length > 0 ? texts : followup ? [{ questionId: null, text: null }] : [];
  for (const [index, item] of items.entries()) {
    const s = sentimentOf({ metric: input.metric, score: input.score, text: item.text });
    const id = index === 0 && followup ? followup.feedbackId : null;
    // Anonymous answers get a random (not time-ordered) id and the start of the Vietnam day as their time, like the response itself.
    const anonymousDay = sql`((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
    await tx.execute(sql`INSERT INTO feedback (workspace_id, id, source, channel, person_id, employee_id, anonymous, product_id, survey_id, response_id, question_id,
          text, score, metric, sentiment, sentiment_source, sentiment_score, owner_user_id, received_at, created_at, updated_at)
        VALUES (tandem_workspace_id(), coalesce(${id}::uuid, ${input.anonymous ? sql`gen_random_uuid()` : sql`tandem_uuid7()`}), 'survey_answer', ${input.channel.slice(0, 50) || 'survey'}, ${personId}, ${employeeId}, ${input.anonymous},
          ${input.productId}, ${input.surveyId}, ${input.responseId}, ${item.questionId}, ${item.text}, ${input.score}, ${input.metric}, ${s.sentiment}, ${s.source},
          ${s.textScore}, ${followup?.owner ?? null}, ${input.anonymous ? anonymousDay : sql`now()`}, ${input.anonymous ? anonymousDay : sql`now()`},
          ${input.anonymous ? anonymousDay : sql`now()`})
        ON CONFLICT (workspace_id, response_id, question_id) DO NOTHING`);
  }

  if (!followup || !input.metric || input.score === null) return;
  const [who] = await queryRows<{ name: string | null; locale: string | null }>(
    tx,
    sql`SELECT coalesce((SELECT full_name FROM people WHERE id = ${personId}), (SELECT full_name FROM employees WHERE id = ${employeeId})) AS name,
               (SELECT locale FROM users WHERE id = ${followup.owner}) AS locale`,
  );
  const en = who?.locale === 'en';
  const name = who?.name ?? (en ? 'a respondent' : 'người trả lời');
  const label = (en ? METRIC_LABEL_EN : METRIC_LABEL)[input.metric];
  const title = en ? `Follow up: ${name} gave ${label} ${input.score}` : `Liên hệ lại: ${name} chấm ${label} ${input.score} điểm`;
  const body = texts.map((t) => `“${t.text.slice(0, 300)}”`).join('\n') || undefined;
  const [task] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO tasks (workspace_id, title, description, assignee_user_id, due_at, priority, entity_type, entity_id, person_id, source, source_key)
        VALUES (tandem_workspace_id(), ${title}, ${body ?? null}, ${followup.owner}, ${followup.due}, 'high', 'feedback', ${followup.feedbackId}, ${personId}, 'feedback',
          ${`feedback:response:${input.responseId}`})
        ON CONFLICT (workspace_id, source_key) DO NOTHING RETURNING id`,
  );
  if (task) await tx.execute(sql`UPDATE feedback_followups SET task_id = ${task.id} WHERE id = ${followup.id}`);
  if (followup.owner) {
    await notify(tx, {
      userId: followup.owner,
      kind: 'feedback.detractor',
      title,
      ...(body ? { body } : {}),
      link: `/feedback?id=${followup.feedbackId}`,
      entityType: 'feedback',
      entityId: followup.feedbackId,
    });
  }
}
