import { randomBytes } from 'node:crypto';
import {
  ZFilter,
  ZSurveyQuestion,
  type TSurvey,
  type TSurveyAudience,
  type TSurveyKind,
  type TSurveyQuestion,
  type ZCreateSurveyRequest,
  type ZSurveyListQuery,
  type ZUpdateSurveyRequest,
} from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';
import { checkQuestions, metricQuestionOf } from './survey-definition';
import { SURVEY_TEMPLATE_DEFS, type SurveyTemplateId } from './surveys.templates';

export type SurveyRow = {
  id: string;
  name: string;
  kind: TSurveyKind;
  status: TSurvey['status'];
  audience: TSurveyAudience;
  anonymous: boolean;
  thank_you: { vi: string; en: string };
  questions: TSurveyQuestion[];
  metric_question_id: string | null;
  product_id: string | null;
  public_id: string;
  recipient_count: number;
  response_count: number;
  rolled_through: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};
const d = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Where the public pages live (PUBLIC_URL), set once by the routes plugin. */
let publicBase = 'http://localhost:3000';
export function setSurveyPublicBase(url: string) {
  publicBase = url.replace(/\/$/, '');
}
export const surveyLinkUrl = (token: string) => `${publicBase}/s/${token}`;
export const surveyOpenUrl = (publicId: string) => `${publicBase}/s/p/${publicId}`;

export function presentSurvey(r: SurveyRow): TSurvey {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    audience: r.audience,
    anonymous: r.anonymous,
    thankYou: r.thank_you,
    questions: r.questions,
    productId: r.product_id,
    metricQuestionId: r.metric_question_id,
    publicId: r.public_id,
    publicUrl: surveyOpenUrl(r.public_id),
    recipientCount: r.recipient_count,
    responseCount: r.response_count,
    createdAt: iso(d(r.created_at)),
    updatedAt: iso(d(r.updated_at)),
  };
}

const SELECT = sql`SELECT id, name, kind, status, audience, anonymous, thank_you, questions, metric_question_id, product_id, public_id, recipient_count,
  0 AS response_count, rolled_through::text AS rolled_through, created_at, updated_at FROM surveys`;

/**
 * Responses of surveys = their rolled-up closed days + the rows after them (no counter row that every
 * response would queue on). The day bound is sent as a literal so the (survey, day) index serves it.
 */
async function withResponseCounts(tx: WorkspaceTx, rows: SurveyRow[]): Promise<SurveyRow[]> {
  for (const r of rows) {
    const [c] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT ((SELECT coalesce(sum(responses), 0) FROM survey_daily_stats WHERE survey_id = ${r.id})
            + (SELECT count(*) FROM survey_responses WHERE survey_id = ${r.id} ${r.rolled_through ? sql`AND day > ${r.rolled_through}::date` : sql``}))::int AS n`,
    );
    r.response_count = c?.n ?? 0;
  }
  return rows;
}

export async function loadSurveyRow(tx: WorkspaceTx, id: string): Promise<SurveyRow> {
  const [row] = await queryRows<SurveyRow>(tx, sql`${SELECT} WHERE id = ${id} AND deleted_at IS NULL`);
  if (!row) throw notFound('Survey');
  return row;
}

export async function getSurvey(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'surveys.read');
  const [row] = await withResponseCounts(tx, [await loadSurveyRow(tx, id)]);
  return presentSurvey(row!);
}

/** Surveys, newest first, keyset-paged. */
export async function listSurveys(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZSurveyListQuery>) {
  authorize(auth.role, 'surveys.read');
  const where: SQL[] = [sql`deleted_at IS NULL`];
  if (q.status) where.push(sql`status = ${q.status}`);
  if (q.cursor) where.push(sql`id < ${decodeCursor(q.cursor, ['id']).id}::uuid`);
  const rows = await queryRows<SurveyRow>(tx, sql`${SELECT} WHERE ${sql.join(where, sql` AND `)} ORDER BY id DESC LIMIT ${q.limit + 1}`);
  const page = toPage(rows, q.limit, (r) => ({ id: r.id }));
  return { data: (await withResponseCounts(tx, page.data)).map(presentSurvey), nextCursor: page.nextCursor };
}

/** Templates as the builder shows them. */
export function listTemplates() {
  return (Object.keys(SURVEY_TEMPLATE_DEFS) as SurveyTemplateId[]).map((id) => ({ ...SURVEY_TEMPLATE_DEFS[id], id }));
}

async function checkAudience(tx: WorkspaceTx, audience: TSurveyAudience) {
  const fail = (path: string) => new AppError('validation_failed', `Unknown ${path}`, { errors: [{ path, message: 'not found in this workspace' }] });
  if (audience.type === 'external' && audience.viewId) {
    if (!(await queryRows(tx, sql`SELECT 1 FROM saved_views WHERE id = ${audience.viewId} AND entity = 'person'`)).length) throw fail('audience.viewId');
  }
  if (audience.type === 'employees' && audience.departmentId) {
    if (!(await queryRows(tx, sql`SELECT 1 FROM departments WHERE id = ${audience.departmentId}`)).length) throw fail('audience.departmentId');
  }
}
async function checkProduct(tx: WorkspaceTx, productId: string | null | undefined) {
  if (productId && !(await queryRows(tx, sql`SELECT 1 FROM products WHERE id = ${productId}`)).length) {
    throw new AppError('validation_failed', 'Unknown productId', { errors: [{ path: 'productId', message: 'not found in this workspace' }] });
  }
}

/** Metric surveys need their metric question before they can go live. */
function checkActivatable(kind: TSurveyKind, questions: TSurveyQuestion[]) {
  if (questions.length === 0) throw new AppError('validation_failed', 'A survey needs at least one question', { errors: [{ path: 'questions', message: 'add at least one question' }] });
  if (kind !== 'custom' && !metricQuestionOf(kind, questions)) {
    throw new AppError('validation_failed', `A ${kind} survey needs its metric question`, { errors: [{ path: 'questions', message: `add a question of the ${kind} metric type` }] });
  }
}

const newPublicId = () => randomBytes(9).toString('base64url');

/** Create a survey, from a template or from scratch (draft until activated). */
export async function createSurvey(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateSurveyRequest>) {
  authorize(auth.role, 'surveys.manage');
  const t = input.template ? SURVEY_TEMPLATE_DEFS[input.template] : null;
  const kind = input.kind ?? t?.kind;
  if (!kind) throw new AppError('validation_failed', 'Say the kind or pick a template', { errors: [{ path: 'kind', message: 'required without a template' }] });
  const questions = input.questions ?? (t ? t.questions.map((q) => ZSurveyQuestion.parse(q)) : []);
  checkQuestions(questions);
  const audience: TSurveyAudience = input.audience ?? t?.audience ?? { type: 'external', viewId: null };
  await checkAudience(tx, audience);
  await checkProduct(tx, input.productId);
  const thankYou = input.thankYou ?? t?.thankYou ?? { vi: 'Cảm ơn anh/chị đã trả lời!', en: 'Thank you for your answers!' };
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO surveys (workspace_id, name, kind, audience, anonymous, thank_you, questions, metric_question_id, product_id, public_id, created_by_user_id)
        VALUES (${auth.workspaceId}, ${input.name}, ${kind}, ${JSON.stringify(audience)}::jsonb, ${input.anonymous ?? t?.anonymous ?? false},
          ${JSON.stringify(thankYou)}::jsonb, ${JSON.stringify(questions)}::jsonb, ${metricQuestionOf(kind, questions)}, ${input.productId ?? null},
          ${newPublicId()}, ${auth.userId}) RETURNING id`,
  );
  return getSurvey(tx, auth, row!.id);
}

