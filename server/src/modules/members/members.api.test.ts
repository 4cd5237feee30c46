import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('members and roles', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  const memberIdOf = async (client: Client, userId: string): Promise<string> => {
    const all: { id: string; userId: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { id: string; userId: string }[]; nextCursor: string | null } = (await client.request('GET', `/api/v1/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      all.push(...res.data);
      cursor = res.nextCursor;
    } while (cursor);
    return all.find((m) => m.userId === userId)!.id;
  };

  it('pages through members with a cursor', async () => {
    for (let i = 0; i < 4; i++) await buildMember(t.database, ws.workspaceId, 'staff');
    const first = (await owner.request('GET', '/api/v1/members?limit=2')).json();
    expect(first.data).toHaveLength(2);
    const second = (await owner.request('GET', `/api/v1/members?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.data).toHaveLength(2);
    const third = (await owner.request('GET', `/api/v1/members?limit=2&cursor=${second.nextCursor}`)).json();
    expect(third.data).toHaveLength(1);
    expect(third.nextCursor).toBeNull();
    const ids = [...first.data, ...second.data, ...third.data].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('an admin changes roles up to admin, never to or from owner', async () => {
    const admin = await buildMember(t.database, ws.workspaceId, 'admin');
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const adminClient = await signIn(t.app, admin.email, admin.password);
    const staffId = await memberIdOf(adminClient, staff.userId);
    const res = await adminClient.request('PATCH', `/api/v1/members/${staffId}`, { role: 'manager' });
    expect(res.statusCode).toBe(200);
    expect(res.json().role).toBe('manager');
    expect((await adminClient.request('PATCH', `/api/v1/members/${staffId}`, { role: 'owner' })).statusCode).toBe(403);
    const ownerId = await memberIdOf(adminClient, ws.owner.userId);
    expect((await adminClient.request('PATCH', `/api/v1/members/${ownerId}`, { role: 'staff' })).statusCode).toBe(403);
    expect((await adminClient.request('DELETE', `/api/v1/members/${ownerId}`)).statusCode).toBe(403);
  });

  it('staff cannot manage members', async () => {
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const client = await signIn(t.app, staff.email, staff.password);
    const someone = await memberIdOf(client, ws.owner.userId);
    expect((await client.request('PATCH', `/api/v1/members/${someone}`, { role: 'viewer' })).statusCode).toBe(403);
  });

  it('the last owner can be neither demoted nor removed', async () => {
    const ownerId = await memberIdOf(owner, ws.owner.userId);
    const res = await owner.request('PATCH', `/api/v1/members/${ownerId}`, { role: 'admin' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('unprocessable');
    expect((await owner.request('DELETE', `/api/v1/members/${ownerId}`)).statusCode).toBe(422);
  });

  it('a removed member loses access to the workspace at once', async () => {
    const viewer = await buildMember(t.database, ws.workspaceId, 'viewer');
    const client = await signIn(t.app, viewer.email, viewer.password);
    expect((await client.request('GET', '/api/v1/workspace')).statusCode).toBe(200);
    const id = await memberIdOf(owner, viewer.userId);
    expect((await owner.request('DELETE', `/api/v1/members/${id}`)).statusCode).toBe(204);
    const after = await client.request('GET', '/api/v1/workspace');
    expect(after.statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/auth/session')).json()).toMatchObject({ workspaces: [], currentWorkspaceId: null });
  });
});
