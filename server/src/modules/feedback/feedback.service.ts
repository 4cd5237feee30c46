/**
 * The feedback inbox: feedback logged from any channel, survey answers turned into feedback (see
 * closed-loop.ts), the reply to the customer, the closed-loop metrics and product feedback by phase.
 */
import type { TFeedback, TLoopMetrics, TProductPhases, ZCreateFeedbackRequest, ZFeedbackListQuery, ZFeedbackReplyRequest, ZLoopMetricsQuery, ZUpdateFeedbackRequest } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';
import { queueEmail } from '../email/email.service';
import { notify } from '../notifications/notifications.service';
import { registerPersonReference } from '../people/people.merge';
import { SCORE_RANGE, sentimentOf, type Sentiment } from './sentiment';

export { onSurveyResponse, type SurveyResponseInput } from './closed-loop';

const TZ = 'Asia/Ho_Chi_Minh';

// Merging people moves their feedback and follow-ups to the record that stays.
registerPersonReference('feedback', 'person_id');
registerPersonReference('feedback_followups', 'person_id');

type Row = {
  id: string;
  source: TFeedback['source'];
  channel: string;
  person_id: string | null;
  person_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  employee_id: string | null;
  employee_name: string | null;
  anonymous: boolean;
  product_id: string | null;
  product_name: string | null;
  survey_id: string | null;
  survey_name: string | null;
  response_id: string | null;
  question_id: string | null;
  text: string | null;
  score: number | null;
  metric: TFeedback['metric'];
  sentiment: TFeedback['sentiment'];
  sentiment_source: TFeedback['sentimentSource'];
  sentiment_score: number | null;
  tags: string[];
  owner_user_id: string | null;
  owner_name: string | null;
  status: TFeedback['status'];
  acknowledged_at: string | Date | null;
  first_contact: string | Date | null;
  resolved_at: string | Date | null;
  reply_text: string | null;
  replied_at: string | Date | null;
  replied_by_name: string | null;
  reply_email_to: string | null;
  task_id: string | null;
  task_status: string | null;
  followup_due_at: string | Date | null;
  received_at: string | Date;
  created_at: string | Date;
};
const d = (v: string | Date) => (v instanceof Date ? v : new Date(v));
const dn = (v: string | Date | null) => (v === null ? null : d(v));

function present(r: Row): TFeedback {
  const firstContact = dn(r.first_contact);
  const due = dn(r.followup_due_at);
  return {
    id: r.id,
    source: r.source,
    channel: r.channel,
    personId: r.person_id,
    personName: r.person_name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    anonymous: r.anonymous,
    productId: r.product_id,
    productName: r.product_name,
    surveyId: r.survey_id,
    surveyName: r.survey_name,
    responseId: r.response_id,
    questionId: r.question_id,
    text: r.text,
    score: r.score,
    metric: r.metric,
    sentiment: r.sentiment,
    sentimentSource: r.sentiment_source,
    sentimentScore: r.sentiment_score,
    tags: r.tags,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner_name,
    status: r.status,
    acknowledgedAt: isoOrNull(dn(r.acknowledged_at)),
    firstContactAt: isoOrNull(firstContact),
    resolvedAt: isoOrNull(dn(r.resolved_at)),
    reply: r.reply_text && r.replied_at ? { text: r.reply_text, at: iso(d(r.replied_at)), byName: r.replied_by_name, emailTo: r.reply_email_to } : null,
    followup: due
      ? { taskId: r.task_id, taskStatus: r.task_status, dueAt: iso(due), overdue: firstContact === null && r.status !== 'resolved' && due.getTime() < Date.now() }
      : null,
    receivedAt: iso(d(r.received_at)),
    createdAt: iso(d(r.created_at)),
  };
}

/**
 * The first contact with the customer after a piece of feedback (see ARCHITECTURE.md, "Feedback inbox"):
 * the earliest of the stored first contact (the reply), the follow-up task marked done, and an
 * interaction with the person or employee — a call, e-mail, chat, meeting or visit that was not inbound
 * (a note is not a contact; the customer calling again is not the business reaching out) — at or after
 * the feedback was received.
 */