/**
 * Change a survey. Questions, kind and anonymity change only while it is a draft (responses refer to
 * them); status moves draft → active → closed (and closed → active to reopen).
 */
export async function updateSurvey(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateSurveyRequest>) {
  authorize(auth.role, 'surveys.manage');
  const current = await loadSurveyRow(tx, id);
  const structural = (['questions', 'kind', 'anonymous'] as const).filter((k) => input[k] !== undefined);
  if (structural.length && current.status !== 'draft') {
    throw new AppError('unprocessable', 'Questions, kind and anonymity change only while the survey is a draft', { errors: structural.map((k) => ({ path: k, message: 'the survey is not a draft any more' })) });
  }
  const kind = input.kind ?? current.kind;
  const questions = input.questions ?? current.questions;
  if (input.questions) checkQuestions(input.questions);
  if (input.audience) await checkAudience(tx, input.audience);
  if (input.productId !== undefined) await checkProduct(tx, input.productId);
  if (input.status && input.status !== current.status) {
    if (input.status === 'draft') throw new AppError('unprocessable', 'A survey that went live cannot become a draft again', { errors: [{ path: 'status', message: 'draft only before activation' }] });
    if (input.status === 'active') checkActivatable(kind, questions);
  }
  const set: SQL[] = [sql`updated_at = now()`];
  if (input.name !== undefined) set.push(sql`name = ${input.name}`);
  if (input.kind !== undefined || input.questions !== undefined) set.push(sql`kind = ${kind}, questions = ${JSON.stringify(questions)}::jsonb, metric_question_id = ${metricQuestionOf(kind, questions)}`);
  if (input.anonymous !== undefined) set.push(sql`anonymous = ${input.anonymous}`);
  if (input.audience !== undefined) set.push(sql`audience = ${JSON.stringify(input.audience)}::jsonb`);
  if (input.thankYou !== undefined) set.push(sql`thank_you = ${JSON.stringify(input.thankYou)}::jsonb`);
  if (input.productId !== undefined) set.push(sql`product_id = ${input.productId}`);
  if (input.status !== undefined) set.push(sql`status = ${input.status}`);
  await tx.execute(sql`UPDATE surveys SET ${sql.join(set, sql`, `)} WHERE id = ${id}`);
  forgetPublicSurvey(current.public_id);
  return getSurvey(tx, auth, id);
}

