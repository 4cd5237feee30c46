import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, type Client, type TestApp } from '../../test/harness';

describe('people lists: filter, sort, cursor, custom fields, views', () => {
  let t: TestApp;
  let owner: Client;
  const names = ['Đỗ Anh', 'Bùi Bình', 'Cao Cường', 'Dương Dũng', 'Âu Dương Em', 'Giang Giao', 'Hà Hạnh'];

  beforeAll(async () => {
    t = await buildTestApp();
    const ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    expect((await owner.request('POST', '/api/v1/custom-fields', { entity: 'person', key: 'budget', label: 'Ngân sách', type: 'number' })).statusCode).toBe(201);
    expect(
      (await owner.request('POST', '/api/v1/custom-fields', { entity: 'person', key: 'channel', label: 'Kênh ưa thích', type: 'select', options: ['zalo', 'phone'] })).statusCode,
    ).toBe(201);
    for (const [i, fullName] of names.entries()) {
      const res = await owner.request('POST', '/api/v1/people', {
        fullName,
        lifecycleStage: i % 2 ? 'customer' : 'lead',
        tags: i < 3 ? ['vip'] : [],
        customFields: { budget: i * 1_000_000, channel: i % 3 ? 'zalo' : 'phone' },
        address: { provinceCode: i % 2 ? '79' : '01' },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  const list = async (qs: string) => {
    const res = await owner.request('GET', `/api/v1/people?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: { fullName: string; id: string }[]; nextCursor: string | null };
  };
  const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

  it('newest first by default; pages with a cursor without gaps or repeats, in every sort', async () => {
    for (const sort of ['-createdAt', 'createdAt', 'fullName', '-fullName', 'updatedAt', '-updatedAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.data.map((p) => p.fullName));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.length, sort).toBe(names.length);
      expect(new Set(seen).size).toBe(names.length);
      if (sort === '-createdAt') expect(seen).toEqual([...names].reverse());
    }
  });

  it('filters on built-in fields, tags and custom fields', async () => {
    expect((await list(filter([{ field: 'lifecycleStage', op: 'eq', value: 'customer' }]))).data).toHaveLength(3);
    expect((await list(filter([{ field: 'tags', op: 'contains', value: 'vip' }]))).data).toHaveLength(3);
    expect((await list(filter([{ field: 'provinceCode', op: 'in', value: ['79'] }, { field: 'tags', op: 'isEmpty' }]))).data).toHaveLength(2);
    const rich = await list(filter([{ field: 'cf.budget', op: 'gte', value: 4_000_000 }]) + '&sort=fullName');
    expect(rich.data.map((p) => p.fullName)).toEqual(['Âu Dương Em', 'Giang Giao', 'Hà Hạnh'].sort((a, b) => (a < b ? -1 : 1)));
    expect((await list(filter([{ field: 'cf.channel', op: 'eq', value: 'phone' }]))).data).toHaveLength(3);
    expect((await list(filter([{ field: 'fullName', op: 'contains', value: 'duong' }]))).data.map((p) => p.fullName).sort()).toEqual(['Dương Dũng', 'Âu Dương Em'].sort());
  });

  it('explains a bad filter with its position', async () => {
    const bad = await owner.request('GET', `/api/v1/people?${filter([{ field: 'lifecycleStage', op: 'eq', value: 'lead' }, { field: 'shoeSize', op: 'eq', value: 1 }])}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('filter.1');
    expect((await owner.request('GET', '/api/v1/people?filter=notjson')).statusCode).toBe(400);
    expect((await owner.request('GET', `/api/v1/people?${filter([{ field: 'cf.budget', op: 'gt', value: 'abc' }])}`)).statusCode).toBe(400);
  });

  it('validates custom values like built-in ones', async () => {
    const res = await owner.request('POST', '/api/v1/people', { fullName: 'Sai Kiểu', customFields: { budget: 'nhiều', channel: 'email', unknown: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['customFields.budget', 'customFields.channel', 'customFields.unknown']);
  });

  it('saves views, personal by default', async () => {
    const created = await owner.request('POST', '/api/v1/views', {
      entity: 'person',
      name: 'Khách VIP Hà Nội',
      filter: [{ field: 'tags', op: 'contains', value: 'vip' }],
      sort: 'fullName',
      columns: ['fullName', 'primaryPhone', 'cf.budget'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().ownerUserId).not.toBeNull();
    const views = (await owner.request('GET', '/api/v1/views?entity=person')).json().data;
    expect(views.map((v: { name: string }) => v.name)).toContain('Khách VIP Hà Nội');
  });
});
