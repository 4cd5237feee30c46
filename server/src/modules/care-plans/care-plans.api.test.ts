import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../platform/db/database';
import { TEST_DB_KIND } from '../../test/database';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';
import { vietnamToday } from './care-plan-candidates';
import { evaluateAllCarePlans } from './care-plans.job';

const DAY = 86_400_000;
const today = vietnamToday();
const dayPlus = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

const taskRule = (over: Record<string, unknown> = {}) => ({
  name: 'Gọi cảm ơn',
  trigger: { type: 'record_created', days: 0 },
  task: { title: 'Gọi cho {{name}} ({{date}})', dueInDays: 2, priority: 'high' },
  enabled: true,
  ...over,
});

describe('care plans', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let key: Client;

  /** A fresh workspace per scenario, so each trigger is tested on its own people. */
  async function workspace() {
    const w = await buildWorkspace(t.database);
    return { w, c: await signIn(t.app, w.owner.email, w.owner.password) };
  }
  const person = async (c: Client, body: Record<string, unknown>) => {
    const res = await c.request('POST', '/api/v1/people', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const plan = async (c: Client, body: Record<string, unknown>) => {
    const res = await c.request('POST', '/api/v1/care-plans', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const run = async (c: Client, body: Record<string, unknown> = {}) => {
    const res = await c.request('POST', '/api/v1/care-plans/run', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { fired: number; rules: { id: string; fired: number }[] };
  };
  const sqlRows = async (text: string, values: unknown[] = []) => (await t.database.query(text, values)).rows;
  const tasksOf = async (workspaceId: string) =>
    sqlRows(`SELECT title, person_id, assignee_user_id, priority, source, source_key, due_at FROM tasks WHERE workspace_id = $1 AND source LIKE 'care_plan:%' ORDER BY title`, [workspaceId]);

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    key = withApiKey(t.app, ws.apiKey);
  });
  afterAll(() => t.close());

  it('creates, reads, lists, changes, switches on and off and deletes a rule', async () => {
    const created = await plan(owner, { ...taskRule(), enabled: false, audience: { lifecycleStages: ['customer'], tags: ['vip'] } });
    const got = (await owner.request('GET', `/api/v1/care-plans/${created.id}`)).json();
    expect(got).toMatchObject({
      name: 'Gọi cảm ơn',
      enabled: false,
      trigger: { type: 'record_created', days: 0, stage: null },
      audience: { lifecycleStages: ['customer'], customerTypes: [], tags: ['vip'], ownerUserIds: [] },
      task: { title: 'Gọi cho {{name}} ({{date}})', assignee: 'owner', dueInDays: 2, priority: 'high' },
      email: null,
      lastRunAt: null,
      firedTotal: 0,
    });
    expect((await owner.request('GET', '/api/v1/care-plans')).json().data.map((p: { id: string }) => p.id)).toContain(created.id);
    expect((await owner.request('POST', `/api/v1/care-plans/${created.id}/enable`)).json().enabled).toBe(true);
    expect((await owner.request('GET', '/api/v1/care-plans?enabled=true')).json().data.map((p: { id: string }) => p.id)).toContain(created.id);
    expect((await owner.request('POST', `/api/v1/care-plans/${created.id}/disable`)).json().enabled).toBe(false);
    const patched = (await owner.request('PATCH', `/api/v1/care-plans/${created.id}`, { name: 'Gọi hỏi thăm', trigger: { type: 'no_interaction', days: 90 } })).json();
    expect(patched).toMatchObject({ name: 'Gọi hỏi thăm', trigger: { type: 'no_interaction', days: 90 }, audience: { tags: ['vip'] }, task: { priority: 'high' } });
    // The rule's changes are in the audit trail.
    const events = (await owner.request('GET', `/api/v1/events?entityType=care_plans&entityId=${created.id}`)).json();
    expect(events.data.length).toBeGreaterThanOrEqual(3);
    expect((await owner.request('DELETE', `/api/v1/care-plans/${created.id}`)).statusCode).toBe(204);
    expect((await owner.request('GET', `/api/v1/care-plans/${created.id}`)).statusCode).toBe(404);
  });

  it('refuses bad rules with 400 naming the field, and keeps nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [taskRule({ trigger: { type: 'stage_changed', days: 0 } }), 'trigger.stage'],
      [taskRule({ trigger: { type: 'birthday', days: 0, stage: 'customer' } }), 'trigger.stage'],
      [taskRule({ trigger: { type: 'birthday', days: 90 } }), 'trigger.days'],
      [taskRule({ trigger: { type: 'record_created', days: -1 } }), 'trigger.days'],
      [taskRule({ trigger: { type: 'someday', days: 1 } }), 'trigger.type'],
      [taskRule({ task: null }), 'task'],
      [taskRule({ task: { title: 'Gọi {{product}}' } }), 'task.title'],
      [taskRule({ task: { title: 'Gọi {{name}' } }), 'task.title'],
      [taskRule({ task: { title: 'Gọi', assignee: 'user' } }), 'task.assigneeUserId'],
      [taskRule({ task: { title: 'Gọi', assignee: 'user', assigneeUserId: '0190aaaa-0000-7000-8000-000000000000' } }), 'task.assigneeUserId'],
      [taskRule({ audience: { ownerUserIds: ['0190aaaa-0000-7000-8000-000000000000'] } }), 'audience.ownerUserIds.0'],
      [taskRule({ audience: { lifecycleStages: ['vip'] } }), 'audience.lifecycleStages.0'],
      [taskRule({ email: { subject: 'Chào {{name}}', body: 'Mã {{code}}' } }), 'email.body'],
      [taskRule({ name: '' }), 'name'],
      [taskRule({ extra: 1 }), ''],
    ];
    const before = (await owner.request('GET', '/api/v1/care-plans?limit=200')).json().data.length;
    for (const [body, path] of cases) {
      const res = await owner.request('POST', '/api/v1/care-plans', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      if (path) expect(res.json().errors.map((e: { path: string }) => e.path), JSON.stringify(body)).toContain(path);
    }
    expect((await owner.request('GET', '/api/v1/care-plans?limit=200')).json().data.length).toBe(before);
    const id = (await plan(owner, taskRule({ enabled: false }))).id;
    const res = await owner.request('PATCH', `/api/v1/care-plans/${id}`, { trigger: { type: 'stage_changed', days: 1 } });
    expect(res.statusCode).toBe(400);
    expect((await owner.request('GET', `/api/v1/care-plans/${id}`)).json().trigger.type).toBe('record_created');
    expect((await owner.request('POST', '/api/v1/care-plans/run', { id })).statusCode).toBe(422);
  });

  it('lets staff and viewers read rules, managers write them, admins run them', async () => {
    const id = (await plan(owner, taskRule({ enabled: false }))).id;
    for (const role of ['staff', 'viewer', 'manager', 'admin'] as const) {
      const m = await buildMember(t.database, ws.workspaceId, role);
      const c = await signIn(t.app, m.email, m.password);
      expect((await c.request('GET', `/api/v1/care-plans/${id}`)).statusCode).toBe(200);
      const writes = role === 'manager' || role === 'admin';
      expect((await c.request('POST', '/api/v1/care-plans', taskRule({ enabled: false }))).statusCode, role).toBe(writes ? 201 : 403);
      expect((await c.request('PATCH', `/api/v1/care-plans/${id}`, { name: 'x' })).statusCode, role).toBe(writes ? 200 : 403);
      expect((await c.request('POST', '/api/v1/care-plans/preview', { trigger: { type: 'birthday', days: 0 } })).statusCode, role).toBe(writes ? 200 : 403);
      expect((await c.request('POST', '/api/v1/care-plans/run', {})).statusCode, role).toBe(role === 'admin' ? 200 : 403);
    }
    // An admin API key works too.
    expect((await key.request('GET', '/api/v1/care-plans')).statusCode).toBe(200);
  });

  it('record created: N days after creation, with the task filled in and assigned to the owner, once', async () => {
    const { w, c } = await workspace();
    const fresh = await person(c, { fullName: 'Nguyễn Văn Mới' });
    const old = await person(c, { fullName: 'Trần Thị Tuần Trước', ownerUserId: w.owner.userId });
    const ancient = await person(c, { fullName: 'Lê Cũ' });
    await t.database.query(`UPDATE people SET created_at = now() - interval '7 days' WHERE id = $1`, [old]);
    await t.database.query(`UPDATE people SET created_at = now() - interval '400 days' WHERE id = $1`, [ancient]);
    const rule = await plan(c, taskRule({ trigger: { type: 'record_created', days: 7 } }));
    const preview = (await c.request('POST', `/api/v1/care-plans/${rule.id}/preview`)).json();
    expect(preview).toMatchObject({ count: 1, sample: [{ personId: old, fullName: 'Trần Thị Tuần Trước', triggerDate: today }] });
    expect((await run(c)).fired).toBe(1);
    const tasks = await tasksOf(w.workspaceId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: `Gọi cho Trần Thị Tuần Trước (${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)})`,
      person_id: old,
      assignee_user_id: w.owner.userId,
      priority: 'high',
      source: `care_plan:${rule.id}`,
    });
    // Due in two days at 17:00 Vietnam time.
    expect(new Date(tasks[0]!.due_at as string).toISOString()).toBe(new Date(`${dayPlus(2)}T10:00:00Z`).toISOString());
    // On the customer's timeline.
    const timeline = (await c.request('GET', `/api/v1/timeline?personId=${old}&kinds=task`)).json();
    expect(timeline.data.map((i: { title: string }) => i.title)).toContain(tasks[0]!.title);
    expect((await run(c)).fired).toBe(0);
    expect((await evaluateAllCarePlans(t.database)).valueOf()).toBeGreaterThanOrEqual(0);
    expect(await tasksOf(w.workspaceId)).toHaveLength(1);
    const saved = (await c.request('GET', `/api/v1/care-plans/${rule.id}`)).json();
    expect(saved).toMatchObject({ firedTotal: 1, lastFired: 0 });
    expect(saved.lastRunAt).not.toBeNull();
    expect((await c.request('POST', `/api/v1/care-plans/${rule.id}/preview`)).json().count).toBe(0);
    const runs = (await c.request('GET', `/api/v1/care-plans/${rule.id}/runs`)).json();
    expect(runs.data).toMatchObject([{ personId: old, fullName: 'Trần Thị Tuần Trước', triggerDate: today, emailId: null }]);
    expect(runs.data[0].taskId).not.toBeNull();
    expect(fresh).not.toBe(ancient);
  });

  it('first purchase: N days after the first order that was not cancelled, never for later orders', async () => {
    const { w, c } = await workspace();
    const buyer = await person(c, { fullName: 'Phạm Mua Lần Đầu' });
    const repeat = await person(c, { fullName: 'Võ Mua Nhiều' });
    const cancelled = await person(c, { fullName: 'Đỗ Huỷ Đơn' });
    const order = (personId: string, daysAgo: number, status = 'paid', n = Math.floor(Math.random() * 1e6)) =>
      t.database.query(
        `INSERT INTO orders (workspace_id, number, buyer_person_id, ordered_at, status, subtotal, total) VALUES ($1, $2, $3, now() - make_interval(days => $4), $5, 100000, 100000)`,
        [w.workspaceId, n, personId, daysAgo, status],
      );
    await order(buyer, 3);
    await order(repeat, 60);
    await order(repeat, 3);
    await order(cancelled, 3, 'cancelled');
    const rule = await plan(c, taskRule({ name: 'Cảm ơn đơn đầu', trigger: { type: 'first_purchase', days: 3 }, task: { title: 'Hỏi thăm {{name}} sau đơn đầu' } }));
    const preview = (await c.request('POST', '/api/v1/care-plans/preview', { trigger: { type: 'first_purchase', days: 3 } })).json();
    expect(preview.count).toBe(1);
    expect((await run(c, { id: rule.id })).fired).toBe(1);
    expect((await tasksOf(w.workspaceId)).map((r) => r.title)).toEqual(['Hỏi thăm Phạm Mua Lần Đầu sau đơn đầu']);
    // A second order does not make a second "first purchase".
    await order(buyer, 0);
    expect((await run(c, { id: rule.id })).fired).toBe(0);
  });

  it('birthday: N days before, once a year; 29 February is celebrated on the 28th', async () => {
    const { w, c } = await workspace();
    const year = Number(today.slice(0, 4));
    await person(c, { fullName: 'Hoàng Sinh Nhật', birthday: `1990${dayPlus(2).slice(4)}` });
    await person(c, { fullName: 'Bùi Không Phải Hôm Nay', birthday: `1990${dayPlus(40).slice(4)}` });
    const leap = await person(c, { fullName: 'Ngô Nhuận', birthday: '2000-02-29' });
    await plan(c, taskRule({ name: 'Chúc mừng sinh nhật', trigger: { type: 'birthday', days: 2 }, task: { title: 'Tặng quà {{name}}' } }));
    expect((await run(c)).fired).toBe(1);
    expect((await run(c)).fired).toBe(0);
    expect((await tasksOf(w.workspaceId)).map((r) => r.title)).toEqual(['Tặng quà Hoàng Sinh Nhật']);
    // Next year it fires again (a new occurrence), and on an evaluation a few days late it catches up.
    expect((await run(c, { today: `${year + 1}${dayPlus(0).slice(4)}` })).fired).toBe(1);
    expect((await run(c, { today: `${year + 1}${dayPlus(3).slice(4)}` })).fired).toBe(0);
    // 28 February 2027 (not a leap year), two days before: the 26th.
    const leapRule = await plan(c, taskRule({ name: 'Sinh nhật 29/2', trigger: { type: 'birthday', days: 0 }, audience: { tags: [] }, task: { title: 'Chúc {{name}}' } }));
    const fired = await run(c, { id: leapRule.id, today: '2027-02-28' });
    expect(fired.fired).toBe(1);
    const runs = (await c.request('GET', `/api/v1/care-plans/${leapRule.id}/runs`)).json();
    expect(runs.data).toMatchObject([{ personId: leap, triggerKey: `birthday:${leap}:2027`, triggerDate: '2027-02-28' }]);
    expect((await run(c, { id: leapRule.id, today: '2028-02-29' })).fired).toBe(1);
  });

  it('no interaction: after N days of silence, once per silence; a new interaction starts a new one', async () => {
    const { w, c } = await workspace();
    const silent = await person(c, { fullName: 'Đặng Im Lặng' });
    const active = await person(c, { fullName: 'Lý Hay Gọi' });
    await t.database.query(`UPDATE people SET created_at = now() - interval '200 days' WHERE id = ANY($1::uuid[])`, [[silent, active]]);
    expect((await c.request('POST', '/api/v1/interactions', { kind: 'call', summary: 'Gọi hỏi thăm', personId: active, occurredAt: new Date(Date.now() - 10 * DAY).toISOString() })).statusCode).toBe(201);
    const rule = await plan(c, taskRule({ name: 'Hỏi thăm khách lâu không liên lạc', trigger: { type: 'no_interaction', days: 90 }, task: { title: 'Liên lạc lại {{name}}' } }));
    expect((await run(c)).fired).toBe(1);
    expect((await run(c)).fired).toBe(0);
    expect((await tasksOf(w.workspaceId)).map((r) => r.person_id)).toEqual([silent]);
    // The silent customer is called 100 days ago... and has been silent for 90 days again since.
    await c.request('POST', '/api/v1/interactions', { kind: 'call', summary: 'Đã gọi', personId: silent, occurredAt: new Date(Date.now() - 95 * DAY).toISOString() });
    expect((await run(c, { id: rule.id })).fired).toBe(1);
    expect((await tasksOf(w.workspaceId)).filter((r) => r.person_id === silent)).toHaveLength(2);
    // The active one becomes due 90 days after their last call.
    expect((await run(c, { id: rule.id, today: dayPlus(80) })).fired).toBe(1);
  });

  it('stage changed: N days after a person moved to the stage, only while they are still there', async () => {
    const { w, c } = await workspace();
    const lead = await person(c, { fullName: 'Mai Khách Mới', lifecycleStage: 'lead' });
    const flip = await person(c, { fullName: 'Tạ Đổi Ý', lifecycleStage: 'lead' });
    await person(c, { fullName: 'Cao Vẫn Là Lead', lifecycleStage: 'lead' });
    await plan(c, taskRule({ name: 'Chào mừng khách hàng', trigger: { type: 'stage_changed', days: 0, stage: 'customer' }, task: { title: 'Chào mừng {{name}}' } }));
    expect((await c.request('PATCH', `/api/v1/people/${lead}`, { lifecycleStage: 'customer' })).statusCode).toBe(200);
    await c.request('PATCH', `/api/v1/people/${flip}`, { lifecycleStage: 'customer' });
    await c.request('PATCH', `/api/v1/people/${flip}`, { lifecycleStage: 'churned' });
    expect((await c.request('POST', '/api/v1/care-plans/preview', { trigger: { type: 'stage_changed', days: 0, stage: 'customer' } })).json().count).toBe(1);
    expect((await run(c)).fired).toBe(1);
    expect((await run(c)).fired).toBe(0);
    expect((await tasksOf(w.workspaceId)).map((r) => r.title)).toEqual(['Chào mừng Mai Khách Mới']);
    // Moving away and back is a new change: the rule acts again.
    await c.request('PATCH', `/api/v1/people/${lead}`, { lifecycleStage: 'advocate' });
    await c.request('PATCH', `/api/v1/people/${lead}`, { lifecycleStage: 'customer' });
    expect((await run(c)).fired).toBe(1);
  });

  it('audience filters: stage, customer type, tag and owner must all match', async () => {
    const { w, c } = await workspace();
    const m = await buildMember(t.database, w.workspaceId, 'staff');
    const match = await person(c, { fullName: 'Đúng Hết', lifecycleStage: 'customer', customerType: 'consumer', tags: ['vip', 'hn'], ownerUserId: m.userId });
    await person(c, { fullName: 'Sai Giai Đoạn', lifecycleStage: 'lead', customerType: 'consumer', tags: ['vip'], ownerUserId: m.userId });
    await person(c, { fullName: 'Sai Thẻ', lifecycleStage: 'customer', customerType: 'consumer', tags: ['thường'], ownerUserId: m.userId });
    await person(c, { fullName: 'Sai Người Phụ Trách', lifecycleStage: 'customer', customerType: 'consumer', tags: ['vip'], ownerUserId: w.owner.userId });
    await person(c, { fullName: 'Sai Loại', lifecycleStage: 'customer', customerType: 'business', tags: ['vip'], ownerUserId: m.userId });
    const audience = { lifecycleStages: ['customer', 'advocate'], customerTypes: ['consumer'], tags: ['vip', 'vvip'], ownerUserIds: [m.userId] };
    const preview = (await c.request('POST', '/api/v1/care-plans/preview', { trigger: { type: 'record_created', days: 0 }, audience })).json();
    expect(preview).toMatchObject({ count: 1, sample: [{ personId: match }] });
    await plan(c, taskRule({ audience, task: { title: 'Gọi {{name}}', assignee: 'user', assigneeUserId: w.owner.userId } }));
    expect((await run(c)).fired).toBe(1);
    expect(await tasksOf(w.workspaceId)).toMatchObject([{ person_id: match, assignee_user_id: w.owner.userId }]);
  });

  it('e-mail action: queued once per trigger, marketing blocked without consent, on the timeline', async () => {
    const { w, c } = await workspace();
    // People with e-mails written directly (this test is about the care plan, not the registry's duplicate checks).
    const withEmail = async (fullName: string, address: string) =>
      String(
        (await t.database.query(`INSERT INTO people (workspace_id, full_name, emails, customer_type) VALUES ($1, $2, $3::jsonb, 'consumer') RETURNING id`, [w.workspaceId, fullName, JSON.stringify([{ address }])]))
          .rows[0]!.id,
      );
    const consenting = await withEmail('Trịnh Đồng Ý', 'dongy@example.vn');
    const silent = await withEmail('Lâm Chưa Đồng Ý', 'chua@example.vn');
    expect((await c.request('POST', `/api/v1/people/${consenting}/consents`, { channel: 'email', status: 'given', method: 'form', evidence: 'form' })).statusCode).toBe(201);
    const rule = await plan(c, {
      name: 'Thư chào mừng',
      trigger: { type: 'record_created', days: 0 },
      email: { subject: 'Chào {{firstName}}', body: 'Xin chào {{name}},\n\nCảm ơn bạn ngày {{date}}.', purpose: 'marketing' },
      enabled: true,
    });
    expect((await run(c)).fired).toBe(2);
    expect((await run(c)).fired).toBe(0);
    const mails = await sqlRows(`SELECT person_id, status, blocked_reason, subject, source, to_address FROM email_messages WHERE workspace_id = $1 ORDER BY subject`, [w.workspaceId]);
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.person_id === consenting)).toMatchObject({ status: 'outbox', subject: 'Chào Ý', source: `care_plan:${rule.id}`, to_address: 'dongy@example.vn' });
    expect(mails.find((m) => m.person_id === silent)).toMatchObject({ status: 'blocked', blocked_reason: 'no_consent' });
    const runs = (await c.request('GET', `/api/v1/care-plans/${rule.id}/runs`)).json().data;
    expect(runs.map((r: { emailStatus: string }) => r.emailStatus).sort()).toEqual(['blocked:no_consent', 'outbox']);
    const timeline = (await c.request('GET', `/api/v1/timeline?personId=${consenting}&kinds=email`)).json();
    expect(timeline.data.map((i: { title: string }) => i.title)).toContain('Chào Ý');
    expect(await tasksOf(w.workspaceId)).toHaveLength(0);
  });

  it('acts exactly once when two processes evaluate the same rules at the same moment', async () => {
    const { w, c } = await workspace();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await person(c, { fullName: `Khách Đồng Thời ${i}` }));
    await plan(c, taskRule({ name: 'Đồng thời 1', task: { title: 'A {{name}}' } }));
    await plan(c, taskRule({ name: 'Đồng thời 2', task: { title: 'B {{name}}' } }));
    // A second "process": its own connection pool on the same database (the embedded database has one connection).
    let other: Database = t.database;
    if (TEST_DB_KIND === 'postgres') {
      const [{ db }] = (await t.database.query('SELECT current_database() AS db')).rows as [{ db: string }];
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${db}`;
      other = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 3 });
    }
    try {
      const results = await Promise.all([evaluateAllCarePlans(t.database), evaluateAllCarePlans(other), evaluateAllCarePlans(t.database), evaluateAllCarePlans(other)]);
      const mine = await tasksOf(w.workspaceId);
      expect(mine).toHaveLength(80);
      expect(new Set(mine.map((r) => r.source_key)).size).toBe(80);
      const runs = await sqlRows(`SELECT count(*)::int AS n FROM care_plan_runs WHERE workspace_id = $1`, [w.workspaceId]);
      expect(runs[0]!.n).toBe(80);
      // Across all the evaluations, this workspace fired 80 times in all (other workspaces' rules may fire too).
      expect(results.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(80);
      expect((await run(c)).fired).toBe(0);
    } finally {
      if (other !== t.database) await other.close();
    }
  });

  it.skipIf(TEST_DB_KIND !== 'postgres')('acts exactly once when two separate Tandem processes evaluate at the same moment', { timeout: 120_000 }, async () => {
    const { w, c } = await workspace();
    for (let i = 0; i < 60; i++) await person(c, { fullName: `Khách Hai Tiến Trình ${i}` });
    await plan(c, taskRule({ name: 'Hai tiến trình 1', task: { title: 'X {{name}}' } }));
    await plan(c, taskRule({ name: 'Hai tiến trình 2', task: { title: 'Y {{name}}' } }));
    const [{ db }] = (await t.database.query('SELECT current_database() AS db')).rows as [{ db: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${db}`;
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'evaluate-process.ts');
    // Both processes connect first, then start evaluating at the same instant.
    const startAt = Date.now() + 15_000;
    const env = { ...process.env, DATABASE_URL: url.toString() };
    const outputs = await Promise.all(
      [1, 2].map(() => promisify(execFile)(process.execPath, ['--import', 'tsx', script, String(startAt)], { env, timeout: 100_000 })),
    );
    const fired = outputs.map((o) => JSON.parse(o.stdout.trim().split('\n').pop()!).fired as number);
    const mine = await tasksOf(w.workspaceId);
    expect(mine).toHaveLength(120);
    expect(new Set(mine.map((r) => r.source_key)).size).toBe(120);
    expect(fired[0]! + fired[1]!).toBeGreaterThanOrEqual(120);
    expect((await sqlRows(`SELECT count(*)::int AS n FROM care_plan_runs WHERE workspace_id = $1`, [w.workspaceId]))[0]!.n).toBe(120);
  });

  it("a merge moves the firings to the record that stays", async () => {
    const { c } = await workspace();
    const keep = await person(c, { fullName: 'Phan Giữ Lại' });
    const gone = await person(c, { fullName: 'Phan Gộp Vào' });
    const rule = await plan(c, taskRule({ name: 'Gộp', task: { title: 'Gọi {{name}}' } }));
    expect((await run(c)).fired).toBe(2);
    expect((await c.request('POST', '/api/v1/people/merge', { targetId: keep, sourceIds: [gone] })).statusCode).toBe(200);
    const runs = (await c.request('GET', `/api/v1/care-plans/${rule.id}/runs`)).json().data as { personId: string }[];
    expect(runs.map((r) => r.personId)).toEqual([keep, keep]);
    expect((await run(c)).fired).toBe(0);
  });

  it('an evaluation of one workspace never acts on another workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    await person(b.c, { fullName: 'Khách Của B' });
    await plan(a.c, taskRule({ name: 'Rule của A' }));
    expect((await run(a.c)).fired).toBe(0);
    expect((await a.c.request('POST', '/api/v1/care-plans/preview', { trigger: { type: 'record_created', days: 0 } })).json().count).toBe(0);
    expect(await tasksOf(b.w.workspaceId)).toHaveLength(0);
  });
});
