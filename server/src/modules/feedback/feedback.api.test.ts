import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestUser, type TestWorkspace } from '../../test/harness';
import { onSurveyResponse, type SurveyResponseInput } from './feedback.service';

describe('feedback inbox and the closed loop', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let key: Client;
  let sales: TestUser;
  let salesClient: Client;
  let admin: TestUser;

  const scope = () => ({ workspaceId: ws.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null });
  const respond = (input: Partial<SurveyResponseInput>) =>
    t.database.inWorkspace(scope(), (tx) =>
      onSurveyResponse(tx, {
        surveyId: randomUUID(),
        responseId: randomUUID(),
        kind: 'nps',
        personId: null,
        employeeId: null,
        anonymous: false,
        score: null,
        metric: null,
        texts: [],
        channel: 'link',
        productId: null,
        ...input,
      }),
    );
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.system, query);

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    key = withApiKey(t.app, ws.apiKey);
    sales = await buildMember(t.database, ws.workspaceId, 'staff');
    salesClient = await signIn(t.app, sales.email, sales.password);
    admin = await buildMember(t.database, ws.workspaceId, 'admin');
  });
  afterAll(() => t.close());

  it('logs a complaint through an API key: text sentiment, the customer owner as owner, notified', async () => {
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Nguyễn Thị Phàn Nàn', ownerUserId: sales.userId, emails: [{ address: 'phannan@example.vn' }] })).json();
    const res = await key.request('POST', '/api/v1/feedback', { source: 'complaint', channel: 'Hotline', personId: person.id, text: 'Giao hàng chậm quá, nhân viên không nhiệt tình', tags: ['Giao hàng', 'giao hàng'] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'complaint',
      channel: 'hotline',
      personName: 'Nguyễn Thị Phàn Nàn',
      sentiment: 'negative',
      sentimentSource: 'text',
      tags: ['giao hàng'],
      ownerUserId: sales.userId,
      status: 'new',
      anonymous: false,
      firstContactAt: null,
    });
    const notes = (await salesClient.request('GET', '/api/v1/notifications')).json().data;
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'feedback.assigned', link: `/feedback?id=${res.json().id}` })]));
    // On the person's timeline.
    const timeline = (await owner.request('GET', `/api/v1/timeline?personId=${person.id}&kinds=feedback`)).json().data;
    expect(timeline).toEqual([expect.objectContaining({ kind: 'feedback', id: res.json().id, data: expect.objectContaining({ sentiment: 'negative', source: 'complaint' }) })]);
  });

  it('refuses bad input with the field named, and never writes half a record', async () => {
    const bad = async (body: Record<string, unknown>, path: string | null) => {
      const res = await owner.request('POST', '/api/v1/feedback', { source: 'praise', channel: 'web', text: 'Tốt', ...body });
      expect(res.statusCode, res.body).toBe(400);
      if (path) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    };
    await bad({ score: 5 }, 'metric');
    await bad({ metric: 'nps' }, 'score');
    await bad({ score: 0, metric: 'csat' }, 'score');
    await bad({ personId: randomUUID() }, 'personId');
    await bad({ productId: randomUUID() }, 'productId');
    await bad({ ownerUserId: randomUUID() }, 'ownerUserId');
    await bad({ receivedAt: '2099-01-01T00:00:00Z' }, 'receivedAt');
    await bad({ text: '   ' }, 'text');
    await bad({ source: 'survey_answer' }, 'source');
    await bad({ channel: 'hot line!' }, 'channel');
    await bad({ surprise: true }, null);
    expect((await owner.request('GET', '/api/v1/feedback?status=nope')).statusCode).toBe(400);
    expect((await owner.request('GET', '/api/v1/feedback?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
    const n = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM feedback WHERE workspace_id = ${ws.workspaceId} AND text = 'Tốt'`))[0]!.n;
    expect(n).toBe(0);
  });

  it('permissions: a viewer reads the inbox but cannot log, change or reply', async () => {
    const viewer = await buildMember(t.database, ws.workspaceId, 'viewer');
    const v = await signIn(t.app, viewer.email, viewer.password);
    expect((await v.request('GET', '/api/v1/feedback')).statusCode).toBe(200);
    expect((await v.request('GET', '/api/v1/feedback/loop-metrics')).statusCode).toBe(200);
    expect((await v.request('POST', '/api/v1/feedback', { source: 'praise', channel: 'web', text: 'Hay' })).statusCode).toBe(403);
    const id = (await owner.request('POST', '/api/v1/feedback', { source: 'praise', channel: 'web', text: 'Hay lắm' })).json().id;
    expect((await v.request('PATCH', `/api/v1/feedback/${id}`, { status: 'resolved' })).statusCode).toBe(403);
    expect((await v.request('POST', `/api/v1/feedback/${id}/reply`, { text: 'Cảm ơn', sendEmail: false })).statusCode).toBe(403);
  });

  it('status workflow, owner, tags and the sentiment override', async () => {
    const id = (await owner.request('POST', '/api/v1/feedback', { source: 'suggestion', channel: 'email', text: 'Nên mở thêm chi nhánh ở Đà Nẵng' })).json().id;
    let res = await owner.request('PATCH', `/api/v1/feedback/${id}`, { status: 'acknowledged', ownerUserId: sales.userId, tags: ['Chi nhánh'], sentiment: 'positive' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'acknowledged', ownerUserId: sales.userId, tags: ['chi nhánh'], sentiment: 'positive', sentimentSource: 'manual', acknowledgedAt: expect.any(String) });
    res = await owner.request('PATCH', `/api/v1/feedback/${id}`, { status: 'new' });
    expect(res.statusCode).toBe(422);
    res = await owner.request('PATCH', `/api/v1/feedback/${id}`, { status: 'resolved', sentiment: null });
    expect(res.json()).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String), sentiment: 'neutral', sentimentSource: 'text' });
    res = await owner.request('PATCH', `/api/v1/feedback/${id}`, { status: 'acknowledged' });
    expect(res.json()).toMatchObject({ status: 'acknowledged', resolvedAt: null });
    expect((await owner.request('PATCH', `/api/v1/feedback/${id}`, { ownerUserId: randomUUID() })).statusCode).toBe(400);
  });

  it('lists with filters, keyset-paged', async () => {
    const product = (await owner.request('POST', '/api/v1/products', { name: 'Máy lọc nước L1', category: 'gia-dung', price: 3_500_000 })).json();
    const mk = (body: Record<string, unknown>) => owner.request('POST', '/api/v1/feedback', { channel: 'store', ...body }).then((r) => r.json().id as string);
    const a = await mk({ source: 'review', text: 'Máy chạy êm, nước ngon', productId: product.id, tags: ['chất lượng'], receivedAt: '2026-03-05T03:00:00Z', ownerUserId: sales.userId });
    const b = await mk({ source: 'complaint', text: 'Máy bị lỗi sau 2 tuần', productId: product.id, tags: ['chất lượng', 'bảo hành'], receivedAt: '2026-03-20T03:00:00Z' });
    const c = await mk({ source: 'review', text: 'Bình thường', productId: product.id, receivedAt: '2026-04-02T03:00:00Z', ownerUserId: null });
    const ids = async (query: string) => (await owner.request('GET', `/api/v1/feedback?productId=${product.id}&${query}`)).json().data.map((x: { id: string }) => x.id);
    expect(await ids('')).toEqual([c, b, a]);
    expect(await ids('sentiment=negative')).toEqual([b]);
    expect(await ids('tag=chất lượng')).toEqual([b, a]);
    expect(await ids('source=review')).toEqual([c, a]);
    expect(await ids(`owner=${sales.userId}`)).toEqual([a]);
    expect(await ids('owner=none')).toEqual([c]);
    expect(await ids('owner=me')).toEqual([b]);
    expect(await ids('from=2026-03-01&to=2026-03-31')).toEqual([b, a]);
    expect(await ids('status=resolved')).toEqual([]);
    const first = (await owner.request('GET', `/api/v1/feedback?productId=${product.id}&limit=2`)).json();
    expect(first.data).toHaveLength(2);
    const second = (await owner.request('GET', `/api/v1/feedback?productId=${product.id}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.data.map((x: { id: string }) => x.id)).toEqual([a]);
    expect(second.nextCursor).toBeNull();
  });

  it('a detractor creates one follow-up task for the customer owner, due one working day later, and notifies them', async () => {
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Trần Văn Không Vui', ownerUserId: sales.userId })).json();
    const responseId = randomUUID();
    const input = { responseId, personId: person.id, score: 3, metric: 'nps' as const, texts: [{ questionId: 'why', text: 'Giao hàng trễ, gọi tổng đài không ai nghe máy' }, { questionId: 'empty', text: '  ' }] };
    const before = Date.now();
    await respond(input);
    await respond(input); // the same response again: nothing more
    const tasks = await rows<{ id: string; assignee_user_id: string; due_at: Date; source: string; priority: string; person_id: string; entity_id: string }>(
      sql`SELECT * FROM tasks WHERE workspace_id = ${ws.workspaceId} AND source_key = ${`feedback:response:${responseId}`}`,
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ assignee_user_id: sales.userId, source: 'feedback', priority: 'high', person_id: person.id });
    // One working day of the default calendar (8.5 h of work) later: at least 8.5 h, at most 4 days (a weekend and a holiday).
    const due = new Date(tasks[0]!.due_at).getTime();
    expect(due - before).toBeGreaterThanOrEqual(8.5 * 3_600_000);
    expect(due - before).toBeLessThan(4 * 86_400_000);
    const items = (await owner.request('GET', `/api/v1/feedback?personId=${person.id}`)).json().data;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: tasks[0]!.entity_id, source: 'survey_answer', score: 3, metric: 'nps', sentiment: 'negative', sentimentSource: 'score', ownerUserId: sales.userId, questionId: 'why' });
    expect(items[0].followup).toMatchObject({ taskId: tasks[0]!.id, taskStatus: 'open', overdue: false });
    const notes = (await salesClient.request('GET', '/api/v1/notifications')).json().data;
    expect(notes.filter((n: { kind: string; entityId: string }) => n.kind === 'feedback.detractor' && n.entityId === items[0].id)).toHaveLength(1);
    // A promoter with a comment: feedback, no task.
    const happy = randomUUID();
    await respond({ responseId: happy, personId: person.id, score: 9, metric: 'nps', texts: [{ questionId: 'why', text: 'tot' }] });
    expect(await rows(sql`SELECT 1 FROM tasks WHERE source_key = ${`feedback:response:${happy}`}`)).toHaveLength(0);
    expect((await owner.request('GET', `/api/v1/feedback?personId=${person.id}&sentiment=positive`)).json().data).toHaveLength(1);
  });

  it('a bad rating without text still opens the loop (score-only item); no owner → the first admin', async () => {
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Khách Không Có Người Phụ Trách' })).json();
    const responseId = randomUUID();
    await respond({ responseId, personId: person.id, score: 1, metric: 'csat', kind: 'csat' });
    const [task] = await rows<{ assignee_user_id: string }>(sql`SELECT assignee_user_id FROM tasks WHERE source_key = ${`feedback:response:${responseId}`}`);
    expect(task?.assignee_user_id).toBe(admin.userId);
    const items = (await owner.request('GET', `/api/v1/feedback?personId=${person.id}`)).json().data;
    expect(items).toEqual([expect.objectContaining({ text: null, score: 1, metric: 'csat', sentiment: 'negative', ownerUserId: admin.userId })]);
    // CES 3 is not a bad rating.
    const ces = randomUUID();
    await respond({ responseId: ces, personId: person.id, score: 3, metric: 'ces' });
    expect(await rows(sql`SELECT 1 FROM feedback_followups WHERE response_id = ${ces}`)).toHaveLength(0);
  });

  it('an anonymous eNPS detractor creates feedback with no link to anyone and no task', async () => {
    const employee = (await owner.request('POST', '/api/v1/employees', { fullName: 'Nhân Viên Ẩn Danh', startDate: '2024-01-01' })).json();
    const responseId = randomUUID();
    await respond({ responseId, kind: 'enps', anonymous: true, employeeId: employee.id, score: 2, metric: 'enps', texts: [{ questionId: 'why', text: 'Lương thấp, quản lý hách dịch' }] });
    const items = await rows<{ employee_id: string | null; person_id: string | null; anonymous: boolean; sentiment: string; owner_user_id: string | null }>(sql`SELECT * FROM feedback WHERE response_id = ${responseId}`);
    expect(items).toEqual([expect.objectContaining({ employee_id: null, person_id: null, anonymous: true, sentiment: 'negative', owner_user_id: null })]);
    expect(await rows(sql`SELECT 1 FROM tasks WHERE source_key = ${`feedback:response:${responseId}`}`)).toHaveLength(0);
    expect(await rows(sql`SELECT 1 FROM feedback_followups WHERE response_id = ${responseId}`)).toHaveLength(0);
  });

  it("an anonymous pulse's comments stay hidden in the inbox until the survey has k responses; they carry only the day", async () => {
    const pulse = (await owner.request('POST', '/api/v1/surveys', { name: 'Nhịp đập tháng 12', template: 'employee_enps' })).json();
    expect(pulse.anonymous).toBe(true);
    await owner.request('PATCH', `/api/v1/surveys/${pulse.id}`, { status: 'active' });
    const answer = (i: number) => key.request('POST', `/api/v1/surveys/${pulse.id}/responses`, { answers: { recommend: i, change: `Góp ý số ${i}: quy trình duyệt chậm` } });
    for (let i = 1; i <= 4; i++) expect((await answer(i)).statusCode).toBe(201);
    const listed = async () => (await owner.request('GET', `/api/v1/feedback?surveyId=${pulse.id}`)).json().data as { id: string; anonymous: boolean; receivedAt: string }[];
    expect(await listed()).toEqual([]);
    const [hidden] = await rows<{ id: string; received_at: Date }>(sql`SELECT id, received_at FROM feedback WHERE survey_id = ${pulse.id} LIMIT 1`);
    expect((await owner.request('GET', `/api/v1/feedback/${hidden!.id}`)).statusCode).toBe(404);
    // Cut to the start of the Vietnam day (17:00 UTC), and a random id.
    expect(new Date(hidden!.received_at).getUTCHours()).toBe(17);
    expect(hidden!.id[14]).toBe('4');
    expect((await answer(5)).statusCode).toBe(201);
    const shown = await listed();
    expect(shown).toHaveLength(5);
    expect(shown.every((f) => f.anonymous)).toBe(true);
    expect(await rows(sql`SELECT 1 FROM tasks WHERE source = 'feedback' AND description LIKE '%quy trình duyệt chậm%'`)).toHaveLength(0);
  });

  it('a bad internal CSAT goes to the head of the department that provides the service', async () => {
    const headUser = await buildMember(t.database, ws.workspaceId, 'manager');
    const agentUser = await buildMember(t.database, ws.workspaceId, 'staff');
    const it_ = (await owner.request('POST', '/api/v1/departments', { name: 'CNTT' })).json().id;
    const head = (await owner.request('POST', '/api/v1/employees', { fullName: 'Trưởng Phòng CNTT', departmentId: it_, startDate: '2020-01-01', userId: headUser.userId })).json().id;
    await owner.request('PATCH', `/api/v1/departments/${it_}`, { headEmployeeId: head });
    const agent = (await owner.request('POST', '/api/v1/employees', { fullName: 'Kỹ Thuật Viên', departmentId: it_, startDate: '2022-01-01', userId: agentUser.userId })).json().id;
    const requester = (await owner.request('POST', '/api/v1/employees', { fullName: 'Người Yêu Cầu', startDate: '2023-01-01' })).json().id;
    const service = (await owner.request('POST', '/api/v1/services', { departmentId: it_, name: 'Sửa máy tính', firstResponseMinutes: 60, resolutionMinutes: 480, defaultAssigneeId: agent })).json().id;
    const request = (await owner.request('POST', '/api/v1/internal-requests', { serviceId: service, title: 'Máy hỏng', requesterEmployeeId: requester })).json();
    expect((await owner.request('PATCH', `/api/v1/internal-requests/${request.id}`, { status: 'resolved' })).statusCode).toBe(200);
    const responseId = randomUUID();
    await respond({ responseId, kind: 'internal_csat', employeeId: requester, score: 2, metric: 'internal_csat', texts: [{ questionId: 'c', text: 'Sửa lâu quá' }] });
    const [task] = await rows<{ assignee_user_id: string; person_id: string | null }>(sql`SELECT assignee_user_id, person_id FROM tasks WHERE source_key = ${`feedback:response:${responseId}`}`);
    expect(task).toMatchObject({ assignee_user_id: headUser.userId, person_id: null });
  });

  it('replies by e-mail (transactional, recorded), and refuses anonymous or address-less replies', async () => {
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Lê Văn Góp Ý', emails: [{ address: 'gopy@example.vn' }] })).json();
    const id = (await owner.request('POST', '/api/v1/feedback', { source: 'complaint', channel: 'email', personId: person.id, text: 'Hóa đơn sai tên công ty' })).json().id;
    const res = await owner.request('POST', `/api/v1/feedback/${id}/reply`, { text: 'Chúng tôi đã xuất lại hóa đơn, xin lỗi anh.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'acknowledged', firstContactAt: expect.any(String), reply: { text: 'Chúng tôi đã xuất lại hóa đơn, xin lỗi anh.', emailTo: 'gopy@example.vn', byName: ws.owner.name } });
    const mails = await rows<{ purpose: string; to_address: string; source: string; related_entity_id: string; body_text: string }>(
      sql`SELECT * FROM email_messages WHERE workspace_id = ${ws.workspaceId} AND related_entity_id = ${id}`,
    );
    expect(mails).toEqual([expect.objectContaining({ purpose: 'transactional', to_address: 'gopy@example.vn', source: 'feedback_reply' })]);
    const resolved = await owner.request('POST', `/api/v1/feedback/${id}/reply`, { text: 'Đã gửi bản gốc qua bưu điện.', sendEmail: false, resolve: true });
    expect(resolved.json()).toMatchObject({ status: 'resolved', reply: { emailTo: null } });
    const anon = (await owner.request('POST', '/api/v1/feedback', { source: 'complaint', channel: 'web', text: 'Nhà vệ sinh bẩn' })).json().id;
    expect((await owner.request('POST', `/api/v1/feedback/${anon}/reply`, { text: 'Cảm ơn' })).statusCode).toBe(422);
    const noMail = (await owner.request('POST', '/api/v1/people', { fullName: 'Không Có Thư' })).json();
    const fb = (await owner.request('POST', '/api/v1/feedback', { source: 'praise', channel: 'store', personId: noMail.id, text: 'Tuyệt vời' })).json().id;
    const refused = await owner.request('POST', `/api/v1/feedback/${fb}/reply`, { text: 'Cảm ơn chị' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].path).toBe('sendEmail');
    expect((await owner.request('GET', `/api/v1/feedback/${fb}`)).json().reply).toBeNull();
  });

  it('loop metrics, hand-counted: detractors, % contacted, median time to first contact, % closed, overdue', async () => {
    const other = await buildWorkspace(t.database);
    const o = await signIn(t.app, other.owner.email, other.owner.password);
    const oscope = { workspaceId: other.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null };
    const people = await Promise.all(['Một', 'Hai', 'Ba', 'Bốn'].map(async (n) => (await o.request('POST', '/api/v1/people', { fullName: `Khách ${n}`, emails: [{ address: `k${randomUUID().slice(0, 8)}@example.vn` }] })).json().id as string));
    const responses = people.map(() => randomUUID());
    for (const [i, personId] of people.entries())
      await t.database.inWorkspace(oscope, (tx) =>
        onSurveyResponse(tx, { surveyId: randomUUID(), responseId: responses[i]!, kind: 'nps', personId, employeeId: null, anonymous: false, score: i, metric: 'nps', texts: [], channel: 'email', productId: null }),
      );
    // Put the four follow-ups at known times: 2026-11-10 09:00 Vietnam (02:00Z); the 4th is past due.
    const t0 = new Date('2026-11-10T02:00:00Z');
    await t.database.system.execute(sql`UPDATE feedback_followups SET created_at = ${t0}, due_at = ${new Date('2026-11-11T02:00:00Z')} WHERE workspace_id = ${other.workspaceId}`);
    const fb = await rows<{ id: string; response_id: string }>(sql`SELECT id, response_id FROM feedback WHERE workspace_id = ${other.workspaceId}`);
    const itemOf = (i: number) => fb.find((f) => f.response_id === responses[i])!.id;
    // 1: replied (first contact 60 min later), and resolved.
    await o.request('POST', `/api/v1/feedback/${itemOf(0)}/reply`, { text: 'Xin lỗi anh', sendEmail: false, resolve: true });
    await t.database.system.execute(sql`UPDATE feedback SET first_contact_at = ${new Date(t0.getTime() + 60 * 60_000)} WHERE id = ${itemOf(0)}`);
    // 2: an outbound call 120 min later (an inbound call and a note before it do not count).
    await o.request('POST', '/api/v1/interactions', { kind: 'call', direction: 'inbound', summary: 'Khách gọi lại phàn nàn', personId: people[1], occurredAt: new Date(t0.getTime() + 30 * 60_000).toISOString() });
    await o.request('POST', '/api/v1/interactions', { kind: 'note', summary: 'Ghi chú', personId: people[1], occurredAt: new Date(t0.getTime() + 40 * 60_000).toISOString() });
    await o.request('POST', '/api/v1/interactions', { kind: 'call', direction: 'outbound', summary: 'Gọi xin lỗi khách', personId: people[1], occurredAt: new Date(t0.getTime() + 120 * 60_000).toISOString() });
    // 3: the follow-up task done 240 min later, and the item resolved.
    const [task] = await rows<{ id: string }>(sql`SELECT id FROM tasks WHERE source_key = ${`feedback:response:${responses[2]}`}`);
    await o.request('PATCH', `/api/v1/tasks/${task!.id}`, { status: 'done' });
    await t.database.system.execute(sql`UPDATE tasks SET completed_at = ${new Date(t0.getTime() + 240 * 60_000)} WHERE id = ${task!.id}`);
    await o.request('PATCH', `/api/v1/feedback/${itemOf(2)}`, { status: 'resolved' });
    // 4: nothing.
    const m = (await o.request('GET', '/api/v1/feedback/loop-metrics?from=2026-11-01&to=2026-11-30')).json();
    expect(m).toEqual({ from: '2026-11-01', to: '2026-11-30', detractors: 4, contacted: 3, contactedRate: 75, medianMinutesToFirstContact: 120, closed: 2, closedRate: 50, overdue: 1 });
    const outside = (await o.request('GET', '/api/v1/feedback/loop-metrics?from=2026-11-11&to=2026-11-30')).json();
    expect(outside).toMatchObject({ detractors: 0, contactedRate: null, medianMinutesToFirstContact: null });
    // The other workspace's loops are not counted in this one.
    const n = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM feedback_followups WHERE workspace_id = ${ws.workspaceId}`))[0]!.n;
    expect((await owner.request('GET', '/api/v1/feedback/loop-metrics?from=2026-01-01&to=2026-12-31')).json().detractors).toBe(n);
    expect((await o.request('GET', '/api/v1/feedback/loop-metrics?from=2026-11-30&to=2026-11-01')).statusCode).toBe(400);
  });

  it("groups a product's feedback by phase: before launch, the first N days and after", async () => {
    const product = (await owner.request('POST', '/api/v1/products', { name: 'Ứng dụng Tandem Go', category: 'phan-mem', price: 0 })).json();
    expect((await owner.request('GET', `/api/v1/feedback/products/${product.id}/phases`)).statusCode).toBe(422);
    expect((await owner.request('PUT', `/api/v1/feedback/products/${product.id}/launch-date`, { launchDate: '2026-01-01' })).statusCode).toBe(204);
    const mk = (receivedAt: string, text: string, extra: Record<string, unknown> = {}) =>
      owner.request('POST', '/api/v1/feedback', { source: 'review', channel: 'app', productId: product.id, text, receivedAt, ...extra }).then((r) => expect(r.statusCode, r.body).toBe(201));
    await mk('2025-12-20T03:00:00Z', 'Bản beta hay', { score: 4, metric: 'csat' }); // before launch
    await mk('2025-12-31T17:30:00Z', 'Hay lỗi đăng nhập', { score: 2, metric: 'csat', tags: ['đăng nhập'] }); // 1 Jan 00:30 in Vietnam: early
    await mk('2026-03-31T03:00:00Z', 'Chậm', { score: 3, metric: 'csat', tags: ['tốc độ', 'đăng nhập'] }); // day 90: early
    await mk('2026-04-01T03:00:00Z', 'Rất tốt, mượt', { score: 5, metric: 'csat' }); // day 91: mature
    await mk('2026-06-01T03:00:00Z', 'Tuyệt vời', { score: 9, metric: 'nps' });
    const res = await owner.request('GET', `/api/v1/feedback/products/${product.id}/phases?earlyDays=90`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      productId: product.id,
      productName: 'Ứng dụng Tandem Go',
      launchDate: '2026-01-01',
      earlyDays: 90,
      phases: [
        { phase: 'before_launch', from: null, to: '2025-12-31', count: 1, positive: 1, neutral: 0, negative: 0, scores: [{ metric: 'csat', count: 1, average: 4 }], topTags: [] },
        {
          phase: 'early',
          from: '2026-01-01',
          to: '2026-03-31',
          count: 2,
          positive: 0,
          neutral: 1,
          negative: 1,
          scores: [{ metric: 'csat', count: 2, average: 2.5 }],
          topTags: [{ tag: 'đăng nhập', count: 2 }, { tag: 'tốc độ', count: 1 }],
        },
        { phase: 'mature', from: '2026-04-01', to: null, count: 2, positive: 2, neutral: 0, negative: 0, scores: [{ metric: 'csat', count: 1, average: 5 }, { metric: 'nps', count: 1, average: 9 }], topTags: [] },
      ],
    });
    const short = (await owner.request('GET', `/api/v1/feedback/products/${product.id}/phases?earlyDays=30`)).json();
    expect(short.phases.map((p: { count: number }) => p.count)).toEqual([1, 1, 3]);
    expect((await owner.request('GET', `/api/v1/feedback/products/${product.id}/phases?earlyDays=0`)).statusCode).toBe(400);
    expect((await owner.request('GET', `/api/v1/feedback/products/${randomUUID()}/phases`)).statusCode).toBe(404);
  });
});
