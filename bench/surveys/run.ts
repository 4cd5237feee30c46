/**
 * Surveys benchmark (see bench/README.md):
 * 1. the public response endpoint (`POST /s/p/<publicId>`, JSON, as a kiosk or the open link sends it)
 *    at CLIENTS and at 4×CLIENTS concurrent clients — target ≥ 2,000 responses/s with p99 < 100 ms —
 *    beside a bare Fastify "hello" and Tandem's /health measured in the same run;
 * 2. `GET /api/v1/surveys/:id/results` for a survey with RESPONSES (default 1,000,000) responses,
 *    generated with INSERT … SELECT over 180 days — target < 200 ms — the first (cold) read, which rolls
 *    the closed days up, and then warm reads, unfiltered and filtered.
 *
 *   npm run bench:surveys        (RESPONSES, CLIENTS, DURATION, REQUESTS, N people, DATABASE_URL, --keep)
 */
import http from 'node:http';
import { ZCreateSurveyRequest } from '@tandem/shared';
import { createSurvey, updateSurvey } from '../../server/src/modules/surveys/surveys.service';
import type { WorkspaceAuth } from '../../server/src/platform/auth/authenticate';
import { cpuCells, measureFloor, memoryLine, setUp, statsCells } from '../lib/harness';
import { measure, ms, table, type Stats } from '../lib/load';

// The survey tables do not depend on how many people there are: a small registry keeps set-up quick.
process.env.N ??= '2000';
const RESPONSES = Number((process.env.RESPONSES ?? '1000000').replace(/_/g, ''));
const TARGET_RPS = 2000;
const TARGET_P99_MS = 100;
const TARGET_RESULTS_MS = 200;