/** Delete a survey: a draft without responses is removed; otherwise it is hidden (its responses stay for the record). */
export async function deleteSurvey(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'surveys.manage');
  const current = await loadSurveyRow(tx, id);
  const hasResponses = (await queryRows(tx, sql`SELECT 1 FROM survey_responses WHERE survey_id = ${id} LIMIT 1`)).length > 0;
  if (!hasResponses && current.status === 'draft') {
    await tx.execute(sql`DELETE FROM survey_recipients WHERE survey_id = ${id}`);
    await tx.execute(sql`DELETE FROM surveys WHERE id = ${id}`);
  } else {
    await tx.execute(sql`UPDATE surveys SET deleted_at = now(), status = 'closed', updated_at = now() WHERE id = ${id}`);
  }
  forgetPublicSurvey(current.public_id);
}

// ---- Settings ----

export async function anonymityThreshold(tx: WorkspaceTx): Promise<number> {
  const [row] = await queryRows<{ anonymity_threshold: number }>(tx, sql`SELECT anonymity_threshold FROM survey_settings`);
  return row?.anonymity_threshold ?? 5;
}

export async function getSurveySettings(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'surveys.read');
  return { anonymityThreshold: await anonymityThreshold(tx) };
}

/** The anonymity threshold may be raised, never set below 3. */
export async function updateSurveySettings(tx: WorkspaceTx, auth: WorkspaceAuth, input: { anonymityThreshold: number }) {
  authorize(auth.role, 'surveys.settings');
  if (input.anonymityThreshold < 3) {
    throw new AppError('validation_failed', 'The anonymity threshold is at least 3', { errors: [{ path: 'anonymityThreshold', message: 'must be 3 or more' }] });
  }
  await tx.execute(sql`INSERT INTO survey_settings (workspace_id, anonymity_threshold) VALUES (${auth.workspaceId}, ${input.anonymityThreshold})
      ON CONFLICT (workspace_id) DO UPDATE SET anonymity_threshold = excluded.anonymity_threshold, updated_at = now()`);
  return { anonymityThreshold: input.anonymityThreshold };
}

// ---- Audience ----

/**
 * The survey's audience now: people of its saved view (live, not deleted) or active employees of its
 * department (and sub-departments) or of the whole company. At most `limit` ids.
 */
export async function resolveAudience(tx: WorkspaceTx, surveyId: string, limit = 100_000): Promise<{ personIds: string[]; employeeIds: string[] }> {
  const s = await loadSurveyRow(tx, surveyId);
  if (s.audience.type === 'employees') {
    const dept = s.audience.departmentId;
    const rows = await queryRows<{ id: string }>(
      tx,
      dept
        ? sql`WITH RECURSIVE tree AS (SELECT id FROM departments WHERE id = ${dept} UNION SELECT d.id FROM departments d JOIN tree t ON d.parent_id = t.id)
              SELECT e.id FROM employees e WHERE e.department_id IN (SELECT id FROM tree) AND e.deleted_at IS NULL AND e.status <> 'left' ORDER BY e.id LIMIT ${limit}`
        : sql`SELECT id FROM employees WHERE deleted_at IS NULL AND status <> 'left' ORDER BY id LIMIT ${limit}`,
    );
    return { personIds: [], employeeIds: rows.map((r) => r.id) };
  }
  let where: SQL = sql`deleted_at IS NULL`;
  if (s.audience.viewId) {
    const [view] = await queryRows<{ filter: unknown }>(tx, sql`SELECT filter FROM saved_views WHERE id = ${s.audience.viewId}`);
    const filter = ZFilter.safeParse(view?.filter ?? []);
    if (!view || !filter.success) throw new AppError('unprocessable', 'The audience view is gone or its filter is not valid any more', { errors: [{ path: 'audience.viewId', message: 'pick another view' }] });
    const { peopleListQuery } = await import('../people/people.service');
    where = (await peopleListQuery(tx, { filter: filter.data, sort: '-createdAt', deleted: false, cursor: undefined } as Parameters<typeof peopleListQuery>[1])).where;
  }
  const rows = await queryRows<{ id: string }>(tx, sql`SELECT id FROM people WHERE ${where} ORDER BY id LIMIT ${limit}`);
  return { personIds: rows.map((r) => r.id), employeeIds: [] };
}

// ---- Public survey cache ----

/** What the public pages need of a survey, cached a few seconds per process (the hot path reads no survey row). */
export type PublicSurvey = {
  workspaceId: string;
  id: string;
  kind: TSurveyKind;
  status: TSurvey['status'];
  anonymous: boolean;
  name: string;
  workspaceName: string;
  questions: TSurveyQuestion[];
  metricQuestionId: string | null;
  thankYou: { vi: string; en: string };
  productId: string | null;
  publicId: string;
};
const CACHE_MS = 5_000;
const cache = new Map<string, { at: number; survey: PublicSurvey | null }>();
export function forgetPublicSurvey(publicId: string) {
  cache.delete(publicId);
}
export function cachedPublicSurvey(publicId: string): PublicSurvey | null | undefined {
  const hit = cache.get(publicId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.survey;
  return undefined;
}
export function rememberPublicSurvey(publicId: string, survey: PublicSurvey | null) {
  if (cache.size > 10_000) cache.clear();
  cache.set(publicId, { at: Date.now(), survey });
}
