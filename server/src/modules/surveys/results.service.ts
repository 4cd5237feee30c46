import { ces, csat, headline, metricScale, nps, type SurveyMetric, type TSurveyResults, type ZSurveyResultsQuery } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { metricOf } from './survey-definition';
import { anonymityThreshold, loadSurveyRow } from './surveys.service';

type Query = z.output<typeof ZSurveyResultsQuery>;
/** One aggregated cell: a day and its dimensions, with responses and counts per metric value. */
type Cell = { day: string; channel: string; department: string; segment: string; product: string; responses: number; counts: number[] };

const VN_DAY = (at: SQL) => sql`(((${at}) AT TIME ZONE 'UTC') + interval '7 hours')::date`;

/**
 * Roll closed days up into `survey_daily_stats` (once per day per survey, when results are read): days
 * before yesterday-minus-10-minutes in Vietnam time, so no transaction still writing a day is missed.
 * Serialized per survey by an advisory lock; never on the response insert path.
 */
async function ensureRollup(tx: WorkspaceTx, surveyId: string): Promise<string | null> {
  const [state] = await queryRows<{ rolled: string | null; closed: string }>(
    tx,
    sql`SELECT rolled_through::text AS rolled, (${VN_DAY(sql`now() - interval '10 minutes'`)} - 1)::text AS closed FROM surveys WHERE id = ${surveyId}`,
  );
  if (!state || (state.rolled && state.rolled >= state.closed)) return state?.rolled ?? null;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('survey_rollup:' || ${surveyId}))`);
  const [again] = await queryRows<{ rolled: string | null }>(tx, sql`SELECT rolled_through::text AS rolled FROM surveys WHERE id = ${surveyId}`);
  if (again?.rolled && again.rolled >= state.closed) return again.rolled;
  await tx.execute(sql`INSERT INTO survey_daily_stats (workspace_id, survey_id, day, channel, department_key, segment_key, product_key, responses, counts)
      SELECT tandem_workspace_id(), ${surveyId}, day, channel, coalesce(department_id::text, ''), coalesce(segment, ''), coalesce(product_id::text, ''), count(*),
        ARRAY[${sql.join(Array.from({ length: 11 }, (_, v) => sql`count(*) FILTER (WHERE score = ${v})`), sql`, `)}]::int[]
      FROM survey_responses
      WHERE survey_id = ${surveyId} AND day <= ${state.closed}::date ${again?.rolled ? sql`AND day > ${again.rolled}::date` : sql``}
      GROUP BY day, channel, department_id, segment, product_id`);
  await tx.execute(sql`UPDATE surveys SET rolled_through = ${state.closed}::date WHERE id = ${surveyId}`);
  return state.closed;
}

function filters(q: Query, cols: { department: SQL; segment: SQL; product: SQL }): SQL[] {
  const w: SQL[] = [];
  if (q.from) w.push(sql`day >= ${q.from}::date`);
  if (q.to) w.push(sql`day <= ${q.to}::date`);
  if (q.channel) w.push(sql`channel = ${q.channel}`);
  if (q.departmentId) w.push(sql`${cols.department} = ${q.departmentId}`);
  if (q.segment) w.push(sql`${cols.segment} = ${q.segment}`);
  if (q.productId) w.push(sql`${cols.product} = ${q.productId}`);
  return w;
}

/** GROUPING() bitmask of each grouping set (bits: day, channel, department, segment, product; 1 = not grouped). */
const SETS = { day: 15, channel: 23, department: 27, segment: 29, product: 30 } as const;
type SetName = keyof typeof SETS;

/**
 * The (filtered) survey's cells — rolled-up closed days plus the live rows of the days after — summed
 * in SQL by day and by each breakdown dimension (GROUPING SETS), so Node receives a few hundred rows
 * however many (day × channel × department × segment × product) cells there are.
 */
async function cells(tx: WorkspaceTx, surveyId: string, rolled: string | null, q: Query): Promise<Record<SetName, Cell[]>> {
  const rolledFilters = filters(q, { department: sql`department_key`, segment: sql`segment_key`, product: sql`product_key` });
  const liveFilters = filters(q, { department: sql`department_id::text`, segment: sql`segment`, product: sql`product_id::text` });
  const rows = await queryRows<Omit<Cell, 'responses' | 'counts' | 'day'> & { day: string | null; g: number; responses: string | number; counts: string }>(
    tx,
    sql`WITH c AS (
          SELECT day, channel, department_key AS department, segment_key AS segment, product_key AS product, responses, counts
            FROM survey_daily_stats WHERE survey_id = ${surveyId} ${rolledFilters.length ? sql`AND ${sql.join(rolledFilters, sql` AND `)}` : sql``}
          UNION ALL
          SELECT day, channel, coalesce(department_id::text, ''), coalesce(segment, ''), coalesce(product_id::text, ''), count(*)::int,
            ARRAY[${sql.join(Array.from({ length: 11 }, (_, v) => sql`count(*) FILTER (WHERE score = ${v})`), sql`, `)}]::int[]
            FROM survey_responses WHERE survey_id = ${surveyId} ${rolled ? sql`AND day > ${rolled}::date` : sql``}
              ${liveFilters.length ? sql`AND ${sql.join(liveFilters, sql` AND `)}` : sql``}
            GROUP BY day, channel, department_id, segment, product_id)
        SELECT GROUPING(day, channel, department, segment, product)::int AS g, day::text AS day, channel, department, segment, product, sum(responses) AS responses,
          concat_ws(',', ${sql.join(Array.from({ length: 11 }, (_, v) => sql`sum(counts[${sql.raw(String(v + 1))}])`), sql`, `)}) AS counts
        FROM c GROUP BY GROUPING SETS ((day), (channel), (department), (segment), (product))`,
  );
  const out: Record<SetName, Cell[]> = { day: [], channel: [], department: [], segment: [], product: [] };
  const byCode = new Map<number, SetName>(Object.entries(SETS).map(([name, code]): [number, SetName] => [code, name as SetName]));
  for (const r of rows) {
    const set = byCode.get(Number(r.g));
    if (!set) continue;
    out[set].push({
      day: r.day ?? '',
      channel: r.channel ?? '',
      department: r.department ?? '',
      segment: r.segment ?? '',
      product: r.product ?? '',
      responses: Number(r.responses),
      counts: r.counts.split(',').map(Number),
    });
  }
  return out;
}

const push = (m: Map<string, Cell[]>, key: string, c: Cell) => {
  const list = m.get(key);
  if (list) list.push(c);
  else m.set(key, [c]);
};

const sumCells = (list: Cell[]) => {
  const counts = new Array<number>(11).fill(0);
  let responses = 0;
  for (const c of list) {
    responses += c.responses;
    for (let v = 0; v < 11; v++) counts[v]! += c.counts[v] ?? 0;
  }
  return { responses, counts };
};

/** Monday of the ISO week of a yyyy-mm-dd day. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

function group(metric: SurveyMetric | null, list: Cell[], k: number | null) {
  const { responses, counts } = sumCells(list);
  const scale = metric ? metricScale(metric) : null;
  const answered = scale ? counts.slice(scale.min, scale.max + 1).reduce((a, b) => a + b, 0) : 0;
  if (k !== null && responses < k) return { hidden: true, responses: null, answered: null, value: null, marginOfError: null, _n: responses };
  const h = metric ? headline(metric, counts) : { value: null, marginOfError: null };
  return { hidden: false, responses, answered: metric ? answered : null, value: h.value, marginOfError: h.marginOfError, _n: responses };
}

/**
 * Survey results. Anonymous surveys: any group (the whole filtered survey, a trend bucket, a
 * breakdown row) with fewer respondents than the workspace's threshold k shows no numbers; when one
 * row of a breakdown is hidden, the next smallest is hidden too, so it cannot be worked out by subtraction.
 */
export async function surveyResults(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string, q: Query): Promise<TSurveyResults> {
  authorize(auth.role, 'surveys.read');
  if (q.from && q.to && q.from > q.to) throw new AppError('validation_failed', '"from" is after "to"', { errors: [{ path: 'from', message: 'must be on or before "to"', location: 'querystring' }] });
  const s = await loadSurveyRow(tx, surveyId);
  const metric = metricOf(s.kind);
  const k = s.anonymous ? await anonymityThreshold(tx) : null;
  const rolled = await ensureRollup(tx, surveyId);
  const sets = await cells(tx, surveyId, rolled, q);
  const all = sets.day;
  const whole = group(metric, all, k);
  const [rec] = await queryRows<{ recipients: number; used: number }>(
    tx,
    sql`SELECT count(*)::int AS recipients, count(*) FILTER (WHERE used)::int AS used FROM survey_recipients WHERE survey_id = ${surveyId}`,
  );
  const base = { surveyId, metric, anonymityThreshold: k, recipients: rec!.recipients };
  if (whole.hidden) {
    return { ...base, enough: false, responses: null, responseRate: null, skipRate: null, summary: null, distribution: [], trend: [], breakdowns: { segment: [], department: [], channel: [], product: [] }, openTexts: [] };
  }
  const { counts } = sumCells(all);
  const scale = metric ? metricScale(metric) : null;
  const strip = <T extends { _n: number }>({ _n, ...g }: T) => g;

  const periodOf = (day: string) => (q.groupBy === 'month' ? day.slice(0, 7) : weekOf(day));
  const byPeriod = new Map<string, Cell[]>();
  for (const c of all) push(byPeriod, periodOf(c.day), c);
  const trend = [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, list]) => ({ period, ...strip(group(metric, list, k)) }));

  const labels = await dimensionLabels(tx, [...sets.department, ...sets.product]);
  const breakdown = (dim: 'segment' | 'department' | 'channel' | 'product') => {
    const by = new Map<string, Cell[]>();
    for (const c of sets[dim]) push(by, c[dim], c);
    const rows = [...by.entries()].map(([key, list]) => ({ key, label: labels[dim].get(key) ?? key, ...group(metric, list, k) }));
    // Complementary suppression: one hidden row could be computed as total minus the others.
    if (k !== null && rows.filter((r) => r.hidden).length === 1 && rows.length > 1) {
      const smallest = rows.filter((r) => !r.hidden).sort((a, b) => a._n - b._n)[0]!;
      Object.assign(smallest, { hidden: true, responses: null, answered: null, value: null, marginOfError: null });
    }
    return rows.sort((a, b) => b._n - a._n).map(strip);
  };

  const n = nps(counts);
  const c = csat(counts);
  const e = ces(counts);
  const h = metric ? headline(metric, counts) : null;
  const answered = whole.answered ?? 0;
  return {
    ...base,
    enough: true,
    responses: whole.responses,
    responseRate: rec!.recipients > 0 ? rec!.used / rec!.recipients : null,
    skipRate: metric && whole.responses ? (whole.responses - answered) / whole.responses : null,
    summary: metric
      ? {
          n: h!.n,
          value: h!.value,
          marginOfError: h!.marginOfError,
          nps: metric === 'nps' || metric === 'enps' ? { promoters: n.promoters, passives: n.passives, detractors: n.detractors, adjusted: n.adjusted } : null,
          csat: metric === 'csat' || metric === 'internal_csat' ? { satisfied: c.hits } : null,
          ces: metric === 'ces' ? { easyPercent: e.easy.percent, easyMarginOfError: e.easy.marginOfError } : null,
        }
      : null,
    distribution: scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({ value: scale.min + i, count: counts[scale.min + i] ?? 0 })) : [],
    trend,
    breakdowns: { segment: breakdown('segment'), department: breakdown('department'), channel: breakdown('channel'), product: breakdown('product') },
    openTexts: await openTexts(tx, surveyId, q, s.anonymous),
  };
}

async function dimensionLabels(tx: WorkspaceTx, all: Cell[]) {
  const ids = (dim: 'department' | 'product') => [...new Set(all.map((c) => c[dim]).filter((v) => v !== ''))];
  const deps = ids('department');
  const prods = ids('product');
  const depRows = deps.length ? await queryRows<{ id: string; name: string }>(tx, sql`SELECT id::text, name FROM departments WHERE id = ANY(${sqlArray(deps, 'uuid')})`) : [];
  const prodRows = prods.length ? await queryRows<{ id: string; name: string }>(tx, sql`SELECT id::text, name FROM products WHERE id = ANY(${sqlArray(prods, 'uuid')})`) : [];
  return {
    department: new Map(depRows.map((r) => [r.id, r.name])),
    product: new Map(prodRows.map((r) => [r.id, r.name])),
    segment: new Map<string, string>(),
    channel: new Map<string, string>(),
  };
}

/** The latest open-text answers of the (filtered) group with the response's metric score. */
async function openTexts(tx: WorkspaceTx, surveyId: string, q: Query, anonymous: boolean) {
  const w = filters(q, { department: sql`department_id::text`, segment: sql`segment`, product: sql`product_id::text` });
  const rows = await queryRows<{ question_id: string; text: string; score: number | null; day: string; submitted_at: string }>(
    tx,
    sql`SELECT a.question_id, a.text, r.score, r.day::text AS day, r.submitted_at
        FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id AND a.text IS NOT NULL
        WHERE r.survey_id = ${surveyId} AND r.has_text ${w.length ? sql`AND ${sql.join(w.map((f) => sql`r.${f}`), sql` AND `)}` : sql``}
        ORDER BY r.submitted_at DESC, r.id DESC LIMIT 50`,
  );
  // Anonymous answers come in a shuffled order within the page, so their order says nothing about who answered when.
  const list = rows.map((r) => ({ questionId: r.question_id, text: r.text, score: r.score === null ? null : Number(r.score), day: r.day }));
  return anonymous ? list.sort((a, b) => b.day.localeCompare(a.day) || a.text.localeCompare(b.text)) : list;
}
