import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, type Client, type TestApp } from '../../test/harness';

describe('organizations', () => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    const ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  it('checks and normalizes tax codes: enterprise, branch, personal id', async () => {
    const a = await owner.request('POST', '/api/v1/organizations', { name: 'Tập đoàn Viễn thông', taxCode: '0100109106' });
    expect(a.statusCode, a.body).toBe(201);
    const branch = await owner.request('POST', '/api/v1/organizations', { name: 'Chi nhánh Đà Nẵng', taxCode: '0100109106 001' });
    expect(branch.json().taxCode).toBe('0100109106-001');
    const bad = await owner.request('POST', '/api/v1/organizations', { name: 'Sai mã', taxCode: '0100109107' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('taxCode');
  });

  it('refuses the same tax code twice, lists its people, soft-deletes and restores', async () => {
    const org = (await owner.request('POST', '/api/v1/organizations', { name: 'Công ty TNHH Mặt Trời', taxCode: '0301234567'.slice(0, 9) + checkDigit('030123456') })).json();
    const dup = await owner.request('POST', '/api/v1/organizations', { name: 'Mặt Trời (trùng)', taxCode: org.taxCode });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().duplicates[0]).toMatchObject({ id: org.id, matchedOn: ['taxCode'] });
    await owner.request('POST', '/api/v1/people', { fullName: 'Ngô Văn Giám Đốc', organizations: [{ organizationId: org.id, jobTitle: 'Giám đốc' }] });
    const detail = (await owner.request('GET', `/api/v1/organizations/${org.id}`)).json();
    expect(detail.people).toEqual([{ id: expect.any(String), fullName: 'Ngô Văn Giám Đốc', jobTitle: 'Giám đốc' }]);
    expect((await owner.request('DELETE', `/api/v1/organizations/${org.id}`)).statusCode).toBe(204);
    expect((await owner.request('GET', '/api/v1/organizations')).json().data.map((o: { id: string }) => o.id)).not.toContain(org.id);
    expect((await owner.request('POST', `/api/v1/organizations/${org.id}/restore`)).json().deletedAt).toBeNull();
    const renamed = await owner.request('PATCH', `/api/v1/organizations/${org.id}`, { name: 'Công ty TNHH Mặt Trời Mọc', tags: ['b2b'] });
    expect(renamed.json()).toMatchObject({ name: 'Công ty TNHH Mặt Trời Mọc', tags: ['b2b'] });
  });
});

/** The check digit of a 9-digit base (weights 31,29,23,19,17,13,7,5,3). */
function checkDigit(base: string): string {
  const w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = [...base].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return String(10 - (sum % 11));
}
