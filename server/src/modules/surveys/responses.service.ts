import { createHash, randomBytes } from 'node:crypto';
import { METRIC_OF_KIND, type TSurveyChannel, type TSurveyQuestion, type ZSubmitResponseRequest } from '@tandem/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, sqlArray, type Database, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { onSurveyResponse } from '../feedback/feedback.service';
import { validateAnswers, type NormalizedAnswer } from './survey-definition';
import { cachedPublicSurvey, loadSurveyRow, rememberPublicSurvey, resolveAudience, surveyLinkUrl, type PublicSurvey } from './surveys.service';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** A personal one-time token: 144 random bits, URL-safe. */
const newToken = () => randomBytes(18).toString('base64url');

/** A survey as the response path needs it. */
type Target = Pick<PublicSurvey, 'id' | 'kind' | 'anonymous' | 'questions' | 'metricQuestionId' | 'productId' | 'thankYou'> & { status: string };

export type StoreInput = {
  channel: TSurveyChannel;
  raw: Record<string, unknown>;
  personId: string | null;
  employeeId: string | null;
  language: 'vi' | 'en';
  dropHidden?: boolean;
  onlyQuestionIds?: string[];
};

/** A validated response, ready to write. */
type Prepared = {
  survey: Target;
  channel: TSurveyChannel;
  language: 'vi' | 'en';
  answers: NormalizedAnswer[];
  score: number | null;
  texts: { questionId: string; text: string }[];
  /** Kept on the response (null on anonymous surveys). */
  personId: string | null;
  employeeId: string | null;
  /** Who answered, for the grouping dimensions only (department, segment): never stored on anonymous responses. */
  subjectPersonId: string | null;
  subjectEmployeeId: string | null;
};

/** Validate a response against its survey (pure: no database). */
export function prepareResponse(survey: Target, input: StoreInput): Prepared {
  if (survey.status !== 'active') throw new AppError('unprocessable', survey.status === 'draft' ? 'The survey is not open yet' : 'The survey is closed', { errors: [{ path: 'survey', message: survey.status }] });
  const { answers } = validateAnswers(survey.questions, input.raw, { dropHidden: input.dropHidden, onlyQuestionIds: input.onlyQuestionIds });
  return {
    survey,
    channel: input.channel,
    language: input.language,
    answers,
    score: survey.metricQuestionId ? (answers.find((a) => a.questionId === survey.metricQuestionId)?.num ?? null) : null,
    texts: answers.filter((a) => a.text !== null).map((a) => ({ questionId: a.questionId, text: a.text! })),
    personId: survey.anonymous ? null : input.personId,
    employeeId: survey.anonymous ? null : input.employeeId,
    subjectPersonId: input.personId,
    subjectEmployeeId: input.employeeId,
  };
}

/**
 * Write validated responses in the caller's transaction — one statement for any number of them (the
 * public endpoint batches concurrent responses) — then hand each to the feedback loop. The metric
 * score goes in its own column and the grouping dimensions are copied onto the response. Anonymous
 * surveys keep no person, employee or token on the response, a random (not time-ordered) id and the
 * submit time cut to the day. The department of an employee is kept even then: it is a result group,
 * guarded by the anonymity threshold.
 */
