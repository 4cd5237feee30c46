import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('interactions and the timeline', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let api: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    api = withApiKey(t.app, ws.apiKey);
  });
  afterAll(() => t.close());

  const push = (key: string, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/interactions', headers: { authorization: `Bearer ${ws.apiKey}`, 'idempotency-key': key }, payload: body });

  it('matches an inbound call to the customer by phone in any writing', async () => {
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Lâm Thị Gọi', phones: [{ number: '0912 555 666' }] })).json();
    const res = await push('call-1001', { kind: 'call', channel: 'hotline', direction: 'inbound', durationSeconds: 185, summary: 'Hỏi về bảo hành', match: { phone: '+84 912 555 666' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ personId: person.id, createdLead: false, channel: 'hotline' });
  });

  it('creates a flagged lead for an unknown caller, and a retried webhook (even racing) logs once', async () => {
    const body = { kind: 'chat', channel: 'zalo', direction: 'inbound', summary: 'Xin báo giá', match: { phone: '0933 222 111', name: 'Khách Zalo' } };
    const [a, b, c] = await Promise.all([push('zalo-77', body), push('zalo-77', body), push('zalo-77', body)]);
    const codes = [a!, b!, c!].map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 200, 201]);
    const ids = new Set([a!, b!, c!].map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect([a!, b!, c!].find((r) => r.statusCode === 200)!.headers['idempotent-replayed']).toBe('true');
    const lead = a!.json();
    expect(lead.createdLead).toBe(true);
    const person = (await owner.request('GET', `/api/v1/people/${lead.personId}`)).json();
    expect(person).toMatchObject({ fullName: 'Khách Zalo', lifecycleStage: 'lead', source: 'zalo', phones: [{ number: '+84933222111' }] });
    const found = (await owner.request('GET', '/api/v1/search?q=0933222111')).json().data;
    expect(found).toHaveLength(1);
  });

  it('rejects an interaction with nobody, and bad references', async () => {
    expect((await api.request('POST', '/api/v1/interactions', { kind: 'note', summary: 'Ai?' })).statusCode).toBe(400);
    const res = await api.request('POST', '/api/v1/interactions', { kind: 'note', summary: 'x', personId: '01900000-0000-7000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('personId');
  });

  it('merges interactions, changes and orders into one timeline, newest first, paged and filterable', async () => {
    const p = (await owner.request('POST', '/api/v1/people', { fullName: 'Tô Thị Dòng Thời Gian' })).json();
    for (let i = 0; i < 7; i++) {
      await owner.request('POST', '/api/v1/interactions', { kind: 'note', summary: `Ghi chú ${i}`, personId: p.id, occurredAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() });
    }
    await owner.request('PATCH', `/api/v1/people/${p.id}`, { lifecycleStage: 'customer' });
    const product = (await owner.request('POST', '/api/v1/products', { name: 'Gói dịch vụ', category: 'dv', price: 500_000 })).json();
    await owner.request('POST', '/api/v1/orders', { buyerPersonId: p.id, orderedAt: '2026-01-03T12:00:00Z', lines: [{ productId: product.id, quantity: 2 }] });

    const seen: { kind: string; title: string; at: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { kind: string; title: string; at: string }[]; nextCursor: string | null } = (
        await owner.request('GET', `/api/v1/timeline?personId=${p.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    // 7 notes, 1 order, 2 events (create, update).
    expect(seen).toHaveLength(10);
    expect([...seen].sort((a, b) => (a.at < b.at ? 1 : -1)).map((s) => s.at)).toEqual(seen.map((s) => s.at));
    expect(seen.filter((s) => s.kind === 'order')[0]!.title).toBe('#1');
    const onlyNotes = (await owner.request('GET', `/api/v1/timeline?personId=${p.id}&kinds=interaction&limit=50`)).json().data;
    expect(onlyNotes.map((n: { title: string }) => n.title)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Ghi chú ${i}`));
    expect((await owner.request('GET', `/api/v1/timeline?kinds=interaction`)).statusCode).toBe(400);
  });

  it('a merge keeps the interactions of the merged record', async () => {
    const a = (await owner.request('POST', '/api/v1/people', { fullName: 'Gộp Một' })).json();
    const b = (await owner.request('POST', '/api/v1/people', { fullName: 'Gộp Hai' })).json();
    await owner.request('POST', '/api/v1/interactions', { kind: 'call', summary: 'Cuộc gọi của bản ghi trùng', personId: b.id });
    await owner.request('POST', '/api/v1/people/merge', { targetId: a.id, sourceIds: [b.id] });
    const items = (await owner.request('GET', `/api/v1/interactions?personId=${a.id}`)).json().data;
    expect(items.map((i: { summary: string }) => i.summary)).toEqual(['Cuộc gọi của bản ghi trùng']);
  });
});
