import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('people', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>) => owner.request('POST', '/api/v1/people', body);

  it('creates a person with Vietnamese data normalized: NFC name, E.164 phones, lower-case e-mails, address names', async () => {
    const res = await create({
      fullName: '  Nguyễn Văn Đức '.normalize('NFD'),
      phones: [{ number: '0912.345.678', label: 'di động' }, { number: '01223456789' }],
      emails: [{ address: 'Duc.Nguyen@Example.VN' }],
      birthday: '1990-02-14',
      customerType: 'consumer',
      address: { street: '12 Lý Thường Kiệt', wardCode: '00070', provinceCode: '01' },
      tags: ['vip', 'vip', 'hà nội'],
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.fullName).toBe('Nguyễn Văn Đức');
    expect(p.fullName).toBe(p.fullName.normalize('NFC'));
    expect(p.phones).toEqual([
      { number: '+84912345678', label: 'di động', display: '0912 345 678' },
      { number: '+84773456789', display: '0773 456 789' },
    ]);
    expect(p.emails).toEqual([{ address: 'duc.nguyen@example.vn' }]);
    expect(p.tags).toEqual(['vip', 'hà nội']);
    expect(p.address).toMatchObject({ wardName: 'Phường Hoàn Kiếm', provinceName: 'Thành phố Hà Nội' });
    expect(p.consents).toEqual({ email: null, sms: null, zalo: null, phone: null });
    expect(p.lifecycleStage).toBe('lead');
  });

  it('rejects bad phones, e-mails, dates and unknown fields with the path of each', async () => {
    const res = await create({ fullName: 'Lê Văn Sai', phones: [{ number: '0912' }], emails: [{ address: 'not-mail' }], birthday: '1990-13-40', shoeSize: 42 });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['phones.0.number', 'emails.0.address', 'birthday']));
  });

  it('refuses a second person with the same phone in any writing (409 with the match), unless told to create anyway', async () => {
    const first = (await create({ fullName: 'Trần Thị Mai', phones: [{ number: '+84 903 111 222' }] })).json();
    const again = await create({ fullName: 'Mai Trần', phones: [{ number: '0903-111-222' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().duplicates).toEqual([{ id: first.id, name: 'Trần Thị Mai', matchedOn: ['phone'] }]);
    const forced = await create({ fullName: 'Mai Trần', phones: [{ number: '0903-111-222' }], allowDuplicate: true });
    expect(forced.statusCode).toBe(201);
    const dups = (await owner.request('GET', `/api/v1/people/${forced.json().id}/duplicates`)).json().data;
    expect(dups).toEqual([{ id: first.id, name: 'Trần Thị Mai', matchedOn: ['phone'] }]);
  });

  it('records consent explicitly, keeps its history, and never assumes it', async () => {
    const p = (await create({ fullName: 'Phạm Minh Châu', emails: [{ address: 'chau@example.vn' }] })).json();
    expect(p.consents.email).toBeNull();
    const given = await owner.request('POST', `/api/v1/people/${p.id}/consents`, { channel: 'email', status: 'given', method: 'form', evidence: 'https://shop.example.vn/dang-ky' });
    expect(given.statusCode).toBe(201);
    expect(given.json().consents.email).toMatchObject({ status: 'given', method: 'form' });
    const withdrawn = await owner.request('POST', `/api/v1/people/${p.id}/consents`, { channel: 'email', status: 'withdrawn', method: 'email' });
    expect(withdrawn.json().consents.email.status).toBe('withdrawn');
    const history = (await owner.request('GET', `/api/v1/people/${p.id}/consents`)).json().data;
    expect(history.map((h: { status: string }) => h.status)).toEqual(['withdrawn', 'given']);
    expect(history[1].recordedByName).toBe(ws.owner.name);
  });

  it('updates, soft-deletes and restores, with every change in the audit trail', async () => {
    const p = (await create({ fullName: 'Hoàng Văn Em' })).json();
    const upd = await owner.request('PATCH', `/api/v1/people/${p.id}`, { lifecycleStage: 'customer', phones: [{ number: '0987654321' }] });
    expect(upd.json()).toMatchObject({ lifecycleStage: 'customer', phones: [{ number: '+84987654321' }] });
    expect((await owner.request('DELETE', `/api/v1/people/${p.id}`)).statusCode).toBe(204);
    expect((await owner.request('GET', `/api/v1/people/${p.id}`)).json().deletedAt).not.toBeNull();
    const live = (await owner.request('GET', '/api/v1/people?limit=200')).json().data.map((r: { id: string }) => r.id);
    expect(live).not.toContain(p.id);
    const trash = (await owner.request('GET', '/api/v1/people?deleted=true')).json().data.map((r: { id: string }) => r.id);
    expect(trash).toContain(p.id);
    expect((await owner.request('POST', `/api/v1/people/${p.id}/restore`)).json().deletedAt).toBeNull();
    const events = (await owner.request('GET', `/api/v1/events?entityType=people&entityId=${p.id}`)).json().data;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(JSON.stringify(events)).not.toContain('search_text');
  });

  it('viewers read but cannot write; staff write but cannot delete', async () => {
    const viewer = await signIn(t.app, ...(await creds('viewer')));
    expect((await viewer.request('GET', '/api/v1/people')).statusCode).toBe(200);
    expect((await viewer.request('POST', '/api/v1/people', { fullName: 'X' })).statusCode).toBe(403);
    const staff = await signIn(t.app, ...(await creds('staff')));
    const p = await staff.request('POST', '/api/v1/people', { fullName: 'Đặng Thu Thảo' });
    expect(p.statusCode).toBe(201);
    expect((await staff.request('DELETE', `/api/v1/people/${p.json().id}`)).statusCode).toBe(403);
  });

  async function creds(role: 'viewer' | 'staff'): Promise<[string, string]> {
    const m = await buildMember(t.database, ws.workspaceId, role);
    return [m.email, m.password];
  }
});

describe('people: concurrent creates', () => {
  it('two requests racing with the same phone create one person, the other gets 409', async () => {
    const t = await buildTestApp();
    try {
      const ws = await buildWorkspace(t.database);
      const owner = await signIn(t.app, ws.owner.email, ws.owner.password);
      const results = await Promise.all(
        ['0909 123 456', '+84909123456', '84909123456', '0909.123.456'].map((number, i) =>
          owner.request('POST', '/api/v1/people', { fullName: `Người ${i}`, phones: [{ number }] }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    } finally {
      await t.close();
    }
  });
});