export const firstContactSql = (f: string, fu: string, t: string) =>
  sql.raw(`LEAST(${f}.first_contact_at,
    CASE WHEN ${t}.status = 'done' THEN ${t}.completed_at END,
    (SELECT min(i.occurred_at) FROM interactions i WHERE ${f}.person_id IS NOT NULL AND i.person_id = ${f}.person_id
       AND i.occurred_at >= coalesce(${fu}.created_at, ${f}.received_at) AND i.kind <> 'note' AND i.direction IS DISTINCT FROM 'inbound'),
    (SELECT min(i.occurred_at) FROM interactions i WHERE ${f}.employee_id IS NOT NULL AND i.employee_id = ${f}.employee_id
       AND i.occurred_at >= coalesce(${fu}.created_at, ${f}.received_at) AND i.kind <> 'note' AND i.direction IS DISTINCT FROM 'inbound'))`);

const SELECT = sql`SELECT f.id, f.source, f.channel, f.person_id, p.full_name AS person_name, f.organization_id, o.name AS organization_name,
    f.employee_id, e.full_name AS employee_name, f.anonymous, f.product_id, pr.name AS product_name, f.survey_id, s.name AS survey_name,
    f.response_id, f.question_id, f.text, f.score, f.metric, f.sentiment, f.sentiment_source, f.sentiment_score, f.tags,
    f.owner_user_id, ou.name AS owner_name, f.status, f.acknowledged_at, ${firstContactSql('f', 'fu', 't')} AS first_contact, f.resolved_at,
    f.reply_text, f.replied_at, ru.name AS replied_by_name, f.reply_email_to, fu.task_id, t.status AS task_status, fu.due_at AS followup_due_at,
    f.received_at, f.created_at
  FROM feedback f
  LEFT JOIN people p ON p.id = f.person_id
  LEFT JOIN organizations o ON o.id = f.organization_id
  LEFT JOIN employees e ON e.id = f.employee_id
  LEFT JOIN products pr ON pr.id = f.product_id
  LEFT JOIN surveys s ON s.id = f.survey_id
  LEFT JOIN users ou ON ou.id = f.owner_user_id
  LEFT JOIN users ru ON ru.id = f.replied_by_user_id
  LEFT JOIN feedback_followups fu ON fu.response_id = f.response_id AND fu.feedback_id = f.id
  LEFT JOIN tasks t ON t.id = fu.task_id`;

/**
 * Open answers of an anonymous survey are results: like the survey's own results, they are shown only
 * once the survey has at least the workspace's anonymity threshold (k, default 5) of responses.
 */
const anonymityGuard = (k: number) =>
  sql`(NOT f.anonymous OR f.survey_id IS NULL OR EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = f.survey_id OFFSET ${k - 1} LIMIT 1))`;
async function threshold(tx: WorkspaceTx): Promise<number> {
  const [row] = await queryRows<{ k: number }>(tx, sql`SELECT anonymity_threshold AS k FROM survey_settings`);
  return Math.max(3, row?.k ?? 5);
}

async function load(tx: WorkspaceTx, id: string): Promise<TFeedback> {
  const [row] = await queryRows<Row>(tx, sql`${SELECT} WHERE f.id = ${id} AND ${anonymityGuard(await threshold(tx))}`);
  if (!row) throw notFound('Feedback');
  return present(row);
}

export async function getFeedback(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'feedback.read');
  return load(tx, id);
}

const invalid = (path: string, message: string, detail?: string) => new AppError('validation_failed', detail ?? `${path}: ${message}`, { errors: [{ path, message }] });
const refused = (path: string, message: string, detail: string) => new AppError('unprocessable', detail, { errors: [{ path, message }] });

async function exists(tx: WorkspaceTx, query: SQL) {
  return (await queryRows(tx, query)).length > 0;
}

async function checkRefs(
  tx: WorkspaceTx,
  input: { personId?: string | null | undefined; organizationId?: string | null | undefined; employeeId?: string | null | undefined; productId?: string | null | undefined; ownerUserId?: string | null | undefined },
) {
  if (input.personId && !(await exists(tx, sql`SELECT 1 FROM people WHERE id = ${input.personId} AND deleted_at IS NULL`))) throw invalid('personId', 'not found in this workspace');
  if (input.organizationId && !(await exists(tx, sql`SELECT 1 FROM organizations WHERE id = ${input.organizationId} AND deleted_at IS NULL`)))
    throw invalid('organizationId', 'not found in this workspace');
  if (input.employeeId && !(await exists(tx, sql`SELECT 1 FROM employees WHERE id = ${input.employeeId} AND deleted_at IS NULL`))) throw invalid('employeeId', 'not found in this workspace');
  if (input.productId && !(await exists(tx, sql`SELECT 1 FROM products WHERE id = ${input.productId}`))) throw invalid('productId', 'not found in this workspace');
  if (input.ownerUserId && !(await exists(tx, sql`SELECT 1 FROM memberships WHERE user_id = ${input.ownerUserId}`))) throw invalid('ownerUserId', 'not a member of this workspace');
}