export async function writeResponses(tx: WorkspaceTx, items: Prepared[]): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = items.map((p, i) => ({
    i,
    anon: p.survey.anonymous,
    survey: p.survey.id,
    channel: p.channel,
    score: p.score,
    has_text: p.texts.length > 0,
    person: p.personId,
    employee: p.employeeId,
    sp: p.subjectPersonId,
    se: p.subjectEmployeeId,
    product: p.survey.productId,
    lang: p.language,
    answers: p.answers.map((a) => ({ q: a.questionId, n: a.num, c: a.choices, t: a.text })),
  }));
  const result = await queryRows<{ i: number; rid: string }>(
    tx,
    sql`WITH input AS MATERIALIZED (
          SELECT x.*, CASE WHEN x.anon THEN gen_random_uuid() ELSE tandem_uuid7() END AS rid, ((now() AT TIME ZONE 'UTC') + interval '7 hours')::date AS vn_day
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(i int, anon boolean, survey uuid, channel text, score smallint, has_text boolean, person uuid, employee uuid, sp uuid, se uuid, product uuid, lang text, answers jsonb)),
        r AS (
          INSERT INTO survey_responses (workspace_id, id, survey_id, submitted_at, day, channel, score, has_text, person_id, employee_id, department_id, segment, product_id, language)
          SELECT tandem_workspace_id(), rid, survey, CASE WHEN anon THEN (vn_day::timestamp - interval '7 hours') AT TIME ZONE 'UTC' ELSE now() END, vn_day,
            channel, score, has_text, person, employee,
            CASE WHEN se IS NULL THEN NULL ELSE (SELECT department_id FROM employees e WHERE e.id = se) END,
            CASE WHEN sp IS NOT NULL THEN (SELECT customer_type FROM people p WHERE p.id = sp) WHEN se IS NOT NULL THEN 'employee' END,
            product, lang
          FROM input ORDER BY i),
        a AS (
          INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, num, choices, text)
          SELECT tandem_workspace_id(), input.rid, y.q, input.survey, y.n, y.c, y.t
          FROM input, jsonb_to_recordset(input.answers) AS y(q text, n smallint, c text[], t text))
        SELECT i, rid::text FROM input ORDER BY i`,
  );
  const ids = result.map((r) => r.rid);
  for (const [k, p] of items.entries()) {
    await onSurveyResponse(tx, {
      surveyId: p.survey.id,
      responseId: ids[k]!,
      kind: p.survey.kind,
      personId: p.personId,
      employeeId: p.employeeId,
      anonymous: p.survey.anonymous,
      score: p.score,
      metric: METRIC_OF_KIND[p.survey.kind],
      texts: p.texts,
      channel: p.channel,
      productId: p.survey.productId,
    });
  }
  return ids;
}

/** Validate and store one response in the caller's transaction. */
export async function storeResponse(tx: WorkspaceTx, survey: Target, input: StoreInput): Promise<{ id: string; score: number | null }> {
  const prepared = prepareResponse(survey, input);
  const [id] = await writeResponses(tx, [prepared]);
  return { id: id!, score: prepared.score };
}

// ---- Group commit for the public endpoint ----

type Pending = { item: Prepared; resolve: (id: string) => void; reject: (e: unknown) => void };
const queues = new Map<string, { items: Pending[]; inFlight: number }>();
const MAX_BATCH = 200;
const MAX_IN_FLIGHT = 3;

/**
 * Store a public response with others arriving at the same moment in one transaction (group commit):
 * the caller's promise settles when its batch has committed, so an answer is acknowledged only once it
 * is durable. Under load, a few transactions of up to 200 responses replace hundreds of one-row ones
 * (BEGIN, set_config, INSERT, COMMIT each); alone, a response waits for no one. If a batch fails, its
 * responses are written one by one, so one bad response cannot fail the others.
 */
function storeBatched(database: Database, workspaceId: string, item: Prepared): Promise<string> {
  return new Promise((resolve, reject) => {
    let q = queues.get(workspaceId);
    if (!q) queues.set(workspaceId, (q = { items: [], inFlight: 0 }));
    q.items.push({ item, resolve, reject });
    pump(database, workspaceId);
  });
}

function pump(database: Database, workspaceId: string) {
  const q = queues.get(workspaceId);
  if (!q) return;
  while (q.items.length > 0 && q.inFlight < MAX_IN_FLIGHT) {
    const batch = q.items.splice(0, MAX_BATCH);
    q.inFlight++;
    void flush(database, workspaceId, batch).finally(() => {
      q.inFlight--;
      if (q.items.length === 0 && q.inFlight === 0) queues.delete(workspaceId);
      else pump(database, workspaceId);
    });
  }
}

