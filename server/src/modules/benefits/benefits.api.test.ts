import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('benefits and policies', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let hr: Client;
  let employeeId: string;
  let lunchId: string;
  let insuranceId: string;
  let discountId: string;
  let assignmentId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    const hrUser = await buildMember(t.database, ws.workspaceId, 'hr');
    hr = await signIn(t.app, hrUser.email, hrUser.password);
    employeeId = (await hr.request('POST', '/api/v1/employees', { fullName: 'Phạm Thị Phúc Lợi', startDate: '2024-02-01' })).json().id;
  });
  afterAll(() => t.close());

  it('keeps a catalog of insurance, allowances and the employee discount policy', async () => {
    const lunch = await hr.request('POST', '/api/v1/benefits', { name: 'Phụ cấp ăn trưa', kind: 'allowance', defaultAmount: 730_000, description: 'Theo quy chế lương' });
    expect(lunch.statusCode, lunch.body).toBe(201);
    expect(lunch.json()).toMatchObject({ name: 'Phụ cấp ăn trưa', kind: 'allowance', defaultAmount: 730_000, amountPeriod: 'month', amountHidden: false, currentHolders: 0, archived: false });
    lunchId = lunch.json().id;
    insuranceId = (await owner.request('POST', '/api/v1/benefits', { name: 'Bảo hiểm sức khỏe Bảo Việt', kind: 'insurance', defaultAmount: 6_500_000, amountPeriod: 'year' })).json().id;
    const policy = (await hr.request('POST', '/api/v1/discount-policies', { name: 'Ưu đãi sản phẩm công ty', category: 'Điện thoại', percent: 30, capAmount: 5_000_000 })).json();
    const discount = await hr.request('POST', '/api/v1/benefits', { name: 'Mua hàng giảm giá cho nhân viên', kind: 'discount', discountPolicyId: policy.id });
    expect(discount.statusCode, discount.body).toBe(201);
    expect(discount.json().discountPolicy).toMatchObject({ id: policy.id, name: 'Ưu đãi sản phẩm công ty', percent: 30, capAmount: 5_000_000 });
    discountId = discount.json().id;

    const list = (await hr.request('GET', '/api/v1/benefits')).json().data;
    expect(list.map((b: { name: string }) => b.name)).toEqual(['Phụ cấp ăn trưa', 'Mua hàng giảm giá cho nhân viên', 'Bảo hiểm sức khỏe Bảo Việt']);
    expect((await hr.request('GET', '/api/v1/benefits?kind=insurance')).json().data).toHaveLength(1);

    const renamed = await hr.request('PATCH', `/api/v1/benefits/${insuranceId}`, { name: 'Bảo hiểm sức khỏe PVI', defaultAmount: 7_000_000 });
    expect(renamed.json()).toMatchObject({ name: 'Bảo hiểm sức khỏe PVI', defaultAmount: 7_000_000, amountPeriod: 'year' });
  });

  it('names the wrong field on bad input and writes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ name: '', kind: 'allowance' }, 'name'],
      [{ name: 'X', kind: 'bonus' }, 'kind'],
      [{ name: 'X', kind: 'allowance', defaultAmount: -1 }, 'defaultAmount'],
      [{ name: 'X', kind: 'allowance', discountPolicyId: '0190a000-0000-7000-8000-000000000000' }, 'discountPolicyId'],
      [{ name: 'X', kind: 'discount', discountPolicyId: '0190a000-0000-7000-8000-000000000000' }, 'discountPolicyId'],
      [{ name: 'X', kind: 'leave', defaultAmount: 100 }, 'defaultAmount'],
      [{ name: 'X', kind: 'allowance', color: 'red' }, ''],
    ];
    for (const [body, path] of cases) {
      const res = await hr.request('POST', '/api/v1/benefits', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      if (path) expect(res.json().errors.map((e: { path: string }) => e.path), JSON.stringify(body)).toContain(path);
    }
    expect((await hr.request('GET', '/api/v1/benefits')).json().data).toHaveLength(3);

    const assignCases: [unknown, string, number][] = [
      [{ benefitId: lunchId }, 'startDate', 400],
      [{ benefitId: lunchId, startDate: '2025-13-01' }, 'startDate', 400],
      [{ benefitId: lunchId, startDate: '2025-01-01', endDate: '2024-12-31' }, 'endDate', 400],
      [{ benefitId: lunchId, startDate: '2025-01-01', amount: 1.5 }, 'amount', 400],
      [{ benefitId: discountId, startDate: '2025-01-01', amount: 100_000 }, 'amount', 400],
      [{ benefitId: '0190a000-0000-7000-8000-000000000000', startDate: '2025-01-01' }, 'benefitId', 400],
    ];
    for (const [body, path, status] of assignCases) {
      const res = await hr.request('POST', `/api/v1/employees/${employeeId}/benefits`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().errors.map((e: { path: string }) => e.path), JSON.stringify(body)).toContain(path);
    }
    expect((await hr.request('GET', `/api/v1/employees/${employeeId}/benefits`)).json().data).toEqual([]);
    expect((await hr.request('POST', `/api/v1/employees/0190a000-0000-7000-8000-000000000000/benefits`, { benefitId: lunchId, startDate: '2025-01-01' })).statusCode).toBe(404);
  });

  it('gives an employee benefits for a period, refuses overlaps, changes and ends them', async () => {
    const lunch = await hr.request('POST', `/api/v1/employees/${employeeId}/benefits`, { benefitId: lunchId, startDate: '2024-02-01', notes: 'Theo hợp đồng số 12/2024' });
    expect(lunch.statusCode, lunch.body).toBe(201);
    // The amount defaults to the catalog's.
    expect(lunch.json()).toMatchObject({ benefitName: 'Phụ cấp ăn trưa', kind: 'allowance', amount: 730_000, amountPeriod: 'month', state: 'current', endDate: null, amountHidden: false });
    assignmentId = lunch.json().id;
    const overlap = await hr.request('POST', `/api/v1/employees/${employeeId}/benefits`, { benefitId: lunchId, startDate: '2025-06-01' });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().errors[0].path).toBe('benefitId');

    const insurance = await hr.request('POST', `/api/v1/employees/${employeeId}/benefits`, { benefitId: insuranceId, startDate: '2025-01-01', endDate: '2025-12-31', amount: 8_100_000 });
    expect(insurance.json()).toMatchObject({ amount: 8_100_000, state: 'ended' });
    await hr.request('POST', `/api/v1/employees/${employeeId}/benefits`, { benefitId: discountId, startDate: '2099-01-01' });

    const changed = await hr.request('PATCH', `/api/v1/employees/${employeeId}/benefits/${assignmentId}`, { amount: 900_000 });
    expect(changed.json().amount).toBe(900_000);
    expect((await hr.request('PATCH', `/api/v1/employees/${employeeId}/benefits/${assignmentId}`, { endDate: '2020-01-01' })).json().errors[0].path).toBe('endDate');

    const list = (await hr.request('GET', `/api/v1/employees/${employeeId}/benefits`)).json().data;
    expect(list.map((b: { benefitName: string; state: string }) => [b.benefitName, b.state])).toEqual([
      ['Phụ cấp ăn trưa', 'current'],
      ['Mua hàng giảm giá cho nhân viên', 'upcoming'],
      ['Bảo hiểm sức khỏe PVI', 'ended'],
    ]);
    expect((await hr.request('GET', `/api/v1/benefits/${lunchId}`)).json().currentHolders).toBe(1);
    expect((await hr.request('GET', `/api/v1/benefits/${lunchId}/holders`)).json().data.map((h: { employeeName: string }) => h.employeeName)).toEqual(['Phạm Thị Phúc Lợi']);

    const badEnd = await hr.request('POST', `/api/v1/employees/${employeeId}/benefits/${assignmentId}/end`, { endDate: '2024-01-31' });
    expect(badEnd.statusCode).toBe(400);
    expect(badEnd.json().errors[0].path).toBe('endDate');
    const ended = await hr.request('POST', `/api/v1/employees/${employeeId}/benefits/${assignmentId}/end`, { endDate: '2026-01-31' });
    expect(ended.json()).toMatchObject({ endDate: '2026-01-31', state: 'ended' });
    // A new period of the same benefit after the end is fine.
    expect((await hr.request('POST', `/api/v1/employees/${employeeId}/benefits`, { benefitId: lunchId, startDate: '2026-02-01', amount: 950_000 })).statusCode).toBe(201);

    // A benefit with a history cannot be deleted, only archived; archived ones cannot be given.
    expect((await hr.request('DELETE', `/api/v1/benefits/${insuranceId}`)).statusCode).toBe(409);
    expect((await hr.request('PATCH', `/api/v1/benefits/${insuranceId}`, { archived: true })).json().archived).toBe(true);
    expect((await hr.request('GET', '/api/v1/benefits')).json().data.map((b: { id: string }) => b.id)).not.toContain(insuranceId);
    expect((await hr.request('GET', '/api/v1/benefits?includeArchived=true')).json().data.map((b: { id: string }) => b.id)).toContain(insuranceId);
    const other = (await hr.request('POST', '/api/v1/employees', { fullName: 'Người Khác', startDate: '2025-01-01' })).json().id;
    const archived = await hr.request('POST', `/api/v1/employees/${other}/benefits`, { benefitId: insuranceId, startDate: '2026-01-01' });
    expect(archived.statusCode).toBe(400);
    expect(archived.json().errors[0].path).toBe('benefitId');
    const unused = (await hr.request('POST', '/api/v1/benefits', { name: 'Nghỉ phép thêm', kind: 'leave' })).json().id;
    expect((await hr.request('DELETE', `/api/v1/benefits/${unused}`)).statusCode).toBe(204);
    expect((await hr.request('GET', `/api/v1/benefits/${unused}`)).statusCode).toBe(404);
  });

  it('never gives amounts or HR notes to staff, managers, admins or viewers — by any route — and lets only HR and the owner change benefits', async () => {
    const clients: Client[] = [];
    for (const role of ['staff', 'manager', 'admin', 'viewer'] as const) {
      const m = await buildMember(t.database, ws.workspaceId, role);
      clients.push(await signIn(t.app, m.email, m.password));
    }
    const { key } = (await owner.request('POST', '/api/v1/api-keys', { name: 'Tích hợp', role: 'admin' })).json();
    clients.push(withApiKey(t.app, key));
    for (const c of clients) {
      const mine = (await c.request('GET', `/api/v1/employees/${employeeId}/benefits`)).json().data;
      // They see which benefits the employee has, with dates, but not the amounts.
      expect(mine.map((b: { benefitName: string }) => b.benefitName)).toContain('Phụ cấp ăn trưa');
      expect(mine.every((b: { amount: unknown; notes: unknown }) => b.amount === null && b.notes === null)).toBe(true);
      const bodies = [
        JSON.stringify(mine),
        (await c.request('GET', '/api/v1/benefits?includeArchived=true')).body,
        (await c.request('GET', `/api/v1/benefits/${lunchId}`)).body,
        (await c.request('GET', `/api/v1/benefits/${lunchId}/holders?scope=all`)).body,
        (await c.request('GET', '/api/v1/employees?limit=200')).body,
        (await c.request('GET', `/api/v1/employees/${employeeId}`)).body,
        (await c.request('GET', '/api/v1/events?limit=200')).body,
        (await c.request('GET', '/api/v1/events?entityType=employee_benefits')).body,
        (await c.request('GET', '/api/v1/events?entityType=benefits')).body,
        (await c.request('GET', `/api/v1/search?q=${encodeURIComponent('Phúc Lợi')}`)).body,
      ];
      for (const body of bodies) {
        for (const secret of ['730000', '900000', '950000', '8100000', '7000000', '6500000', 'Theo hợp đồng số 12/2024']) expect(body).not.toContain(secret);
      }
      expect((await c.request('POST', '/api/v1/benefits', { name: 'Thưởng', kind: 'other' })).statusCode).toBe(403);
      expect((await c.request('PATCH', `/api/v1/benefits/${lunchId}`, { defaultAmount: 1 })).statusCode).toBe(403);
      expect((await c.request('POST', `/api/v1/employees/${employeeId}/benefits`, { benefitId: discountId, startDate: '2030-01-01' })).statusCode).toBe(403);
      expect((await c.request('PATCH', `/api/v1/employees/${employeeId}/benefits/${assignmentId}`, { amount: 1 })).statusCode).toBe(403);
      expect((await c.request('POST', `/api/v1/employees/${employeeId}/benefits/${assignmentId}/end`, {})).statusCode).toBe(403);
    }
    // Non-HR roles that may read the trail still see that a benefit changed, without its amount.
    const m = await buildMember(t.database, ws.workspaceId, 'manager');
    const manager = await signIn(t.app, m.email, m.password);
    const trail = (await manager.request('GET', '/api/v1/events?entityType=employee_benefits')).json().data;
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.every((e: { after: Record<string, unknown> | null }) => !e.after || !('amount' in e.after))).toBe(true);
    // HR and the owner see the amounts, including in the audit trail.
    for (const c of [hr, owner]) {
      const list = (await c.request('GET', `/api/v1/employees/${employeeId}/benefits`)).json().data;
      expect(list.map((b: { amount: number | null }) => b.amount)).toContain(950_000);
      expect((await c.request('GET', '/api/v1/events?entityType=employee_benefits')).body).toContain('900000');
      expect((await c.request('GET', `/api/v1/benefits/${lunchId}`)).json().defaultAmount).toBe(730_000);
    }
  });

  it('a change of an employee benefit is recorded in the audit trail with the change itself', async () => {
    const events = (await hr.request('GET', `/api/v1/events?entityType=employee_benefits&entityId=${assignmentId}`)).json().data;
    const update = events.find((e: { action: string; changes: Record<string, unknown> | null }) => e.action === 'update' && e.changes && 'amount' in e.changes);
    expect(update.changes.amount).toEqual({ from: 730000, to: 900000 });
  });
});
