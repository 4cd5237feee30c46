import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('surveys', { timeout: 120_000 }, () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let api: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    api = withApiKey(t.app, ws.apiKey);
  });
  afterAll(() => t.close());

  const create = async (body: Record<string, unknown>) => {
    const res = await owner.request('POST', '/api/v1/surveys', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; publicId: string; questions: { id: string }[]; metricQuestionId: string | null };
  };
  const activate = async (id: string) => expect((await owner.request('PATCH', `/api/v1/surveys/${id}`, { status: 'active' })).statusCode).toBe(200);
  const results = async (id: string, query = '') => {
    const res = await owner.request('GET', `/api/v1/surveys/${id}/results${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** Insert responses straight into the table (large, dated samples), as the API would store them. */
  const seed = async (surveyId: string, rows: { score: number | null; day: string; department?: string | null; channel?: string; segment?: string | null; text?: string }[]) => {
    await t.database.inWorkspace({ workspaceId: ws.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null }, async (tx) => {
      for (const r of rows) {
        const [x] = await queryRows<{ id: string }>(
          tx,
          sql`INSERT INTO survey_responses (workspace_id, survey_id, submitted_at, day, channel, score, has_text, department_id, segment)
              VALUES (${ws.workspaceId}, ${surveyId}, ${r.day}::date + time '10:00', ${r.day}::date, ${r.channel ?? 'link'}, ${r.score}, ${Boolean(r.text)}, ${r.department ?? null}, ${r.segment ?? null}) RETURNING id`,
        );
        if (r.text) await tx.execute(sql`INSERT INTO survey_answers (workspace_id, response_id, question_id, survey_id, text) VALUES (${ws.workspaceId}, ${x!.id}, 'change', ${surveyId}, ${r.text})`);
      }
    });
  };

  it('builds surveys from templates and from scratch; questions change only while draft', async () => {
    const templates = (await owner.request('GET', '/api/v1/surveys/templates')).json().data;
    expect(templates.map((x: { id: string }) => x.id)).toEqual(['customer_nps', 'post_purchase_csat', 'support_ces', 'employee_enps', 'internal_service_csat']);
    const s = await create({ name: 'NPS quý 4', template: 'customer_nps' });
    expect(s).toMatchObject({ kind: 'nps', status: 'draft', anonymous: false, metricQuestionId: 'recommend', publicUrl: expect.stringContaining(`/s/p/${s.publicId}`) });

    // Builder validation names the field.
    const dup = await owner.request('POST', '/api/v1/surveys', { name: 'x', kind: 'custom', questions: [{ id: 'a', type: 'short_text', text: { vi: 'A' } }, { id: 'a', type: 'long_text', text: { vi: 'B' } }] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].path).toBe('questions.1.id');
    const forward = await owner.request('POST', '/api/v1/surveys', {
      name: 'x',
      kind: 'nps',
      questions: [
        { id: 'why', type: 'long_text', text: { vi: 'Vì sao?' }, showIf: { questionId: 'score', op: 'lte', value: 6 } },
        { id: 'score', type: 'nps', text: { vi: 'Điểm?' } },
      ],
    });
    expect(forward.json().errors[0].path).toBe('questions.0.showIf.questionId');
    const badRange = await owner.request('POST', '/api/v1/surveys', { name: 'x', kind: 'csat', questions: [{ id: 's', type: 'csat', text: { vi: 'S' } }, { id: 't', type: 'short_text', text: { vi: 'T' }, showIf: { questionId: 's', op: 'eq', value: 9 } }] });
    expect(badRange.json().errors[0].path).toBe('questions.1.showIf.value');
    const noOptions = await owner.request('POST', '/api/v1/surveys', { name: 'x', kind: 'custom', questions: [{ id: 'c', type: 'single_choice', text: { vi: 'C' } }] });
    expect(noOptions.json().errors[0].path).toBe('questions.0.options');

    // A metric survey goes live only with its metric question.
    const empty = await create({ name: 'Trống', kind: 'ces', questions: [{ id: 'note', type: 'short_text', text: { vi: 'Ghi chú' } }] });
    const refused = await owner.request('PATCH', `/api/v1/surveys/${empty.id}`, { status: 'active' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('questions');

    await activate(s.id);
    const locked = await owner.request('PATCH', `/api/v1/surveys/${s.id}`, { questions: [] });
    expect(locked.statusCode).toBe(422);
    expect(locked.json().errors[0].path).toBe('questions');
    expect((await owner.request('PATCH', `/api/v1/surveys/${s.id}`, { name: 'NPS quý 4/2026' })).json().name).toBe('NPS quý 4/2026');
    expect((await owner.request('PATCH', `/api/v1/surveys/${s.id}`, { status: 'draft' })).statusCode).toBe(422);
    const list = (await owner.request('GET', '/api/v1/surveys?limit=1')).json();
    expect(list.data).toHaveLength(1);
    expect((await owner.request('GET', `/api/v1/surveys?limit=1&cursor=${list.nextCursor}`)).json().data).toHaveLength(1);
    const viewer = await buildMember(t.database, ws.workspaceId, 'viewer');
    const v = await signIn(t.app, viewer.email, viewer.password);
    expect((await v.request('GET', `/api/v1/surveys/${s.id}`)).statusCode).toBe(200);
    expect((await v.request('POST', '/api/v1/surveys', { name: 'x', template: 'customer_nps' })).statusCode).toBe(403);
  });

  it('validates API responses strictly: own questions, ranges, required unless skipped by logic', async () => {
    const s = await create({ name: 'Sau mua hàng', template: 'post_purchase_csat' });
    const post = (body: Record<string, unknown>) => api.request('POST', `/api/v1/surveys/${s.id}/responses`, body);
    expect((await post({ answers: { satisfaction: 5 } })).statusCode).toBe(422); // still a draft
    await activate(s.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ satisfaction: 6 }, 'answers.satisfaction'],
      [{ satisfaction: 4.5 }, 'answers.satisfaction'],
      [{ satisfaction: '5' }, 'answers.satisfaction'],
      [{ satisfaction: 5, hacker: 'x' }, 'answers.hacker'],
      [{ comment: 'thiếu điểm' }, 'answers.satisfaction'],
      [{ satisfaction: 5, aspect: ['price', 'nope'] }, 'answers.aspect'],
      [{ satisfaction: 5, aspect: ['price', 'price'] }, 'answers.aspect'],
      // "aspect" shows only for 4–5: answering it after a 2 is refused
      [{ satisfaction: 2, aspect: ['price'] }, 'answers.aspect'],
      [{ satisfaction: 5, comment: 'x'.repeat(5001) }, 'answers.comment'],
    ];
    for (const [answers, path] of cases) {
      const res = await post({ answers });
      expect(res.statusCode, JSON.stringify(answers)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await post({ answers: { satisfaction: 5 }, extra: 1 })).statusCode).toBe(400);
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Phạm Thị Khách', customerType: 'business' })).json();
    expect((await post({ answers: { satisfaction: 5 }, personId: '01900000-0000-7000-8000-000000000000' })).json().errors[0].path).toBe('personId');
    const ok = await post({ answers: { satisfaction: 5, aspect: ['price', 'delivery'], comment: '  Giao nhanh, đóng gói cẩn thận  ' }, personId: person.id, channel: 'chatbot' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ score: 5, thankYou: expect.stringContaining('Cảm ơn') });
    const [row] = await queryRows<{ score: number; person_id: string; segment: string; channel: string }>(t.database.system, sql`SELECT score, person_id, segment, channel FROM survey_responses WHERE id = ${ok.json().id}`);
    expect(row).toMatchObject({ score: 5, person_id: person.id, segment: 'business', channel: 'chatbot' });
    const answers = await queryRows<{ question_id: string; num: number | null; choices: string[] | null; text: string | null }>(
      t.database.system,
      sql`SELECT question_id, num, choices, text FROM survey_answers WHERE response_id = ${ok.json().id} ORDER BY question_id`,
    );
    expect(answers).toEqual([
      { question_id: 'aspect', num: null, choices: ['price', 'delivery'], text: null },
      { question_id: 'comment', num: null, choices: null, text: 'Giao nhanh, đóng gói cẩn thận' },
      { question_id: 'satisfaction', num: 5, choices: null, text: null },
    ]);
    // Skipped by logic: a 2 without "aspect" is fine; the response reaches the person's timeline.
    expect((await post({ answers: { satisfaction: 2 }, personId: person.id })).statusCode).toBe(201);
    const timeline = (await owner.request('GET', `/api/v1/timeline?personId=${person.id}&kinds=survey_response`)).json().data;
    expect(timeline).toHaveLength(2);
    expect(timeline[1]).toMatchObject({ kind: 'survey_response', title: 'Sau mua hàng', data: expect.objectContaining({ score: 5, texts: ['Giao nhanh, đóng gói cẩn thận'] }) });
  });

  it('personal links answer once (HTML form and JSON), render in vi/en, and are rate limited per token', async () => {
    const s = await create({ name: 'Khảo sát CES', template: 'support_ces' });
    await activate(s.id);
    const a = (await owner.request('POST', '/api/v1/people', { fullName: 'Nguyễn Văn An' })).json();
    const b = (await owner.request('POST', '/api/v1/people', { fullName: 'Lê Thị Bình' })).json();
    const issued = await owner.request('POST', `/api/v1/surveys/${s.id}/links`, { personIds: [a.id, b.id] });
    expect(issued.statusCode, issued.body).toBe(200);
    const links = issued.json().links as { personId: string; url: string }[];
    const path = (personId: string) => new URL(links.find((l) => l.personId === personId)!.url).pathname;

    const page = await t.app.inject({ method: 'GET', url: path(a.id), headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Hello Nguyễn Văn An');
    expect(page.body).toContain('The company made it easy for me');
    expect(page.body.length).toBeLessThan(12_000);
    expect((await t.app.inject({ method: 'GET', url: `${path(a.id)}?lang=vi` })).body).toContain('Chúng tôi đã giúp anh/chị');

    // A plain form post (no JS): a hidden question's answer is dropped; a missing required one re-renders the form.
    const form = (url: string, body: string) => t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
    const missing = await form(path(a.id), 'lang=vi&q_hard=abc');
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('role="alert"');
    const done = await form(path(a.id), 'lang=vi&q_easy=6&q_hard=kh%C3%B4ng');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.body).toContain('Cảm ơn anh/chị!');
    const again = await form(path(a.id), 'lang=en&q_easy=7');
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('already answered');
    const [r] = await queryRows<{ score: number; person_id: string; n: string }>(t.database.system, sql`SELECT score, person_id, (SELECT count(*)::int FROM survey_answers WHERE response_id = r.id) AS n FROM survey_responses r WHERE survey_id = ${s.id}`);
    expect(r).toMatchObject({ score: 6, person_id: a.id, n: 1 }); // "hard" was hidden (6 > 4): dropped

    // JSON: the second submit is a 409 problem, even when two race.
    const json = (url: string, answers: Record<string, unknown>) => t.app.inject({ method: 'POST', url, payload: { answers } });
    const [x, y] = await Promise.all([json(path(b.id), { easy: 2, hard: 'Phải gọi 3 lần' }), json(path(b.id), { easy: 3 })]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect((await json(path(b.id), { easy: 2 })).json().code).toBe('conflict');
    expect((await t.app.inject({ method: 'GET', url: path(b.id) })).body).toContain('đã trả lời');
    expect((await t.app.inject({ method: 'GET', url: '/s/AAAAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);

    // Re-issuing keeps used links used and replaces unused tokens.
    const c = (await owner.request('POST', '/api/v1/people', { fullName: 'Trần Cường' })).json();
    const first = (await owner.request('POST', `/api/v1/surveys/${s.id}/links`, { personIds: [c.id] })).json().links[0].url;
    const second = (await owner.request('POST', `/api/v1/surveys/${s.id}/links`, { personIds: [a.id, c.id] })).json().links;
    expect(second).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: new URL(first).pathname })).statusCode).toBe(404);
    const fresh = new URL(second[0].url).pathname;

    // Per token: 20 a minute; other tokens from the same IP (an office) are not affected.
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await t.app.inject({ method: 'GET', url: fresh })).statusCode;
    expect(last).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: path(a.id) })).statusCode).toBe(200);
    const res = await owner.request('GET', `/api/v1/surveys/${s.id}/results`);
    expect(res.json()).toMatchObject({ recipients: 3, responseRate: 2 / 3, responses: 2 });
  });

  it('open link and web widget (CORS), body limit and per-IP limit', async () => {
    const s = await create({ name: 'Góp ý website', template: 'customer_nps' });
    await activate(s.id);
    const js = await t.app.inject({ method: 'GET', url: '/widget.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    const pre = await t.app.inject({ method: 'OPTIONS', url: `/api/v1/public/surveys/${s.publicId}/responses`, headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    const def = await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${s.publicId}?lang=en` });
    expect(def.json().question).toMatchObject({ id: 'recommend', min: 0, max: 10, text: expect.stringContaining('recommend') });
    const post = (answers: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/v1/public/surveys/${s.publicId}/responses`, payload: { answers } });
    const ok = await post({ recommend: 9 });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect((await post({ recommend: 9, improve: 'x' })).json().errors[0].path).toBe('answers.improve'); // the widget asks one question
    expect((await post({ recommend: 11 })).statusCode).toBe(400);
    const big = await t.app.inject({ method: 'POST', url: `/api/v1/public/surveys/${s.publicId}/responses`, payload: { answers: { recommend: 9, pad: 'x'.repeat(40_000) } } });
    expect(big.statusCode).toBe(413);
    // Open link (form) page.
    const open = await t.app.inject({ method: 'POST', url: `/s/p/${s.publicId}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'q_recommend=3&q_improve=Gi%C3%A1+cao' });
    expect(open.statusCode, open.body).toBe(200);
    const draft = await create({ name: 'Nháp', template: 'customer_nps' });
    expect((await t.app.inject({ method: 'GET', url: `/s/p/${draft.publicId}` })).statusCode).toBe(404);
    const r = await results(s.id);
    expect(r.breakdowns.channel.map((c: { key: string }) => c.key).sort()).toEqual(['link', 'widget']);
    expect(r.openTexts).toEqual([{ questionId: 'improve', text: 'Giá cao', score: 3, day: expect.any(String) }]);
    // Per IP: generous (1,200 page views a minute), then 429.
    let status = 0;
    for (let i = 0; i < 1201 && status !== 429; i++) status = (await t.app.inject({ method: 'GET', url: '/s/p/nothing-here', remoteAddress: '203.0.113.7' })).statusCode;
    expect(status).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: '/s/p/nothing-here', remoteAddress: '203.0.113.8' })).statusCode).toBe(404);
    // Without TRUST_PROXY a forged X-Forwarded-For does not lift the limit.
    expect((await t.app.inject({ method: 'GET', url: '/s/p/nothing-here', remoteAddress: '203.0.113.7', headers: { 'x-forwarded-for': '198.51.100.1' } })).statusCode).toBe(429);
  });

  it('computes NPS with Wald and adjusted-Wald intervals (n=200, P=100, D=40), skip rate, trend and roll-up', async () => {
    const s = await create({ name: 'NPS mẫu', template: 'customer_nps' });
    await activate(s.id);
    const days = ['2026-09-01', '2026-09-08', '2026-10-05'];
    const rows = [
      ...Array.from({ length: 100 }, (_, i) => ({ score: 9 + (i % 2), day: days[i % 3]! })),
      ...Array.from({ length: 60 }, (_, i) => ({ score: 7 + (i % 2), day: days[i % 3]! })),
      ...Array.from({ length: 40 }, (_, i) => ({ score: i % 7, day: days[i % 3]! })),
      ...Array.from({ length: 10 }, () => ({ score: null, day: days[0]! })),
    ];
    await seed(s.id, rows);
    const r = await results(s.id);
    expect(r).toMatchObject({ enough: true, metric: 'nps', responses: 210, anonymityThreshold: null });
    expect(r.summary.n).toBe(200);
    expect(r.summary.value).toBeCloseTo(30, 6);
    expect(r.summary.marginOfError).toBeCloseTo(10.8, 1);
    expect(r.summary.nps).toMatchObject({ promoters: 100, passives: 60, detractors: 40 });
    expect(r.summary.nps.adjusted.score).toBeCloseTo(29.6, 1);
    expect(r.summary.nps.adjusted.low).toBeCloseTo(18.8, 1);
    expect(r.summary.nps.adjusted.high).toBeCloseTo(40.3, 1);
    expect(r.skipRate).toBeCloseTo(10 / 210, 6);
    expect(r.distribution).toHaveLength(11);
    expect(r.distribution.reduce((a: number, d: { count: number }) => a + d.count, 0)).toBe(200);
    expect(r.trend.map((x: { period: string }) => x.period)).toEqual(['2026-08-31', '2026-09-07', '2026-10-05']);
    expect((await results(s.id, '?groupBy=month')).trend.map((x: { period: string }) => x.period)).toEqual(['2026-09', '2026-10']);
    // Closed days were rolled up; a second read gives the same numbers from the roll-up.
    const [st] = await queryRows<{ n: string }>(t.database.system, sql`SELECT sum(responses) AS n FROM survey_daily_stats WHERE survey_id = ${s.id}`);
    expect(Number(st!.n)).toBe(210);
    const again = await results(s.id);
    expect(again.summary).toEqual(r.summary);
    const sept = await results(s.id, '?from=2026-09-01&to=2026-09-30');
    expect(sept.responses).toBe(Math.round(0) + rows.filter((x) => x.day.startsWith('2026-09')).length);
    expect((await owner.request('GET', `/api/v1/surveys/${s.id}/results?from=2026-10-01&to=2026-09-01`)).statusCode).toBe(400);
  });

  it('anonymous pulses: no link to the employee, threshold k through every route and filter', async () => {
    const hr = owner;
    const deptA = (await hr.request('POST', '/api/v1/departments', { name: 'Kế toán' })).json();
    const deptB = (await hr.request('POST', '/api/v1/departments', { name: 'Kinh doanh' })).json();
    const employees: string[] = [];
    for (let i = 0; i < 9; i++) {
      const e = await hr.request('POST', '/api/v1/employees', { fullName: `Nhân viên ${i}`, departmentId: i < 3 ? deptA.id : deptB.id, startDate: '2024-01-01' });
      expect(e.statusCode, e.body).toBe(201);
      employees.push(e.json().id);
    }
    const s = await create({ name: 'eNPS tháng 11', template: 'employee_enps' });
    expect(s).toMatchObject({ anonymous: true });
    await activate(s.id);
    const links = (await owner.request('POST', `/api/v1/surveys/${s.id}/links`, { audience: true })).json();
    expect(links.issued).toBe(9);
    // Audience links are not returned; issue explicit ones to answer with.
    const mine = (await owner.request('POST', `/api/v1/surveys/${s.id}/links`, { employeeIds: employees })).json().links as { employeeId: string; url: string }[];
    const answer = async (i: number, score: number, change?: string) => {
      const url = new URL(mine.find((l) => l.employeeId === employees[i])!.url).pathname;
      const res = await t.app.inject({ method: 'POST', url, payload: { answers: { recommend: score, ...(change ? { change } : {}) } } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    // An older response (January, department B), as a pulse of earlier months would have left.
    await seed(s.id, [{ score: 3, day: '2026-01-05', department: deptB.id, text: 'Áp lực' }]);
    const firstId = await answer(0, 9, 'Cần thêm máy tính');
    for (let i = 1; i < 3; i++) await answer(i, 5 + i);

    // Nothing links the response back: no person/employee, random id, day-start time, token used without a time.
    const [row] = await queryRows<{ person_id: string | null; employee_id: string | null; submitted_at: Date; department_id: string; id: string }>(
      t.database.system,
      sql`SELECT person_id, employee_id, submitted_at, department_id, id::text FROM survey_responses WHERE id = ${firstId}`,
    );
    expect(row).toMatchObject({ person_id: null, employee_id: null, department_id: deptA.id });
    expect(row!.id[14]).toBe('4'); // UUIDv4, not time-ordered
    expect(new Date(row!.submitted_at).getUTCHours()).toBe(17); // 00:00 in Vietnam
    const tokens = await queryRows<{ used: boolean; responded_at: Date | null }>(t.database.system, sql`SELECT used, responded_at FROM survey_recipients WHERE survey_id = ${s.id} AND used`);
    expect(tokens).toHaveLength(3);
    expect(tokens.every((x) => x.responded_at === null)).toBe(true);
    const audit = await queryRows(t.database.system, sql`SELECT 1 FROM audit_events WHERE entity_type IN ('survey_responses', 'survey_answers', 'survey_recipients')`);
    expect(audit).toHaveLength(0);

    // 4 respondents < k = 5: nothing, by any route.
    const hidden = await results(s.id);
    expect(hidden).toMatchObject({ enough: false, responses: null, summary: null, trend: [], openTexts: [], distribution: [], responseRate: null });
    expect(JSON.stringify(hidden.breakdowns)).toBe(JSON.stringify({ segment: [], department: [], channel: [], product: [] }));
    const csv = await owner.request('GET', `/api/v1/surveys/${s.id}/results/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('not enough responses');
    expect(csv.body).not.toContain('Cần thêm máy tính');

    for (let i = 3; i < 9; i++) await answer(i, 10);
    // 10 in all: shown. Department A has 3 (< 5): hidden, and B (7) too, since A = total − B otherwise.
    const shown = await results(s.id);
    expect(shown).toMatchObject({ enough: true, responses: 10, anonymityThreshold: 5 });
    expect(shown.openTexts).toEqual([expect.objectContaining({ text: 'Cần thêm máy tính', score: 9 }), expect.objectContaining({ text: 'Áp lực', score: 3 })]);
    const dep = shown.breakdowns.department;
    expect(dep).toHaveLength(2);
    expect(dep.every((d: { hidden: boolean; value: unknown }) => d.hidden && d.value === null)).toBe(true);
    // Filters that narrow below k: department A, a segment, a period, a channel.
    for (const q of [`?departmentId=${deptA.id}`, '?segment=nobody', '?from=2020-01-01&to=2020-01-31', '?channel=widget']) {
      const r = await results(s.id, q);
      expect(r, q).toMatchObject({ enough: false, summary: null, openTexts: [], trend: [] });
      const e = await owner.request('GET', `/api/v1/surveys/${s.id}/results/export${q}`);
      expect(e.body, q).toContain('not enough responses');
      expect(e.body).not.toContain('Cần thêm');
    }
    // Department B alone has 7 ≥ 5: shown when filtered to it, without A's open text.
    const b = await results(s.id, `?departmentId=${deptB.id}`);
    expect(b).toMatchObject({ enough: true, responses: 7, openTexts: [expect.objectContaining({ text: 'Áp lực' })] });
    // Trend buckets below k are hidden: January's single response.
    const trend = shown.trend;
    expect(trend[0]).toMatchObject({ period: '2026-01-05', hidden: true, value: null, responses: null });

    // The threshold is a workspace setting: raise it, never below 3.
    expect((await owner.request('PUT', '/api/v1/surveys/settings', { anonymityThreshold: 2 })).json().errors[0].path).toBe('anonymityThreshold');
    expect((await owner.request('PUT', '/api/v1/surveys/settings', { anonymityThreshold: 12 })).statusCode).toBe(200);
    expect((await results(s.id)).enough).toBe(false);
    expect((await owner.request('GET', '/api/v1/surveys/settings')).json()).toEqual({ anonymityThreshold: 12 });
    await owner.request('PUT', '/api/v1/surveys/settings', { anonymityThreshold: 5 });
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    expect((await (await signIn(t.app, staff.email, staff.password)).request('PUT', '/api/v1/surveys/settings', { anonymityThreshold: 7 })).statusCode).toBe(403);
  });
});