async function flush(database: Database, workspaceId: string, batch: Pending[]) {
  const scope = publicScope(workspaceId, batch.some((b) => b.item.survey.anonymous) ? 'survey:anonymous' : 'survey:public');
  try {
    const ids = await database.inWorkspace(scope, (tx) => writeResponses(tx, batch.map((b) => b.item)));
    batch.forEach((b, k) => b.resolve(ids[k]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    for (const b of batch) {
      try {
        const [id] = await database.inWorkspace(scope, (tx) => writeResponses(tx, [b.item]));
        b.resolve(id!);
      } catch (e) {
        b.reject(e);
      }
    }
  }
}

/** `POST /api/v1/surveys/:id/responses`: a chatbot, kiosk or app answers on someone's behalf (or anonymously). */
export async function submitApiResponse(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string, input: z.output<typeof ZSubmitResponseRequest>) {
  authorize(auth.role, 'surveys.respond');
  const s = await loadSurveyRow(tx, surveyId);
  if (input.personId && !(await queryRows(tx, sql`SELECT 1 FROM people WHERE id = ${input.personId} AND deleted_at IS NULL`)).length) {
    throw new AppError('validation_failed', 'Unknown personId', { errors: [{ path: 'personId', message: 'not found in this workspace' }] });
  }
  if (input.employeeId && !(await queryRows(tx, sql`SELECT 1 FROM employees WHERE id = ${input.employeeId} AND deleted_at IS NULL`)).length) {
    throw new AppError('validation_failed', 'Unknown employeeId', { errors: [{ path: 'employeeId', message: 'not found in this workspace' }] });
  }
  const target: Target = { id: s.id, kind: s.kind, anonymous: s.anonymous, questions: s.questions, metricQuestionId: s.metric_question_id, productId: s.product_id, thankYou: s.thank_you, status: s.status };
  const r = await storeResponse(tx, target, { channel: input.channel, raw: input.answers, personId: input.personId ?? null, employeeId: input.employeeId ?? null, language: input.language });
  return { id: r.id, score: r.score, thankYou: s.thank_you[input.language] || s.thank_you.vi };
}

// ---- Public channel: open link / widget ----

/** The active survey behind an open link or widget key (cached a few seconds). */
export async function publicSurvey(database: Database, publicId: string): Promise<PublicSurvey> {
  let s = cachedPublicSurvey(publicId);
  if (s === undefined) {
    const rows = await queryRows<{
      workspace_id: string; id: string; kind: PublicSurvey['kind']; status: PublicSurvey['status']; anonymous: boolean; name: string; workspace_name: string;
      questions: TSurveyQuestion[]; metric_question_id: string | null; thank_you: { vi: string; en: string }; product_id: string | null;
    }>(
      database.system,
      sql`SELECT s.workspace_id, s.id, s.kind, s.status, s.anonymous, s.name, w.name AS workspace_name, s.questions, s.metric_question_id, s.thank_you, s.product_id
          FROM surveys s JOIN workspaces w ON w.id = s.workspace_id WHERE s.public_id = ${publicId} AND s.deleted_at IS NULL LIMIT 2`,
    );
    const r = rows.length === 1 ? rows[0]! : null;
    s = r
      ? { workspaceId: r.workspace_id, id: r.id, kind: r.kind, status: r.status, anonymous: r.anonymous, name: r.name, workspaceName: r.workspace_name, questions: r.questions, metricQuestionId: r.metric_question_id, thankYou: r.thank_you, productId: r.product_id, publicId }
      : null;
    rememberPublicSurvey(publicId, s);
  }
  if (!s || s.status === 'draft') throw notFound('Survey');
  return s;
}

const publicScope = (workspaceId: string, requestId: string) => ({ workspaceId, actorUserId: null, actorApiKeyId: null, requestId });

/** An open-link or widget response (nobody identified). The widget answers only the first question. */
export async function submitOpenResponse(database: Database, publicId: string, input: { raw: Record<string, unknown>; channel: 'link' | 'widget'; language: 'vi' | 'en'; dropHidden: boolean; requestId: string }) {
  const s = await publicSurvey(database, publicId);
  const only = input.channel === 'widget' ? [s.questions[0]!.id] : undefined;
  // Validated before it joins a batch: a bad answer is refused at once and never holds others up.
  const prepared = prepareResponse(s, { channel: input.channel, raw: input.raw, personId: null, employeeId: null, language: input.language, dropHidden: input.dropHidden, onlyQuestionIds: only });
  const id = await storeBatched(database, s.workspaceId, prepared);
  return { survey: s, id };
}

// ---- Public channel: personal one-time links ----

type TokenRow = { workspace_id: string; recipient_id: string; survey_id: string; public_id: string; used: boolean; person_id: string | null; employee_id: string | null; person_name: string | null };

/** The recipient and survey of a personal token (platform lookup by its hash: the visitor has no session). */
export async function resolveToken(database: Database, token: string): Promise<{ recipient: TokenRow; survey: PublicSurvey }> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) throw notFound('Survey link');
  const rows = await queryRows<TokenRow>(
    database.system,
    sql`SELECT r.workspace_id, r.id AS recipient_id, r.survey_id, s.public_id, r.used, r.person_id, r.employee_id,
          coalesce((SELECT full_name FROM people p WHERE p.workspace_id = r.workspace_id AND p.id = r.person_id), (SELECT full_name FROM employees e WHERE e.workspace_id = r.workspace_id AND e.id = r.employee_id)) AS person_name
        FROM survey_recipients r JOIN surveys s ON s.workspace_id = r.workspace_id AND s.id = r.survey_id
        WHERE r.token_hash = ${hashToken(token)} AND s.deleted_at IS NULL LIMIT 2`,
  );
  if (rows.length !== 1) throw notFound('Survey link');
  return { recipient: rows[0]!, survey: await publicSurvey(database, rows[0]!.public_id) };
}