async function notifyOwner(tx: WorkspaceTx, auth: WorkspaceAuth, feedbackId: string, ownerUserId: string | null, text: string | null, sentiment: Sentiment) {
  if (!ownerUserId || ownerUserId === auth.userId) return;
  const [u] = await queryRows<{ locale: string }>(tx, sql`SELECT locale FROM users WHERE id = ${ownerUserId}`);
  const en = u?.locale === 'en';
  const title = en
    ? sentiment === 'negative'
      ? 'Negative feedback assigned to you'
      : 'Feedback assigned to you'
    : sentiment === 'negative'
      ? 'Phản hồi tiêu cực được giao cho bạn'
      : 'Phản hồi được giao cho bạn';
  await notify(tx, { userId: ownerUserId, kind: 'feedback.assigned', title, ...(text ? { body: text.slice(0, 300) } : {}), link: `/feedback?id=${feedbackId}`, entityType: 'feedback', entityId: feedbackId });
}

/** Log a complaint, praise, review or suggestion from any channel (staff or an API key). */
export async function createFeedback(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateFeedbackRequest>) {
  authorize(auth.role, 'feedback.write');
  if ((input.score === null || input.score === undefined) !== (input.metric === null || input.metric === undefined))
    throw invalid(input.metric ? 'score' : 'metric', 'score and metric go together');
  if (input.metric && input.score !== null && input.score !== undefined) {
    const [lo, hi] = SCORE_RANGE[input.metric];
    if (input.score < lo || input.score > hi) throw invalid('score', `${input.metric} scores are ${lo}–${hi}`);
  }
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
  if (receivedAt.getTime() > Date.now() + 5 * 60_000) throw invalid('receivedAt', 'in the future');
  await checkRefs(tx, input);
  let ownerUserId = input.ownerUserId ?? null;
  if (input.ownerUserId === undefined) {
    // Default owner: the customer's owner, else whoever logs it.
    const [p] = input.personId ? await queryRows<{ owner_user_id: string | null }>(tx, sql`SELECT owner_user_id FROM people WHERE id = ${input.personId}`) : [];
    const candidate = p?.owner_user_id ?? null;
    ownerUserId = candidate && (await exists(tx, sql`SELECT 1 FROM memberships WHERE user_id = ${candidate}`)) ? candidate : auth.userId;
  }
  const auto = sentimentOf({ metric: input.metric ?? null, score: input.score ?? null, text: input.text });
  const sentiment = input.sentiment ?? auto.sentiment;
  const anonymous = !input.personId && !input.organizationId && !input.employeeId;
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO feedback (workspace_id, source, channel, person_id, organization_id, employee_id, anonymous, product_id, text, score, metric, sentiment,
          sentiment_source, sentiment_score, tags, owner_user_id, received_at, created_by_user_id, created_by_api_key_id)
        VALUES (tandem_workspace_id(), ${input.source}, ${input.channel}, ${input.personId ?? null}, ${input.organizationId ?? null}, ${input.employeeId ?? null}, ${anonymous},
          ${input.productId ?? null}, ${input.text}, ${input.score ?? null}, ${input.metric ?? null}, ${sentiment}, ${input.sentiment ? 'manual' : auto.source},
          ${auto.textScore}, ${tagArray(input.tags)}, ${ownerUserId}, ${receivedAt}, ${auth.userId}, ${auth.apiKeyId})
        RETURNING id`,
  );
  await notifyOwner(tx, auth, row!.id, ownerUserId, input.text, sentiment);
  return load(tx, row!.id);
}

const tagArray = (tags: string[]) => (tags.length ? sql`ARRAY[${sql.join(tags.map((t) => sql`${t}`), sql`, `)}]::text[]` : sql`'{}'::text[]`);

/** The inbox, newest first, filtered; keyset-paged on id. */
export async function listFeedback(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZFeedbackListQuery>) {
  authorize(auth.role, 'feedback.read');
  const where: SQL[] = [anonymityGuard(await threshold(tx))];
  if (q.status) where.push(sql`f.status = ${q.status}`);
  if (q.sentiment) where.push(sql`f.sentiment = ${q.sentiment}`);
  if (q.source) where.push(sql`f.source = ${q.source}`);
  if (q.tag) where.push(sql`${q.tag} = ANY (f.tags)`);
  if (q.owner === 'me') where.push(auth.userId ? sql`f.owner_user_id = ${auth.userId}` : sql`FALSE`);
  else if (q.owner === 'none') where.push(sql`f.owner_user_id IS NULL`);
  else if (q.owner) where.push(sql`f.owner_user_id = ${q.owner}`);
  if (q.productId) where.push(sql`f.product_id = ${q.productId}`);
  if (q.personId) where.push(sql`f.person_id = ${q.personId}`);
  if (q.surveyId) where.push(sql`f.survey_id = ${q.surveyId}`);
  if (q.from && q.to && q.from > q.to) throw invalid('from', 'after `to`');
  if (q.from) where.push(sql`f.received_at >= (${q.from}::date)::timestamp AT TIME ZONE ${TZ}`);
  if (q.to) where.push(sql`f.received_at < (${q.to}::date + 1)::timestamp AT TIME ZONE ${TZ}`);
  if (q.cursor) where.push(sql`f.id < ${decodeCursor(q.cursor, ['id']).id}::uuid`);
  const rows = await queryRows<Row>(tx, sql`${SELECT} WHERE ${sql.join(where, sql` AND `)} ORDER BY f.id DESC LIMIT ${q.limit + 1}`);
  const page = toPage(rows, q.limit, (r) => ({ id: r.id }));
  return { data: page.data.map(present), nextCursor: page.nextCursor };
}

/** Status workflow, owner, tags, product and the sentiment override. */
export async function updateFeedback(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateFeedbackRequest>) {
  authorize(auth.role, 'feedback.write');
  const current = await load(tx, id);
  await checkRefs(tx, { ownerUserId: input.ownerUserId, productId: input.productId });
  const set: SQL[] = [sql`updated_at = now()`];
  if (input.status && input.status !== current.status) {
    if (input.status === 'new') throw refused('status', 'feedback cannot go back to new once handled', 'Feedback cannot go back to "new"; reopen it as "acknowledged"');
    set.push(sql`status = ${input.status}`, sql`acknowledged_at = coalesce(acknowledged_at, now())`);
    set.push(input.status === 'resolved' ? sql`resolved_at = now()` : sql`resolved_at = NULL`);
  }
  if (input.ownerUserId !== undefined) set.push(sql`owner_user_id = ${input.ownerUserId}`);
  if (input.tags !== undefined) set.push(sql`tags = ${tagArray(input.tags)}`);
  if (input.productId !== undefined) set.push(sql`product_id = ${input.productId}`);
  if (input.sentiment !== undefined) {
    if (input.sentiment === null) {
      const auto = sentimentOf({ metric: current.metric, score: current.score, text: current.text });
      set.push(sql`sentiment = ${auto.sentiment}`, sql`sentiment_source = ${auto.source}`);
    } else set.push(sql`sentiment = ${input.sentiment}`, sql`sentiment_source = 'manual'`);
  }
  await tx.execute(sql`UPDATE feedback SET ${sql.join(set, sql`, `)} WHERE id = ${id}`);
  if (input.ownerUserId && input.ownerUserId !== current.ownerUserId) await notifyOwner(tx, auth, id, input.ownerUserId, current.text, current.sentiment);
  return load(tx, id);
}

/**
 * Reply to the customer: e-mailed through the workspace's mail (transactional: an answer to what they
 * wrote) unless `sendEmail` is false (replied by phone, in the store…), and recorded on the item. The
 * reply is a first contact; a new item becomes acknowledged (or resolved with `resolve`).
 */
export async function replyToFeedback(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZFeedbackReplyRequest>) {
  authorize(auth.role, 'feedback.write');
  const current = await load(tx, id);
  let emailTo: string | null = null;
  if (input.sendEmail) {
    if (current.anonymous || (!current.personId && !current.employeeId)) throw refused('sendEmail', 'anonymous feedback has no one to e-mail', 'Anonymous feedback cannot be answered by e-mail');
    let to: string | null = null;
    if (current.personId) {
      const [p] = await queryRows<{ email: string | null }>(tx, sql`SELECT emails -> 0 ->> 'address' AS email FROM people WHERE id = ${current.personId}`);
      to = p?.email ?? null;
    } else {
      const [e] = await queryRows<{ email: string | null }>(tx, sql`SELECT email FROM employees WHERE id = ${current.employeeId}`);
      to = e?.email ?? null;
    }
    if (!to) throw refused('sendEmail', 'the customer has no e-mail address', 'The customer has no e-mail address: reply by phone and record it with sendEmail false');
    const name = current.personName ?? current.employeeName ?? '';
    const quoted = current.text ? `\n\n---\n${current.text.split('\n').map((l) => `> ${l}`).join('\n')}` : '';
    const queued = await queueEmail(tx, {
      ...(current.personId ? { personId: current.personId } : { to, toName: name }),
      subject: input.subject ?? 'Phản hồi về góp ý của bạn',
      text: `${input.text}${quoted}`,
      purpose: 'transactional',
      source: 'feedback_reply',
      relatedEntityType: 'feedback',
      relatedEntityId: id,
      createdByUserId: auth.userId,
    });
    if (queued.status === 'blocked') throw refused('sendEmail', `blocked: ${queued.blockedReason}`, `The e-mail cannot be sent (${queued.blockedReason})`);
    emailTo = to;
  }
  await tx.execute(sql`UPDATE feedback SET reply_text = ${input.text}, replied_at = now(), replied_by_user_id = ${auth.userId}, reply_email_to = ${emailTo},
      first_contact_at = coalesce(first_contact_at, now()),
      status = CASE WHEN ${input.resolve} THEN 'resolved' WHEN status = 'new' THEN 'acknowledged' ELSE status END,
      acknowledged_at = coalesce(acknowledged_at, now()),
      resolved_at = CASE WHEN ${input.resolve} THEN coalesce(resolved_at, now()) ELSE resolved_at END,
      updated_at = now()
    WHERE id = ${id}`);
  return { feedback: await load(tx, id), emailed: emailTo !== null };
}

const dayIn = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/**
 * Closing the loop, over the follow-ups opened in [from, to] (Vietnam days; default the last 30 days):
 * how many detractors / bad ratings, the share contacted and the median time to that first contact,
 * the share closed (every feedback item of the response resolved), and how many are overdue
 * (not contacted, past the follow-up's due time).
 */
export async function loopMetrics(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZLoopMetricsQuery>): Promise<TLoopMetrics> {
  authorize(auth.role, 'feedback.read');
  const to = q.to ?? dayIn(new Date());
  const from = q.from ?? dayIn(new Date(new Date(`${to}T12:00:00Z`).getTime() - 29 * 86_400_000));
  if (from > to) throw invalid('from', 'after `to`');
  const [r] = await queryRows<{ detractors: number; contacted: number; median_minutes: number | null; closed: number; overdue: number }>(
    tx,
    sql`WITH loops AS (
          SELECT fu.created_at, fu.due_at, ${firstContactSql('f', 'fu', 't')} AS first_contact,
            NOT EXISTS (SELECT 1 FROM feedback f2 WHERE f2.response_id = fu.response_id AND f2.status <> 'resolved') AS closed
          FROM feedback_followups fu
          JOIN feedback f ON f.id = fu.feedback_id
          LEFT JOIN tasks t ON t.id = fu.task_id
          WHERE fu.created_at >= (${from}::date)::timestamp AT TIME ZONE ${TZ} AND fu.created_at < (${to}::date + 1)::timestamp AT TIME ZONE ${TZ})
        SELECT count(*)::int AS detractors, count(first_contact)::int AS contacted,
          (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_contact - created_at) / 60) FILTER (WHERE first_contact IS NOT NULL))::float8 AS median_minutes,
          count(*) FILTER (WHERE closed)::int AS closed,
          count(*) FILTER (WHERE first_contact IS NULL AND NOT closed AND due_at < now())::int AS overdue
        FROM loops`,
  );
  const rate = (n: number) => (r!.detractors ? Math.round((1000 * n) / r!.detractors) / 10 : null);
  return {
    from,
    to,
    detractors: r!.detractors,
    contacted: r!.contacted,
    contactedRate: rate(r!.contacted),
    medianMinutesToFirstContact: r!.median_minutes === null ? null : Math.round(r!.median_minutes * 10) / 10,
    closed: r!.closed,
    closedRate: rate(r!.closed),
    overdue: r!.overdue,
  };
}

/**
 * A product's feedback by phase: before its launch date, the first `earlyDays` days from launch
 * (launch day included, Vietnam days) and after — counts, sentiment split, average score per metric and
 * the most used tags side by side.
 */
export async function productPhases(tx: WorkspaceTx, auth: WorkspaceAuth, productId: string, earlyDays: number): Promise<TProductPhases> {
  authorize(auth.role, 'feedback.read');
  const [product] = await queryRows<{ name: string; launch_date: string | null }>(tx, sql`SELECT name, launch_date::text FROM products WHERE id = ${productId}`);
  if (!product) throw notFound('Product');
  if (!product.launch_date) throw new AppError('unprocessable', 'The product has no launch date: set it to see feedback by phase', { errors: [{ path: 'launchDate', message: 'missing' }] });
  const rows = await queryRows<{ phase: 'before_launch' | 'early' | 'mature'; count: number; positive: number; neutral: number; negative: number; scores: { metric: string; count: number; average: number }[] | null; tags: { tag: string; count: number }[] | null }>(
    tx,
    sql`WITH items AS (
          SELECT f.*, CASE WHEN (f.received_at AT TIME ZONE ${TZ})::date < ${product.launch_date}::date THEN 'before_launch'
                           WHEN (f.received_at AT TIME ZONE ${TZ})::date < ${product.launch_date}::date + ${earlyDays}::int THEN 'early' ELSE 'mature' END AS phase
          FROM feedback f WHERE f.product_id = ${productId})
        SELECT i.phase, count(*)::int AS count,
          count(*) FILTER (WHERE sentiment = 'positive')::int AS positive,
          count(*) FILTER (WHERE sentiment = 'neutral')::int AS neutral,
          count(*) FILTER (WHERE sentiment = 'negative')::int AS negative,
          (SELECT jsonb_agg(jsonb_build_object('metric', metric, 'count', n, 'average', avg) ORDER BY metric) FROM (
             SELECT metric, count(*)::int AS n, round(avg(score)::numeric, 2)::float8 AS avg FROM (
               SELECT DISTINCT ON (coalesce(x.response_id, x.id)) x.metric, x.score FROM items x WHERE x.phase = i.phase AND x.score IS NOT NULL
             ) s GROUP BY metric) m) AS scores,
          (SELECT jsonb_agg(jsonb_build_object('tag', tag, 'count', n) ORDER BY n DESC, tag) FROM (
             SELECT tag, count(*)::int AS n FROM items x, unnest(x.tags) tag WHERE x.phase = i.phase GROUP BY tag ORDER BY n DESC, tag LIMIT 5) tg) AS tags
        FROM items i GROUP BY i.phase`,
  );
  const launch = product.launch_date;
  const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const ranges = { before_launch: [null, addDays(launch, -1)], early: [launch, addDays(launch, earlyDays - 1)], mature: [addDays(launch, earlyDays), null] } as const;
  const phases = (['before_launch', 'early', 'mature'] as const)
    .map((phase) => {
      const r = rows.find((x) => x.phase === phase);
      return {
        phase,
        from: ranges[phase][0],
        to: ranges[phase][1],
        count: r?.count ?? 0,
        positive: r?.positive ?? 0,
        neutral: r?.neutral ?? 0,
        negative: r?.negative ?? 0,
        scores: (r?.scores ?? []) as TProductPhases['phases'][number]['scores'],
        topTags: r?.tags ?? [],
      };
    })
    // "Before launch" only when there is any (beta feedback); early and mature always, side by side.
    .filter((p) => p.phase !== 'before_launch' || p.count > 0);
  return { productId, productName: product.name, launchDate: launch, earlyDays, phases };
}

/** Set a product's launch date (the phases are counted from it). */
export async function setProductLaunchDate(tx: WorkspaceTx, auth: WorkspaceAuth, productId: string, launchDate: string | null) {
  authorize(auth.role, 'feedback.write');
  const rows = await queryRows(tx, sql`UPDATE products SET launch_date = ${launchDate}::date, updated_at = now() WHERE id = ${productId} RETURNING id`);
  if (!rows.length) throw notFound('Product');
}
