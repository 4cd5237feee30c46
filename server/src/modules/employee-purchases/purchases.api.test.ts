import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('employees as customers: purchase discounts and referrals', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let hr: Client;
  let sales: Client;
  let phone: string;
  let tv: string;
  let employeePersonId: string;
  let employeeId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    const owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    const hrUser = await buildMember(t.database, ws.workspaceId, 'hr');
    hr = await signIn(t.app, hrUser.email, hrUser.password);
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    sales = await signIn(t.app, staff.email, staff.password);
    phone = (await owner.request('POST', '/api/v1/products', { name: 'Điện thoại S26', category: 'mobile', price: 20_000_000 })).json().id;
    tv = (await owner.request('POST', '/api/v1/products', { name: 'TV 55 inch', category: 'tv', price: 15_000_000 })).json().id;
    const policy = await hr.request('POST', '/api/v1/discount-policies', {
      name: 'Ưu đãi nhân viên — điện thoại',
      category: 'mobile',
      percent: 60,
      capAmount: 15_000_000,
      period: 'quarter',
      minTenureMonths: 6,
      contractTypes: ['fixed_term', 'indefinite'],
    });
    expect(policy.statusCode, policy.body).toBe(201);
    await hr.request('POST', '/api/v1/discount-policies', { name: 'Ưu đãi chung', percent: 10, period: 'year' });
    employeePersonId = (await owner.request('POST', '/api/v1/people', { fullName: 'Nguyễn Thị Nhân Viên', phones: [{ number: '0901 000 111' }] })).json().id;
    const e = await hr.request('POST', '/api/v1/employees', { fullName: 'Nguyễn Thị Nhân Viên', startDate: '2025-01-15', personId: employeePersonId });
    employeeId = e.json().id;
    await hr.request('POST', `/api/v1/employees/${employeeId}/contracts`, { type: 'indefinite', startDate: '2025-03-15', salary: 20_000_000 });
  });
  afterAll(() => t.close());

  const order = (orderedAt: string, lines: { productId: string; quantity: number }[]) =>
    sales.request('POST', '/api/v1/orders', { buyerPersonId: employeePersonId, orderedAt, lines });

  it('applies the best policy per category automatically, within the cap of the period', async () => {
    // 60% of 20,000,000 = 12,000,000 (cap 15,000,000 per quarter: 3,000,000 left).
    const first = await order('2026-10-05T10:00:00+07:00', [{ productId: phone, quantity: 1 }, { productId: tv, quantity: 1 }]);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ buyerEmployeeId: employeeId, subtotal: 35_000_000, discountTotal: 12_000_000 + 1_500_000, total: 21_500_000 });
    // Same quarter: only 3,000,000 of the phone cap is left → 3,000,000 (more than the 10% catch-all's 2,000,000).
    const second = (await order('2026-12-31T23:30:00+07:00', [{ productId: phone, quantity: 1 }])).json();
    expect(second.discountTotal).toBe(3_000_000);
    // 31 Dec 17:30 UTC is already 1 Jan 2027 in Vietnam: a new quarter, the cap starts again.
    const third = (await order('2026-12-31T17:30:00Z', [{ productId: phone, quantity: 1 }])).json();
    expect(third.discountTotal).toBe(12_000_000);
    const usage = (await hr.request('GET', `/api/v1/discount-policies/usage?employeeId=${employeeId}&at=2026-11-01T00:00:00Z`)).json().data;
    expect(usage.find((u: { policyName: string }) => u.policyName === 'Ưu đãi nhân viên — điện thoại')).toMatchObject({ period: '2026-Q4', used: 15_000_000, cap: 15_000_000, remaining: 0 });
  });

  it('under the tenure limit only the catch-all policy applies; customers who are not employees pay full price', async () => {
    // 3.5 months of service: the 60% phone policy needs 6, so the 10% catch-all applies.
    const early = await order('2025-05-01T10:00:00+07:00', [{ productId: phone, quantity: 1 }]);
    expect(early.json().lines[0]).toMatchObject({ discountAmount: 2_000_000 });
    const customer = (await sales.request('POST', '/api/v1/people', { fullName: 'Khách Bình Thường' })).json().id;
    const res = (await sales.request('POST', '/api/v1/orders', { buyerPersonId: customer, lines: [{ productId: phone, quantity: 2 }] })).json();
    expect(res).toMatchObject({ buyerEmployeeId: null, discountTotal: 0, total: 40_000_000 });
  });

  it('staff cannot read other employees’ purchase usage or manage policies', async () => {
    expect((await sales.request('GET', `/api/v1/discount-policies/usage?employeeId=${employeeId}`)).statusCode).toBe(403);
    expect((await sales.request('POST', '/api/v1/discount-policies', { name: 'x', percent: 5 })).statusCode).toBe(403);
  });

  it('attributes customers created with a referral code or through the public link, and counts their revenue', async () => {
    const e = (await hr.request('GET', `/api/v1/employees/${employeeId}`)).json();
    const viaApi = await sales.request('POST', '/api/v1/people', { fullName: 'Bạn Của Nhân Viên', referralCode: e.referralCode.toLowerCase() });
    expect(viaApi.json()).toMatchObject({ referredByEmployeeId: employeeId, source: 'referral' });
    expect((await sales.request('POST', '/api/v1/people', { fullName: 'Sai mã', referralCode: 'NOPE1234' })).json().errors[0].path).toBe('referralCode');

    const landing = await t.app.inject({ method: 'GET', url: `/api/v1/public/referrals/${e.referralCode}` });
    expect(landing.json()).toEqual({ workspaceName: expect.any(String), employeeName: 'Nguyễn Thị Nhân Viên' });
    const signup = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/referrals/${e.referralCode}`,
      payload: { fullName: 'Hàng Xóm Mới', phone: '0977 888 999', consentToContact: true },
    });
    expect(signup.statusCode, signup.body).toBe(202);
    const noConsent = await t.app.inject({ method: 'POST', url: `/api/v1/public/referrals/${e.referralCode}`, payload: { fullName: 'X', phone: '0977 888 111', consentToContact: false } });
    expect(noConsent.statusCode).toBe(400);
    // The same person again: same answer, no duplicate.
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/public/referrals/${e.referralCode}`, payload: { fullName: 'Hàng Xóm', phone: '+84977888999', consentToContact: true } })).statusCode).toBe(202);
    const found = (await sales.request('GET', '/api/v1/search?q=hang xom moi')).json().data;
    expect(found).toHaveLength(1);
    const person = (await sales.request('GET', `/api/v1/people/${found[0].id}`)).json();
    expect(person).toMatchObject({ referredByEmployeeId: employeeId, lifecycleStage: 'lead', consents: { phone: { status: 'given', method: 'form' } } });

    await sales.request('POST', '/api/v1/orders', { buyerPersonId: found[0].id, lines: [{ productId: tv, quantity: 2 }] });
    const stats = (await hr.request('GET', '/api/v1/referrals')).json().data;
    expect(stats.find((s: { employeeId: string }) => s.employeeId === employeeId)).toMatchObject({ referredCustomers: 2, referredRevenue: 30_000_000 });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/referrals/ZZZZ9999' })).statusCode).toBe(404);
  });
});