/**
 * Answer through a personal link: the token is marked used and the response stored in one transaction;
 * a token answers once (a second submit, or a race, gets 409). On anonymous surveys the token is marked
 * used without a time and nothing on the response points back to it.
 */
export async function submitTokenResponse(database: Database, token: string, input: { raw: Record<string, unknown>; language: 'vi' | 'en'; dropHidden: boolean; requestId: string }) {
  const { recipient, survey } = await resolveToken(database, token);
  if (recipient.used) throw new AppError('conflict', 'This link has already been used to answer', { errors: [{ path: 'token', message: 'already answered' }] });
  const r = await database.inWorkspace(publicScope(recipient.workspace_id, survey.anonymous ? 'survey:anonymous' : input.requestId), async (tx) => {
    const claimed = await queryRows(
      tx,
      sql`UPDATE survey_recipients SET used = true, responded_at = ${survey.anonymous ? sql`NULL` : sql`now()`} WHERE id = ${recipient.recipient_id} AND NOT used RETURNING 1`,
    );
    if (!claimed.length) throw new AppError('conflict', 'This link has already been used to answer', { errors: [{ path: 'token', message: 'already answered' }] });
    return storeResponse(tx, survey, { channel: 'link', raw: input.raw, personId: recipient.person_id, employeeId: recipient.employee_id, language: input.language, dropHidden: input.dropHidden });
  });
  return { survey, id: r.id };
}

/**
 * Personal links for people and/or employees: one recipient per person/employee per survey. An unused
 * link is re-issued (a new token replaces the old one, so a reminder can carry a fresh link); a used
 * one is not. Returns the raw tokens' URLs — they are not stored, only their SHA-256.
 * Other features (e-mail campaigns, triggers) call this in their own transaction.
 */
