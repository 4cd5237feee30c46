import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employees } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace, type TestUser } from '../../test/harness';
import { createRequest, getRequest, updateRequest } from './requests.service';

/** Vietnam time → Date. */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('internal service desk', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let itDept: string;
  let hrDept: string;
  let laptop: string;
  let requesterUser: TestUser;
  let requester: Client;
  let agentUser: TestUser;
  let agent: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    itDept = (await owner.request('POST', '/api/v1/departments', { name: 'Phòng CNTT' })).json().id;
    hrDept = (await owner.request('POST', '/api/v1/departments', { name: 'Phòng Nhân sự' })).json().id;
    requesterUser = await buildMember(t.database, ws.workspaceId, 'staff');
    agentUser = await buildMember(t.database, ws.workspaceId, 'staff');
    const req = (await owner.request('POST', '/api/v1/employees', { fullName: 'Phan Thị Yêu Cầu', departmentId: hrDept, startDate: '2024-01-01', userId: requesterUser.userId })).json();
    const ag = (await owner.request('POST', '/api/v1/employees', { fullName: 'Vũ Văn Kỹ Thuật', departmentId: itDept, startDate: '2024-01-01', userId: agentUser.userId })).json();
    const svc = await owner.request('POST', '/api/v1/services', {
      departmentId: itDept,
      name: 'Cấp laptop mới',
      formFields: [
        { key: 'model', label: 'Loại máy', type: 'select', required: true, options: ['Văn phòng', 'Đồ hoạ'] },
        { key: 'needed_by', label: 'Cần trước ngày', type: 'date' },
      ],
      defaultAssigneeId: ag.id,
      firstResponseMinutes: 240,
      resolutionMinutes: 16 * 60,
    });
    expect(svc.statusCode, svc.body).toBe(201);
    laptop = svc.json().id;
    requester = await signIn(t.app, requesterUser.email, requesterUser.password);
    agent = await signIn(t.app, agentUser.email, agentUser.password);
  });
  afterAll(() => t.close());

  it('checks the service form, numbers requests, assigns by default', async () => {
    const bad = await requester.request('POST', '/api/v1/internal-requests', { serviceId: laptop, title: 'Máy mới', answers: { model: 'Chơi game', color: 'đỏ' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['answers.color', 'answers.model']);
    const ok = await requester.request('POST', '/api/v1/internal-requests', { serviceId: laptop, title: 'Máy cho nhân viên mới', answers: { model: 'Văn phòng' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ number: 1, status: 'new', assigneeName: 'Vũ Văn Kỹ Thuật', providerDepartmentName: 'Phòng CNTT', requesterName: 'Phan Thị Yêu Cầu' });
    expect(ok.json().firstResponse).toMatchObject({ targetMinutes: 240, state: 'running' });
  });

  it('runs SLA clocks in working hours across a weekend and a holiday, paused while waiting', async () => {
    const [reqEmp] = await t.database.system.select({ id: employees.id }).from(employees).where(eq(employees.userId, requesterUser.userId));
    const auth: WorkspaceAuth = { workspaceId: ws.workspaceId, role: 'owner', userId: ws.owner.userId, apiKeyId: null };
    const scope = { workspaceId: ws.workspaceId, actorUserId: ws.owner.userId, actorApiKeyId: null, requestId: null };
    // Friday 28 Aug 2026, 16:00. 2 September (Wednesday) and 1 September (the day next to it in 2026) are public holidays.
    const created = await t.database.inWorkspace(scope, (tx) =>
      createRequest(tx, auth, { serviceId: laptop, title: 'Trước kỳ nghỉ lễ', answers: { model: 'Đồ hoạ' }, priority: 'normal', requesterEmployeeId: reqEmp!.id }, vn('2026-08-28T16:00:00')),
    );
    // First response: 240 working minutes = Fri 16:00–17:30 (90) + Mon 31 Aug 08:00–10:30 (150).
    expect(new Date(created.firstResponse.dueAt)).toEqual(vn('2026-08-31T10:30:00'));
    // Resolution: 960 min = 90 (Fri) + 510 (Mon 31) + [1 and 2 Sep are holidays] + 360 on Thu 3 Sep: 08:00–12:00 and 13:00–15:00.
    expect(new Date(created.resolution.dueAt)).toEqual(vn('2026-09-03T15:00:00'));

    // Monday 09:00 the agent asks a question and waits for the requester until Thursday 09:00: the clocks pause.
    await t.database.inWorkspace(scope, (tx) => updateRequest(tx, auth, created.id, { status: 'waiting' }, vn('2026-08-31T09:00:00')));
    const paused = await t.database.inWorkspace(scope, (tx) => getRequest(tx, auth, created.id, vn('2026-09-02T12:00:00')));
    expect(paused.resolution.state).toBe('paused');
    // The first response happened at Monday 09:00: 90 + 60 = 150 working minutes, met.
    expect(paused.firstResponse).toMatchObject({ state: 'met', elapsedMinutes: 150 });
    const resumed = await t.database.inWorkspace(scope, (tx) => updateRequest(tx, auth, created.id, { status: 'in_progress' }, vn('2026-09-03T09:00:00')));
    // Paused Mon 09:00 → Thu 09:00 = Mon 09:00–17:30 (450 working minutes; Tue and Wed are holidays) + Thu 08:00–09:00 (60) = 510.
    // Due moves from Thu 15:00 by 510 working minutes: Thu 15:00–17:30 (150) + Fri 4 Sep 08:00–12:00 (240) + 13:00–15:00 (120) = 510 → Fri 15:00.
    expect(new Date(resumed.resolution.dueAt)).toEqual(vn('2026-09-04T15:00:00'));
    expect(resumed.resolution.elapsedMinutes).toBe(90 + 60);
    const late = await t.database.inWorkspace(scope, (tx) => updateRequest(tx, auth, created.id, { status: 'resolved' }, vn('2026-09-07T09:00:00')));
    expect(late.resolution.state).toBe('breached');
    const breached = (await owner.request('GET', '/api/v1/internal-requests?breached=true')).json().data;
    expect(breached.map((r: { id: string }) => r.id)).toContain(created.id);
  });

  it('lets the provider work the request, the requester comment and rate once; others may not', async () => {
    const r = (await requester.request('POST', '/api/v1/internal-requests', { serviceId: laptop, title: 'Hỏng bàn phím', answers: { model: 'Văn phòng' } })).json();
    expect((await requester.request('PATCH', `/api/v1/internal-requests/${r.id}`, { status: 'resolved' })).statusCode).toBe(403);
    const reply = await agent.request('POST', `/api/v1/internal-requests/${r.id}/comments`, { body: 'Chiều nay em qua thay ạ.' });
    expect(reply.statusCode).toBe(201);
    expect((await agent.request('GET', `/api/v1/internal-requests/${r.id}`)).json().firstResponseAt).not.toBeNull();
    expect((await requester.request('POST', `/api/v1/internal-requests/${r.id}/rating`, { score: 5 })).statusCode).toBe(422);
    expect((await agent.request('PATCH', `/api/v1/internal-requests/${r.id}`, { status: 'resolved' })).json().status).toBe('resolved');
    expect((await agent.request('POST', `/api/v1/internal-requests/${r.id}/rating`, { score: 5 })).statusCode).toBe(403);
    const rated = await requester.request('POST', `/api/v1/internal-requests/${r.id}/rating`, { score: 4, comment: 'Nhanh' });
    expect(rated.json()).toMatchObject({ status: 'closed', rating: { score: 4, comment: 'Nhanh' } });
    expect((await requester.request('POST', `/api/v1/internal-requests/${r.id}/rating`, { score: 1 })).statusCode).toBe(409);
    expect((await agent.request('PATCH', `/api/v1/internal-requests/${r.id}`, { status: 'in_progress' })).statusCode).toBe(422);
    expect(reply.json().authorSide).toBe('agent');
    const own = await requester.request('POST', `/api/v1/internal-requests/${r.id}/comments`, { body: 'Cảm ơn anh!' });
    expect(own.json()).toMatchObject({ authorName: 'Phan Thị Yêu Cầu', authorSide: 'requester' });
    const comments = (await requester.request('GET', `/api/v1/internal-requests/${r.id}/comments`)).json().data;
    expect(comments).toEqual([
      expect.objectContaining({ authorName: 'Vũ Văn Kỹ Thuật', authorSide: 'agent', body: 'Chiều nay em qua thay ạ.' }),
      expect.objectContaining({ authorName: 'Phan Thị Yêu Cầu', authorSide: 'requester', body: 'Cảm ơn anh!' }),
    ]);
  });

  it('aggregates internal CSAT per department and service with the number of ratings', async () => {
    for (const score of [5, 2, 4, 3]) {
      const r = (await requester.request('POST', '/api/v1/internal-requests', { serviceId: laptop, title: `Yêu cầu ${score}`, answers: { model: 'Văn phòng' } })).json();
      await agent.request('PATCH', `/api/v1/internal-requests/${r.id}`, { status: 'resolved' });
      await requester.request('POST', `/api/v1/internal-requests/${r.id}/rating`, { score });
    }
    // With the earlier rating of 4: scores 4, 5, 2, 4, 3 → 3 of 5 are 4–5 = 60 %, mean 3.6.
    const byDept = (await owner.request('GET', '/api/v1/internal-requests/csat?groupBy=department')).json().data;
    expect(byDept).toEqual([{ departmentId: itDept, departmentName: 'Phòng CNTT', serviceId: null, serviceName: null, ratings: 5, csat: 60, average: 3.6 }]);
    const byService = (await owner.request('GET', '/api/v1/internal-requests/csat?groupBy=service')).json().data;
    expect(byService[0]).toMatchObject({ serviceName: 'Cấp laptop mới', ratings: 5, csat: 60 });
    const summary = (await owner.request('GET', `/api/v1/departments/${itDept}/service-summary`)).json();
    expect(summary.provides).toMatchObject({ ratings: 5, csat: 60 });
    const hrSummary = (await owner.request('GET', `/api/v1/departments/${hrDept}/service-summary`)).json();
    expect(hrSummary.consumes).toEqual([expect.objectContaining({ departmentName: 'Phòng CNTT', ratings: 5, csat: 60 })]);
  });
  it('counts a period the same way in the CSAT report and the department summary (ratings by when given, Vietnam days)', async () => {
    // One rating given at 06:00 on 1 April in Vietnam (still 31 March in UTC), on a request created today.
    const [one] = (await t.database.query(`SELECT rt.request_id FROM internal_request_ratings rt WHERE rt.workspace_id = $1 AND rt.score = 2`, [ws.workspaceId])).rows;
    await t.database.query(`UPDATE internal_request_ratings SET rated_at = '2026-04-01T06:00:00+07:00' WHERE workspace_id = $1 AND request_id = $2`, [ws.workspaceId, one!.request_id]);
    const april = 'from=2026-04-01&to=2026-04-30';
    const csat = (await owner.request('GET', `/api/v1/internal-requests/csat?groupBy=department&${april}`)).json().data;
    const summary = (await owner.request('GET', `/api/v1/departments/${itDept}/service-summary?${april}`)).json();
    expect(csat).toEqual([expect.objectContaining({ departmentId: itDept, ratings: 1, csat: 0, average: 2 })]);
    expect(summary.provides).toMatchObject({ requests: 0, ratings: 1, csat: 0, average: 2 });
    const consumer = (await owner.request('GET', `/api/v1/departments/${hrDept}/service-summary?${april}`)).json();
    expect(consumer.consumes).toEqual([expect.objectContaining({ departmentName: 'Phòng CNTT', requests: 0, ratings: 1, csat: 0 })]);
    // March holds nothing in either (the rating is 1 April in Vietnam, although 31 March in UTC).
    const march = 'from=2026-03-01&to=2026-03-31';
    expect((await owner.request('GET', `/api/v1/internal-requests/csat?${march}`)).json().data).toEqual([]);
    expect((await owner.request('GET', `/api/v1/departments/${itDept}/service-summary?${march}`)).json().provides).toMatchObject({ ratings: 0, csat: null });
    // Without a period both count every rating.
    const all = (await owner.request('GET', '/api/v1/internal-requests/csat')).json().data[0];
    expect((await owner.request('GET', `/api/v1/departments/${itDept}/service-summary`)).json().provides).toMatchObject({ ratings: all.ratings, csat: all.csat });
  });

  it('keeps public holidays of every year in a saved calendar (Tết 2031), with the workspace\'s own days added', async () => {
    const saved = await owner.request('PUT', '/api/v1/work-calendar', { workDays: [1, 2, 3, 4, 5], holidays: [{ date: '2031-01-21', name: 'Nghỉ bù của công ty' }] });
    expect(saved.statusCode, saved.body).toBe(200);
    const year = new Date().getUTCFullYear();
    expect(saved.json()).toMatchObject({ publicHolidays: true, holidays: [{ date: '2031-01-21', name: 'Nghỉ bù của công ty' }] });
    expect(saved.json().publicHolidayList.map((h: { date: string }) => h.date.slice(0, 4))).toContain(String(year + 1));
    const [reqEmp] = await t.database.system.select({ id: employees.id }).from(employees).where(eq(employees.userId, requesterUser.userId));
    const auth: WorkspaceAuth = { workspaceId: ws.workspaceId, role: 'owner', userId: ws.owner.userId, apiKeyId: null };
    const scope = { workspaceId: ws.workspaceId, actorUserId: ws.owner.userId, actorApiKeyId: null, requestId: null };
    const ask = (at: Date) =>
      t.database.inWorkspace(scope, (tx) => createRequest(tx, auth, { serviceId: laptop, title: 'Trước Tết', answers: { model: 'Văn phòng' }, priority: 'normal', requesterEmployeeId: reqEmp!.id }, at));
    // Monday 20 Jan 2031, 16:00: 90 minutes that day; Tuesday 21 is the company's own day off; 22–26 January are Tết 2031
    // (computed, never saved); then Monday 27 January 08:00 + 150 minutes.
    const beforeTet = await ask(vn('2031-01-20T16:00:00'));
    expect(new Date(beforeTet.firstResponse.dueAt)).toEqual(vn('2031-01-27T10:30:00'));
    // With the statutory days switched off, only the own day remains: Wednesday 22 January, 10:30.
    const off = await owner.request('PUT', '/api/v1/work-calendar', { publicHolidays: false });
    expect(off.json()).toMatchObject({ publicHolidays: false, publicHolidayList: [], holidays: [{ date: '2031-01-21' }] });
    expect(new Date((await ask(vn('2031-01-20T16:00:00'))).firstResponse.dueAt)).toEqual(vn('2031-01-22T10:30:00'));
    await owner.request('PUT', '/api/v1/work-calendar', { publicHolidays: true });
  });
});
