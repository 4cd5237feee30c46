import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestUser, type TestWorkspace } from '../../test/harness';

/**
 * Hand-counted fixture, period 1–31 October 2026 (Vietnam days):
 * - An (staff, Sales): open 3 (t5, t6, t7); done in period 4 (t1, t2, t3, t9), 3 with a due time, 1 on time → 33.3 %;
 *   overdue 1 (t5: due in the period, still open; t7 was due before it); interactions 2; owns 2 people and 1 organization;
 *   CSAT: P1 gave 5 and P2 gave 2 in the period → 50 % of 2 (P1's September 4 and the NPS answer do not count).
 * - Bình (staff, Sales North, under Sales): done 1 exactly at its due time → on time 100 %; interactions 1; owns 1 person
 *   (a deleted one does not count); CSAT 100 % of 1.
 * - Minh (manager, heads Sales) and Chi (staff, Support): nothing.
 */
describe('workload report', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let an: TestUser, binh: TestUser, minh: TestUser, chi: TestUser, hr: TestUser;
  let sales: string, north: string, support: string;
  const ids: Record<string, string> = {};
  const q = (sql: string, values: unknown[] = []) => t.database.query(sql, values);
  const one = async (sql: string, values: unknown[] = []) => String((await q(sql, values)).rows[0]!.id);
  const Q = 'from=2026-10-01&to=2026-10-31';

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    const w = ws.workspaceId;
    an = await buildMember(t.database, w, 'staff');
    binh = await buildMember(t.database, w, 'staff');
    minh = await buildMember(t.database, w, 'manager');
    chi = await buildMember(t.database, w, 'staff');
    hr = await buildMember(t.database, w, 'hr');
    const emp = (name: string, user: TestUser, dep: string | null) =>
      one(`INSERT INTO employees (workspace_id, full_name, department_id, user_id, start_date, referral_code) VALUES ($1, $2, $3, $4, '2025-01-01', $5) RETURNING id`, [w, name, dep, user.userId, `R${Math.random().toString(36).slice(2, 10)}`]);
    sales = await one(`INSERT INTO departments (workspace_id, name) VALUES ($1, 'Kinh doanh') RETURNING id`, [w]);
    north = await one(`INSERT INTO departments (workspace_id, name, parent_id) VALUES ($1, 'Kinh doanh miền Bắc', $2) RETURNING id`, [w, sales]);
    support = await one(`INSERT INTO departments (workspace_id, name) VALUES ($1, 'Chăm sóc khách hàng') RETURNING id`, [w]);
    const minhEmp = await emp('Lê Văn Minh', minh, sales);
    await q(`UPDATE departments SET head_employee_id = $2 WHERE workspace_id = $1 AND id = $3`, [w, minhEmp, sales]);
    await emp('Nguyễn Thị An', an, sales);
    await emp('Trần Văn Bình', binh, north);
    await emp('Phạm Thị Chi', chi, support);

    const task = async (key: string, user: TestUser, status: string, due: string | null, completed: string | null) => {
      ids[key] = await one(`INSERT INTO tasks (workspace_id, title, assignee_user_id, status, due_at, completed_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [w, key, user.userId, status, due, completed]);
    };
    await task('t1', an, 'done', '2026-10-10T10:00:00+07:00', '2026-10-09T09:00:00+07:00');
    await task('t2', an, 'done', '2026-10-10T10:00:00+07:00', '2026-10-12T09:00:00+07:00');
    await task('t3', an, 'done', null, '2026-10-15T09:00:00+07:00');
    await task('t4', an, 'done', '2026-09-20T10:00:00+07:00', '2026-09-25T09:00:00+07:00');
    await task('t5', an, 'open', '2026-10-20T10:00:00+07:00', null);
    await task('t6', an, 'in_progress', '2099-01-01T00:00:00+07:00', null);
    await task('t7', an, 'open', '2026-09-15T10:00:00+07:00', null);
    await task('t8', an, 'cancelled', '2026-10-05T10:00:00+07:00', null);
    await task('t9', an, 'done', '2026-10-31T23:00:00+07:00', '2026-10-31T23:30:00+07:00');
    await task('t9b', an, 'done', '2026-10-31T23:00:00+07:00', '2026-11-01T00:10:00+07:00');
    await task('t10', binh, 'done', '2026-10-05T10:00:00+07:00', '2026-10-05T10:00:00+07:00');

    const person = async (name: string, ownerUser: TestUser) => (await owner.request('POST', '/api/v1/people', { fullName: name, ownerUserId: ownerUser.userId })).json().id as string;
    const p1 = await person('Khách Một', an);
    const p2 = await person('Khách Hai', an);
    const p3 = await person('Khách Ba', binh);
    const gone = await person('Khách Đã Xoá', binh);
    expect((await owner.request('DELETE', `/api/v1/people/${gone}`)).statusCode).toBe(204);
    expect((await owner.request('POST', '/api/v1/organizations', { name: 'Công ty của An', ownerUserId: an.userId })).statusCode).toBe(201);
    const touch = (user: TestUser, personId: string, at: string) =>
      q(`INSERT INTO interactions (workspace_id, kind, summary, person_id, user_id, occurred_at) VALUES ($1, 'call', 'Gọi', $2, $3, $4)`, [w, personId, user.userId, at]);
    await touch(an, p1, '2026-10-03T10:00:00+07:00');
    await touch(an, p2, '2026-10-04T10:00:00+07:00');
    await touch(an, p1, '2026-09-04T10:00:00+07:00');
    await touch(binh, p3, '2026-10-06T10:00:00+07:00');
    const survey = (kind: string) =>
      one(`INSERT INTO surveys (workspace_id, name, kind, status, audience, thank_you, public_id) VALUES ($1, $2, $2, 'active', '{}', '{"vi":"","en":""}', $3) RETURNING id`, [w, kind, `p${Math.random().toString(36).slice(2)}`]);
    const csat = await survey('csat');
    const nps = await survey('nps');
    const answer = (s: string, personId: string, score: number, at: string) =>
      q(`INSERT INTO survey_responses (workspace_id, survey_id, submitted_at, day, channel, score, person_id) VALUES ($1, $2, $3, ($3::timestamptz)::date, 'email', $4, $5)`, [w, s, at, score, personId]);
    await answer(csat, p1, 5, '2026-10-05T10:00:00+07:00');
    await answer(csat, p2, 2, '2026-10-05T11:00:00+07:00');
    await answer(csat, p1, 4, '2026-09-05T10:00:00+07:00');
    await answer(nps, p1, 10, '2026-10-05T12:00:00+07:00');
    await answer(csat, p3, 4, '2026-10-07T10:00:00+07:00');
  });
  afterAll(() => t.close());

  const rowOf = (report: { rows: { name: string }[] }, name: string) => report.rows.find((r) => r.name === name) as unknown as Record<string, unknown> & { links: Record<string, string | null> };

  it('counts each figure as defined, per employee, against the hand-counted fixture', async () => {
    const res = await owner.request('GET', `/api/v1/reports/workload?${Q}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.scope).toBe('all');
    expect(rowOf(report, 'Nguyễn Thị An')).toMatchObject({
      kind: 'employee', userId: an.userId, departmentId: sales, departmentName: 'Kinh doanh', members: 1,
      openTasks: 3, doneTasks: 4, doneWithDue: 3, doneOnTime: 1, onTimePercent: 33.3, overdue: 1,
      interactions: 2, customersOwned: 2, organizationsOwned: 1, satisfaction: 50, satisfactionResponses: 2,
    });
    expect(rowOf(report, 'Trần Văn Bình')).toMatchObject({ openTasks: 0, doneTasks: 1, doneWithDue: 1, doneOnTime: 1, onTimePercent: 100, overdue: 0, interactions: 1, customersOwned: 1, satisfaction: 100, satisfactionResponses: 1 });
    expect(rowOf(report, 'Phạm Thị Chi')).toMatchObject({ openTasks: 0, doneTasks: 0, onTimePercent: null, satisfaction: null, satisfactionResponses: 0 });
    expect(report.rows).toHaveLength(6);
    expect(report.total).toMatchObject({ members: 6, openTasks: 3, doneTasks: 5, doneWithDue: 4, doneOnTime: 2, onTimePercent: 50, interactions: 3, customersOwned: 3, satisfaction: 66.7 });
  });

  it('links every figure to the list of exactly those records', async () => {
    const an_ = rowOf((await owner.request('GET', `/api/v1/reports/workload?${Q}`)).json(), 'Nguyễn Thị An');
    const titles = async (link: string | null | undefined) => {
      const res = await owner.request('GET', link!);
      expect(res.statusCode, `${link} ${res.body}`).toBe(200);
      return res.json().data.map((r: { title?: string; fullName?: string; name?: string; summary?: string }) => r.title ?? r.fullName ?? r.name ?? r.summary).sort();
    };
    expect(await titles(an_.links.openTasks)).toEqual(['t5', 't6', 't7']);
    expect(await titles(an_.links.doneTasks)).toEqual(['t1', 't2', 't3', 't9']);
    expect(await titles(an_.links.doneWithDue)).toEqual(['t1', 't2', 't9']);
    expect(await titles(an_.links.doneOnTime)).toEqual(['t1']);
    expect(await titles(an_.links.overdue)).toEqual(['t5']);
    expect(await titles(an_.links.interactions)).toHaveLength(2);
    expect(await titles(an_.links.customersOwned)).toEqual(['Khách Hai', 'Khách Một']);
    expect(await titles(an_.links.organizationsOwned)).toEqual(['Công ty của An']);
    // Team rows list by department.
    const team = (await owner.request('GET', `/api/v1/reports/workload?${Q}&groupBy=team`)).json();
    const salesRow = team.rows.find((r: { departmentId: string }) => r.departmentId === sales);
    expect(salesRow).toMatchObject({ kind: 'team', name: 'Kinh doanh', members: 2, openTasks: 3, doneTasks: 4, onTimePercent: 33.3 });
    expect(await titles(salesRow.links.doneOnTime)).toEqual(['t1']);
    expect(await titles(salesRow.links.interactions)).toHaveLength(2);
    expect(await titles(salesRow.links.customersOwned)).toEqual(['Khách Hai', 'Khách Một']);
    expect(team.rows.map((r: { departmentId: string | null }) => r.departmentId)).toEqual([support, sales, north, null]);
  });

  it('shows a manager their departments (and those below), staff themselves, owner/admin/HR everyone', async () => {
    const names = async (c: Client, extra = '') => {
      const res = await c.request('GET', `/api/v1/reports/workload?${Q}${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return { scope: res.json().scope, names: res.json().rows.map((r: { name: string }) => r.name).sort() };
    };
    expect(await names(await signIn(t.app, minh.email, minh.password))).toEqual({ scope: 'department', names: ['Lê Văn Minh', 'Nguyễn Thị An', 'Trần Văn Bình'] });
    expect(await names(await signIn(t.app, minh.email, minh.password), `&departmentId=${support}`)).toEqual({ scope: 'department', names: [] });
    expect(await names(await signIn(t.app, an.email, an.password))).toEqual({ scope: 'self', names: ['Nguyễn Thị An'] });
    expect((await names(await signIn(t.app, chi.email, chi.password), '&groupBy=team')).names).toEqual(['Chăm sóc khách hàng']);
    expect((await names(await signIn(t.app, hr.email, hr.password))).names).toHaveLength(6);
    expect((await names(owner, `&departmentId=${sales}`)).names).toEqual(['Lê Văn Minh', 'Nguyễn Thị An']);
    expect((await withApiKey(t.app, ws.apiKey).request('GET', `/api/v1/reports/workload?${Q}`)).statusCode).toBe(200);
  });

  it('rejects a bad period naming the field', async () => {
    for (const [query, path] of [['from=2026-10-31&to=2026-10-01', 'to'], ['from=2026-13-01&to=2026-10-01', 'from'], ['from=2024-01-01&to=2026-01-01', 'to'], ['to=2026-10-01', 'from']] as const) {
      const res = await owner.request('GET', `/api/v1/reports/workload?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].path, query).toBe(path);
    }
  });

  it('exports the same figures as CSV and XLSX', async () => {
    const csv = await owner.request('GET', `/api/v1/reports/workload/export?${Q}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('khoi-luong-cong-viec-20261001-20261031.csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Nhân viên / Nhóm,Phòng ban,Số người,Việc đang mở,Việc hoàn thành,Hoàn thành có hạn,Hoàn thành đúng hạn,Tỷ lệ đúng hạn (%),Quá hạn,Tương tác,Khách hàng phụ trách,Tổ chức phụ trách,Hài lòng CSAT (%),Số phản hồi CSAT');
    expect(lines).toContain('Nguyễn Thị An,Kinh doanh,1,3,4,3,1,33.3,1,2,2,1,50,2');
    expect(lines.at(-1)).toBe('Tổng cộng,,6,3,5,4,2,50,1,3,3,1,66.7,3');
    const xlsx = await owner.request('GET', `/api/v1/reports/workload/export?${Q}&format=xlsx&groupBy=team`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Khối lượng công việc')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]![0]).toBe('Nhân viên / Nhóm');
    expect(rows.find((r) => r[0] === 'Kinh doanh')).toEqual(['Kinh doanh', 'Kinh doanh', 2, 3, 4, 3, 1, 33.3, 1, 2, 2, 1, 50, 2]);
    expect(rows.find((r) => r[0] === 'Chưa có phòng ban')?.[2]).toBe(2);
    // Staff export only themselves.
    const mine = await (await signIn(t.app, an.email, an.password)).request('GET', `/api/v1/reports/workload/export?${Q}&format=csv`);
    expect(mine.body.trim().split('\r\n')).toHaveLength(3);
  });
});