export async function issueSurveyLinks(tx: WorkspaceTx, surveyId: string, who: { personIds?: string[]; employeeIds?: string[] }) {
  const subjects = [...(who.personIds ?? []).map((id) => ({ personId: id, employeeId: null })), ...(who.employeeIds ?? []).map((id) => ({ personId: null, employeeId: id }))];
  const links: { recipientId: string; personId: string | null; employeeId: string | null; url: string; token: string }[] = [];
  const CHUNK = 1000;
  for (let i = 0; i < subjects.length; i += CHUNK) {
    const part = subjects.slice(i, i + CHUNK);
    const tokens = part.map(() => newToken());
    const byHash = new Map(tokens.map((t) => [hashToken(t), t]));
    const rows = await queryRows<{ id: string; person_id: string | null; employee_id: string | null; token_hash: string }>(
      tx,
      sql`WITH input AS (
            SELECT nullif(p, '')::uuid AS person_id, nullif(e, '')::uuid AS employee_id, h AS token_hash
            FROM unnest(${sqlArray(part.map((s) => s.personId ?? ''), 'text')}, ${sqlArray(part.map((s) => s.employeeId ?? ''), 'text')}, ${sqlArray([...byHash.keys()], 'text')}) AS u(p, e, h)),
          known AS (
            SELECT i.*, r.id AS rid, r.used FROM input i
            LEFT JOIN survey_recipients r ON r.survey_id = ${surveyId} AND (r.person_id = i.person_id OR r.employee_id = i.employee_id)),
          upd AS (
            UPDATE survey_recipients r SET token_hash = k.token_hash
            FROM known k WHERE r.id = k.rid AND NOT k.used RETURNING r.id, r.person_id, r.employee_id, r.token_hash),
          ins AS (
            INSERT INTO survey_recipients (workspace_id, survey_id, person_id, employee_id, token_hash)
            SELECT tandem_workspace_id(), ${surveyId}, k.person_id, k.employee_id, k.token_hash FROM known k WHERE k.rid IS NULL
            RETURNING id, person_id, employee_id, token_hash)
          SELECT * FROM upd UNION ALL SELECT * FROM ins`,
    );
    const inserted = rows.length;
    if (inserted) {
      await tx.execute(sql`UPDATE surveys SET recipient_count = (SELECT count(*) FROM survey_recipients WHERE survey_id = ${surveyId}) WHERE id = ${surveyId}`);
    }
    for (const r of rows) {
      const token = byHash.get(r.token_hash)!;
      links.push({ recipientId: r.id, personId: r.person_id, employeeId: r.employee_id, url: surveyLinkUrl(token), token });
    }
  }
  return links;
}

/** `POST /api/v1/surveys/:id/links`: personal links for given people/employees, or for the whole audience. */
export async function issueLinks(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string, input: { personIds?: string[] | undefined; employeeIds?: string[] | undefined; audience?: boolean | undefined }) {
  authorize(auth.role, 'surveys.manage');
  const s = await loadSurveyRow(tx, surveyId);
  if (s.status === 'closed') throw new AppError('unprocessable', 'The survey is closed', { errors: [{ path: 'status', message: 'closed' }] });
  const check = async (ids: string[] | undefined, table: 'people' | 'employees', path: string) => {
    if (!ids?.length) return;
    const found = await queryRows<{ id: string }>(tx, sql`SELECT id FROM ${sql.raw(table)} WHERE id = ANY(${sqlArray(ids, 'uuid')}) AND deleted_at IS NULL`);
    const missing = ids.findIndex((id) => !found.some((f) => f.id === id));
    if (missing >= 0) throw new AppError('validation_failed', `Unknown ${path}`, { errors: [{ path: `${path}.${missing}`, message: 'not found in this workspace' }] });
  };
  await check(input.personIds, 'people', 'personIds');
  await check(input.employeeIds, 'employees', 'employeeIds');
  if (input.audience) {
    const audience = await resolveAudience(tx, surveyId);
    // Only those without a link yet: issuing to the audience again must not invalidate links already sent.
    const have = await queryRows<{ person_id: string | null; employee_id: string | null }>(tx, sql`SELECT person_id, employee_id FROM survey_recipients WHERE survey_id = ${surveyId}`);
    const hp = new Set(have.map((h) => h.person_id));
    const he = new Set(have.map((h) => h.employee_id));
    const links = await issueSurveyLinks(tx, surveyId, { personIds: audience.personIds.filter((p) => !hp.has(p)), employeeIds: audience.employeeIds.filter((e) => !he.has(e)) });
    return { issued: links.length, links: [] };
  }
  const links = await issueSurveyLinks(tx, surveyId, { personIds: input.personIds, employeeIds: input.employeeIds });
  return { issued: links.length, links: links.map(({ token: _t, ...l }) => l) };
}
