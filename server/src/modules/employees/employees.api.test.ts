import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrRemindersJob } from './hr-reminders.job';
import pino from 'pino';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('departments, employees and HR records', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let hr: Client;
  let employeeId: string;
  let contractId: string;

  beforeAll(async () => {
    t = await buildTestApp({ PUBLIC_URL: 'https://crm.sen.vn' });
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    const hrUser = await buildMember(t.database, ws.workspaceId, 'hr');
    hr = await signIn(t.app, hrUser.email, hrUser.password);
  });
  afterAll(() => t.close());

  it('builds a department tree and refuses cycles', async () => {
    const company = (await owner.request('POST', '/api/v1/departments', { name: 'Ban Giám đốc' })).json();
    const it_ = (await owner.request('POST', '/api/v1/departments', { name: 'Phòng CNTT', parentId: company.id })).json();
    const helpdesk = (await owner.request('POST', '/api/v1/departments', { name: 'Tổ Hỗ trợ', parentId: it_.id })).json();
    const cycle = await owner.request('PATCH', `/api/v1/departments/${company.id}`, { parentId: helpdesk.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].path).toBe('parentId');
    const all = (await owner.request('GET', '/api/v1/departments')).json().data;
    expect(all.find((d: { id: string }) => d.id === helpdesk.id).parentId).toBe(it_.id);
  });

  it('adds an employee with a referral link, and HR records a contract with salary', async () => {
    const dept = (await hr.request('POST', '/api/v1/departments', { name: 'Phòng Kinh doanh' })).json();
    const res = await hr.request('POST', '/api/v1/employees', { fullName: 'Trần Thị Thu Hà', departmentId: dept.id, startDate: '2024-03-01', phone: '0912 111 222' });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    employeeId = e.id;
    expect(e).toMatchObject({ fullName: 'Trần Thị Thu Hà', departmentName: 'Phòng Kinh doanh', phone: '+84912111222', status: 'active', contractType: null });
    expect(e.referralUrl).toBe(`https://crm.sen.vn/r/${e.referralCode}`);
    const c = await hr.request('POST', `/api/v1/employees/${e.id}/contracts`, {
      type: 'indefinite',
      startDate: '2024-05-01',
      salary: 18_500_000,
      allowances: [{ name: 'Ăn trưa', amount: 730_000 }],
    });
    expect(c.statusCode, c.body).toBe(201);
    contractId = c.json().id;
    expect((await owner.request('GET', `/api/v1/employees/${e.id}`)).json().contractType).toBe('indefinite');
    expect((await owner.request('GET', '/api/v1/employees/me')).statusCode).toBe(404);
    await hr.request('PATCH', `/api/v1/employees/${e.id}`, { userId: ws.owner.userId });
    expect((await owner.request('GET', '/api/v1/employees/me')).json().id).toBe(e.id);
  });

  it('never gives salary or contract terms to staff, managers or admins — by any route', async () => {
    const clients: Client[] = [];
    for (const role of ['staff', 'manager', 'admin', 'viewer'] as const) {
      const m = await buildMember(t.database, ws.workspaceId, role);
      clients.push(await signIn(t.app, m.email, m.password));
    }
    const { key } = (await owner.request('POST', '/api/v1/api-keys', { name: 'Tích hợp', role: 'admin' })).json();
    clients.push(withApiKey(t.app, key));
    for (const c of clients) {
      const bodies = [
        (await c.request('GET', '/api/v1/employees?limit=200')).body,
        (await c.request('GET', `/api/v1/employees/${employeeId}`)).body,
        (await c.request('GET', `/api/v1/events?limit=200`)).body,
        (await c.request('GET', `/api/v1/events?entityType=employee_contracts`)).body,
        (await c.request('GET', `/api/v1/search?q=${encodeURIComponent('Thu Hà')}`)).body,
      ];
      for (const body of bodies) {
        expect(body).not.toContain('18500000');
        expect(body).not.toContain('salary');
        expect(body).not.toContain('730000');
      }
      expect((await c.request('GET', `/api/v1/employees/${employeeId}/contracts`)).statusCode).toBe(403);
      expect((await c.request('PATCH', `/api/v1/employees/${employeeId}/contracts/${contractId}`, { salary: 1 })).statusCode).toBe(403);
    }
    // HR and the owner see them, including in the audit trail.
    for (const c of [hr, owner]) {
      expect((await c.request('GET', `/api/v1/employees/${employeeId}/contracts`)).json().data[0].salary).toBe(18_500_000);
      expect((await c.request('GET', `/api/v1/events?entityType=employee_contracts`)).body).toContain('18500000');
    }
  });

  it('records leaving with a date and reason, and reports turnover and tenure per department', async () => {
    const dept = (await hr.request('POST', '/api/v1/departments', { name: 'Phòng Kế toán' })).json();
    const ids: string[] = [];
    for (const [i, start] of ['2023-01-01', '2024-01-01', '2025-06-01', '2026-02-01'].entries()) {
      ids.push((await hr.request('POST', '/api/v1/employees', { fullName: `Kế toán ${i}`, departmentId: dept.id, startDate: start })).json().id);
    }
    expect((await hr.request('PATCH', `/api/v1/employees/${ids[0]}`, { status: 'left' })).statusCode).toBe(400);
    const left = await hr.request('PATCH', `/api/v1/employees/${ids[0]}`, { status: 'left', leftDate: '2026-03-15', leftReason: 'Chuyển công tác' });
    expect(left.json()).toMatchObject({ status: 'left', leftDate: '2026-03-15' });
    const report = (await hr.request('GET', `/api/v1/employees/turnover?from=2026-01-01&to=2026-06-30&departmentId=${dept.id}`)).json().data;
    // Start: 3 employed (2023, 2024, 2025 hires). End: 3 (one left, one hired). Average 3; 1 exit → 33.3 %.
    expect(report).toEqual([
      expect.objectContaining({ departmentName: 'Phòng Kế toán', headcountStart: 3, headcountEnd: 3, hires: 1, exits: 1, averageHeadcount: 3, turnoverPercent: 33.3 }),
    ]);
    expect(report[0].averageTenureMonths).toBeGreaterThan(10);
  });

  it('raises one task for HR per contract ending within 30 days and per probation ending, however often the job runs', async () => {
    const e = (await hr.request('POST', '/api/v1/employees', { fullName: 'Lý Văn Thử', startDate: '2026-10-01' })).json();
    await hr.request('POST', `/api/v1/employees/${e.id}/contracts`, { type: 'probation', startDate: '2026-10-01', endDate: '2026-11-30' });
    const e2 = (await hr.request('POST', '/api/v1/employees', { fullName: 'Đinh Thị Hạn', startDate: '2025-01-01' })).json();
    await hr.request('POST', `/api/v1/employees/${e2.id}/contracts`, { type: 'fixed_term', startDate: '2025-01-01', endDate: '2026-12-20', salary: 12_000_000 });
    const run = () => hrRemindersJob.handler({ today: '2026-11-25' }, { database: t.database, log: pino({ level: 'silent' }) });
    await Promise.all([run(), run()]);
    await run();
    const tasks = await t.database.query(`SELECT title, source, assignee_user_id FROM tasks WHERE workspace_id = $1 ORDER BY title`, [ws.workspaceId]);
    expect(tasks.rows.map((r) => r.title)).toEqual(['Hết thử việc: Lý Văn Thử', 'Hợp đồng sắp hết hạn: Đinh Thị Hạn']);
    expect(tasks.rows.every((r) => r.assignee_user_id)).toBe(true);
    expect(JSON.stringify(tasks.rows)).not.toContain('12000000');
  });
});
