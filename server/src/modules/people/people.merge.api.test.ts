import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, type Client, type TestApp } from '../../test/harness';

describe('merging people', () => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    const ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  it('combines records into one, keeps every reference, and records the merge', async () => {
    const org = (await owner.request('POST', '/api/v1/organizations', { name: 'Công ty Cổ phần Hải Âu' })).json();
    const org2 = (await owner.request('POST', '/api/v1/organizations', { name: 'Hợp tác xã Bình An' })).json();
    const target = (
      await owner.request('POST', '/api/v1/people', { fullName: 'Vũ Thị Lan', phones: [{ number: '0912000001' }], tags: ['vip'], organizations: [{ organizationId: org.id, jobTitle: 'Kế toán' }] })
    ).json();
    const source = (
      await owner.request('POST', '/api/v1/people', {
        fullName: 'Lan Vũ',
        phones: [{ number: '0912000002' }],
        emails: [{ address: 'lan@haiau.vn' }],
        birthday: '1988-08-08',
        tags: ['zalo'],
        organizations: [{ organizationId: org.id }, { organizationId: org2.id, jobTitle: 'Thành viên' }],
        consents: [{ channel: 'email', status: 'given', method: 'form' }],
      })
    ).json();

    const merged = await owner.request('POST', '/api/v1/people/merge', { targetId: target.id, sourceIds: [source.id] });
    expect(merged.statusCode, merged.body).toBe(200);
    const p = merged.json();
    expect(p.fullName).toBe('Vũ Thị Lan');
    expect(p.phones.map((x: { number: string }) => x.number)).toEqual(['+84912000001', '+84912000002']);
    expect(p.emails).toEqual([{ address: 'lan@haiau.vn' }]);
    expect(p.birthday).toBe('1988-08-08');
    expect(p.tags).toEqual(['vip', 'zalo']);
    expect(p.organizations.map((o: { name: string; jobTitle: string | null }) => [o.name, o.jobTitle])).toEqual([
      ['Công ty Cổ phần Hải Âu', 'Kế toán'],
      ['Hợp tác xã Bình An', 'Thành viên'],
    ]);
    expect(p.consents.email).toMatchObject({ status: 'given', method: 'form' });

    const gone = (await owner.request('GET', `/api/v1/people/${source.id}`)).json();
    expect(gone).toMatchObject({ mergedIntoId: target.id, deletedAt: expect.any(String) });
    expect((await owner.request('POST', `/api/v1/people/${source.id}/restore`)).statusCode).toBe(422);
    // Its phone now finds the merged record only.
    const dup = await owner.request('POST', '/api/v1/people', { fullName: 'X', phones: [{ number: '0912000002' }] });
    expect(dup.json().duplicates).toEqual([{ id: target.id, name: 'Vũ Thị Lan', matchedOn: ['phone'] }]);
    const events = (await owner.request('GET', `/api/v1/events?entityType=people&entityId=${source.id}`)).json().data;
    expect(events[0]).toMatchObject({ action: 'delete', changes: null, after: { merged_into_id: target.id } });
  });

  it('refuses to merge a record into itself or unknown records', async () => {
    const a = (await owner.request('POST', '/api/v1/people', { fullName: 'Một Mình' })).json();
    expect((await owner.request('POST', '/api/v1/people/merge', { targetId: a.id, sourceIds: [a.id] })).statusCode).toBe(400);
    const res = await owner.request('POST', '/api/v1/people/merge', { targetId: a.id, sourceIds: ['01900000-0000-7000-8000-000000000000'] });
    expect(res.statusCode).toBe(404);
    expect(res.json().errors[0].path).toBe('sourceIds.0');
  });
});