/** Keep-alive JSON POSTs; each request comes from its own client address (X-Forwarded-For), as real respondents do. */
function poster(origin: string, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const post = (path: string, body: string, ip: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(new URL(path, origin), { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': ip } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`POST ${path}: ${res.statusCode} ${text.slice(0, 300)}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

async function main() {
  const bench = await setUp(`Surveys benchmark: public responses ≥ ${TARGET_RPS}/s with p99 < ${TARGET_P99_MS} ms; results of ${RESPONSES.toLocaleString('en')} responses < ${TARGET_RESULTS_MS} ms`);
  const { db } = bench;
  const auth: WorkspaceAuth = { workspaceId: db.workspaceId, role: 'owner', userId: null, apiKeyId: null };
  const scope = { workspaceId: db.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null };
  try {
    const make = (name: string) =>
      db.tandem.inWorkspace(scope, async (tx) => {
        const s = await createSurvey(tx, auth, ZCreateSurveyRequest.parse({ name, template: 'customer_nps' }));
        return updateSurvey(tx, auth, s.id, { status: 'active' });
      });
    const big = await make('NPS 1M');
    const live = await make('NPS load');

    // ---- 1M responses, generated in the database ----
    const t0 = performance.now();
    await db.tandem.query(
      `INSERT INTO survey_responses (workspace_id, id, survey_id, submitted_at, day, channel, score, has_text, segment, language)
       SELECT $1, gen_random_uuid(), $2, ts, ((ts AT TIME ZONE 'UTC') + interval '7 hours')::date,
         (ARRAY['link','email','widget','api'])[1 + (g % 4)],
         CASE WHEN g % 20 = 0 THEN NULL ELSE (ARRAY[0,1,2,3,4,5,6,7,7,8,8,8,9,9,9,9,10,10,10,10])[1 + (hashint4(g) & 2147483647) % 20] END,
         g % 25 = 0, (ARRAY['consumer','business','public_body','international'])[1 + (g / 7) % 4], 'vi'
       FROM generate_series(1, $3::int) g, LATERAL (SELECT now() - interval '1 day' - (g::float / $3 * interval '180 days') AS ts) t`,
      [db.workspaceId, big.id, RESPONSES],
    );
    await db.tandem.query(
      `INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, num, text)
       SELECT workspace_id, id, 'recommend', survey_id, score, NULL FROM survey_responses WHERE survey_id = $1 AND score IS NOT NULL
       UNION ALL
       SELECT workspace_id, id, 'improve', survey_id, NULL, 'Giao hàng chậm, nhân viên hỗ trợ nhiệt tình' FROM survey_responses WHERE survey_id = $1 AND has_text`,
      [big.id],
    );
    await db.tandem.query('VACUUM ANALYZE survey_responses');
    await db.tandem.query('VACUUM ANALYZE survey_answers');
    console.log(`Generated ${RESPONSES.toLocaleString('en')} responses (+ answers) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

    // ---- results ----
    const resultsPath = (q = '') => `/api/v1/surveys/${big.id}/results${q}`;
    const timed = async (path: string) => {
      const s = performance.now();
      const body = JSON.parse(await bench.api.get(path)) as { responses: number; summary: { value: number; marginOfError: number } };
      return { ms: performance.now() - s, body };
    };
    const cold = await timed(resultsPath());
    console.log(`Results, first read (rolls up ${cold.body.responses.toLocaleString('en')} responses of closed days): ${ms(cold.ms)} ms — NPS ${cold.body.summary.value.toFixed(1)} ± ${cold.body.summary.marginOfError.toFixed(2)}`);
    if (process.env.EXPLAIN === '1') {
      const { surveyResults } = await import('../../server/src/modules/surveys/results.service');
      const { ZSurveyResultsQuery } = await import('@tandem/shared');
      await bench.explain('results', await bench.capture((tx, a) => surveyResults(tx, a, big.id, ZSurveyResultsQuery.parse({ segment: 'business' }))));
    }
    const resultRows: (string | number)[][] = [];
    const resultRun = async (name: string, path: string) => {
      const stats = await measure({ ...bench.plan, clients: 4, requests: 2000 }, async () => void (await bench.api.get(path)), bench.cpu);
      resultRows.push([name, path.replace(`/api/v1/surveys/${big.id}`, '…'), ...statsCells(stats), stats.p95 < TARGET_RESULTS_MS ? 'ok' : 'MISS', ...cpuCells(stats)]);
    };
    await resultRun('all, by week', resultsPath());
    await resultRun('by month, segment filter', resultsPath('?groupBy=month&segment=business'));
    await resultRun('one quarter, channel filter', resultsPath('?from=2026-07-01&to=2026-09-30&channel=widget'));

    // ---- public response endpoint ----
    if (process.env.ONLY === 'results') {
      console.log(`\n${table(['results (4 clients)', 'query', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', `p95<${TARGET_RESULTS_MS}`, 'node ms/req', 'pg ms/req'], resultRows)}`);
      return;
    }
    const client = poster(bench.server.origin, bench.options.clients * 4);
    const responseRows: (string | number)[][] = [];
    const submit = (i: number) =>
      client.post(`/s/p/${live.publicId}`, JSON.stringify({ answers: i % 10 === 0 && i % 11 <= 8 ? { recommend: i % 11, improve: 'Cần cải thiện thời gian giao hàng' } : { recommend: i % 11 } }), `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    let best: Stats | null = null;
    for (const clients of [bench.options.clients, bench.options.clients * 4]) {
      const stats = await measure({ ...bench.plan, clients }, submit, bench.cpu);
      best = !best || stats.rps > best.rps ? stats : best;
      responseRows.push([`POST /s/p/:id, ${clients} clients`, `${stats.errors} errors`, ...statsCells(stats), stats.rps >= TARGET_RPS && stats.p99 < TARGET_P99_MS ? 'ok' : 'MISS', ...cpuCells(stats)]);
      console.log(`  measured responses at ${clients} clients`);
    }
    client.close();
    const stored = await db.tandem.query('SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1', [live.id]);

    const memory = memoryLine(bench);
    const floor = await measureFloor(bench);
    responseRows.unshift(['HTTP floor: bare Fastify', '/hello', ...statsCells(floor.hello)], ['HTTP floor: Tandem', '/health (no database)', ...statsCells(floor.health), '', ...cpuCells(floor.health)]);
    console.log(`\n${table(['public responses', '', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', `≥${TARGET_RPS}/s & p99<${TARGET_P99_MS}`, 'node ms/req', 'pg ms/req'], responseRows)}`);
    console.log(`(${Number(stored.rows[0]?.n).toLocaleString('en')} responses stored by the load runs)`);
    console.log(`\n${table(['results (4 clients)', 'query', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', `p95<${TARGET_RESULTS_MS}`, 'node ms/req', 'pg ms/req'], resultRows)}`);
    console.log(`Results first read (cold, with the roll-up of ${RESPONSES.toLocaleString('en')} responses): ${ms(cold.ms)} ms`);
    console.log(`\n${memory}`);
  } finally {
    await bench.close();
  }
}

await main();
