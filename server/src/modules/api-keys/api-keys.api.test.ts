import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('API keys', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  it('creates a key shown once, which then acts with its role in its workspace', async () => {
    const res = await owner.request('POST', '/api/v1/api-keys', { name: 'Tổng đài', role: 'staff' });
    expect(res.statusCode).toBe(201);
    const { apiKey, key } = res.json();
    expect(key).toMatch(/^tdm_[\w-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Tổng đài', role: 'staff', prefix: key.slice(0, 12), revokedAt: null, createdByName: ws.owner.name });
    expect(JSON.stringify(apiKey)).not.toContain(key.slice(12));

    const list = (await owner.request('GET', '/api/v1/api-keys')).json();
    expect(list.data[0].id).toBe(apiKey.id);
    expect(JSON.stringify(list)).not.toContain(key.slice(12));

    const asKey = withApiKey(t.app, key);
    expect((await asKey.request('GET', '/api/v1/workspace')).json().id).toBe(ws.workspaceId);
    // A staff key may read members but not manage keys.
    expect((await asKey.request('GET', '/api/v1/members')).statusCode).toBe(200);
    expect((await asKey.request('GET', '/api/v1/api-keys')).statusCode).toBe(403);
    // Keys need no CSRF header: they are not ambient credentials.
    expect((await asKey.request('PATCH', '/api/v1/workspace', { name: 'x' })).statusCode).toBe(403);
    // last used is recorded
    expect((await owner.request('GET', `/api/v1/api-keys/${apiKey.id}`)).json().lastUsedAt).not.toBeNull();
  });

  it('a revoked key gets 401', async () => {
    const { apiKey, key } = (await owner.request('POST', '/api/v1/api-keys', { name: 'Chatbot', role: 'viewer' })).json();
    const asKey = withApiKey(t.app, key);
    expect((await asKey.request('GET', '/api/v1/members')).statusCode).toBe(200);
    expect((await owner.request('DELETE', `/api/v1/api-keys/${apiKey.id}`)).statusCode).toBe(204);
    const res = await asKey.request('GET', '/api/v1/members');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
    expect((await owner.request('GET', `/api/v1/api-keys/${apiKey.id}`)).json().revokedAt).not.toBeNull();
    // Revoking twice: nothing left to revoke.
    expect((await owner.request('DELETE', `/api/v1/api-keys/${apiKey.id}`)).statusCode).toBe(404);
  });

  it('only owners and admins manage keys, and nobody creates an owner key', async () => {
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const staffClient = await signIn(t.app, staff.email, staff.password);
    expect((await staffClient.request('POST', '/api/v1/api-keys', { name: 'x', role: 'viewer' })).statusCode).toBe(403);
    expect((await owner.request('POST', '/api/v1/api-keys', { name: 'x', role: 'owner' })).statusCode).toBe(400);

    const admin = await buildMember(t.database, ws.workspaceId, 'admin');
    const adminClient = await signIn(t.app, admin.email, admin.password);
    expect((await adminClient.request('POST', '/api/v1/api-keys', { name: 'x', role: 'admin' })).statusCode).toBe(201);
  });
});
