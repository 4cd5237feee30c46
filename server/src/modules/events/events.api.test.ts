import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';
import { diff } from './events.service';

describe('audit events', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  it('records create, update and delete with who, when and before/after, never the secrets', async () => {
    const created = await owner.request('POST', '/api/v1/api-keys', { name: 'Zalo OA', role: 'staff' });
    const { apiKey, key } = created.json();
    const requestId = created.headers['x-request-id'];
    await owner.request('DELETE', `/api/v1/api-keys/${apiKey.id}`);

    const events = (await owner.request('GET', `/api/v1/events?entityType=api_keys&entityId=${apiKey.id}`)).json().data;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    const [revoked, create] = events;
    expect(create).toMatchObject({ actorUserId: ws.owner.userId, actorName: ws.owner.name, requestId, after: { name: 'Zalo OA', role: 'staff' } });
    expect(revoked.changes).toEqual({ revoked_at: { from: null, to: expect.any(String) } });
    const text = JSON.stringify(events);
    expect(text).not.toContain('key_hash');
    expect(text).not.toContain(key.slice(4));
  });

  it('records the API key as the actor when a key makes the change', async () => {
    const keyClient = withApiKey(t.app, ws.apiKey);
    const res = await keyClient.request('PATCH', '/api/v1/workspace', { name: 'Đổi tên qua API' });
    expect(res.statusCode).toBe(200);
    const [event] = (await owner.request('GET', `/api/v1/events?entityType=workspaces&limit=1`)).json().data;
    expect(event).toMatchObject({ action: 'update', actorUserId: null, actorApiKeyId: expect.any(String), changes: { name: { to: 'Đổi tên qua API' } } });
  });

  it('records deletes of members and hides the trail from staff', async () => {
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const list = (await owner.request('GET', '/api/v1/members?limit=200')).json().data;
    const id = list.find((m: { userId: string }) => m.userId === staff.userId).id;
    expect((await owner.request('DELETE', `/api/v1/members/${id}`)).statusCode).toBe(204);
    const [event] = (await owner.request('GET', `/api/v1/events?entityType=memberships&entityId=${id}`)).json().data;
    expect(event).toMatchObject({ action: 'delete', before: { role: 'staff' }, after: null });

    const other = await buildMember(t.database, ws.workspaceId, 'staff');
    const client = await signIn(t.app, other.email, other.password);
    expect((await client.request('GET', '/api/v1/events')).statusCode).toBe(403);
  });

  it('diff lists only changed fields', () => {
    expect(diff({ a: 1, b: 'x', updated_at: 1 }, { a: 2, b: 'x', updated_at: 2 })).toEqual({ a: { from: 1, to: 2 } });
    expect(diff(null, { a: 1 })).toBeNull();
  });
});
