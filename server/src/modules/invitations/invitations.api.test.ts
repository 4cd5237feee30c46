import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('invitations', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp({ PUBLIC_URL: 'https://crm.example.vn' });
    ws = await buildWorkspace(t.database, 'Công ty Cổ phần Bình Minh');
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  const tokenOf = (acceptUrl: string) => acceptUrl.replace('https://crm.example.vn/invite/', '');

  it('invites a new person, who joins with the invited role and is signed in', async () => {
    const res = await owner.request('POST', '/api/v1/invitations', { email: 'Mai.Pham@Example.vn', role: 'manager' });
    expect(res.statusCode).toBe(201);
    const { invitation, acceptUrl } = res.json();
    expect(invitation).toMatchObject({ email: 'mai.pham@example.vn', role: 'manager', acceptedAt: null, invitedByName: ws.owner.name });
    expect(acceptUrl).toMatch(/^https:\/\/crm\.example\.vn\/invite\/[\w-]+$/);
    const token = tokenOf(acceptUrl);

    const lookup = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/lookup?token=${token}` });
    expect(lookup.json()).toEqual({ email: 'mai.pham@example.vn', workspaceName: 'Công ty Cổ phần Bình Minh', role: 'manager', existingUser: false });

    const missingName = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password: 'mật khẩu đủ dài' } });
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json().errors[0].path).toBe('name');

    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, name: 'Phạm Thị Mai', password: 'mật khẩu đủ dài' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ user: { name: 'Phạm Thị Mai' }, currentWorkspaceId: ws.workspaceId, workspaces: [{ role: 'manager' }] });

    // The link works once.
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, name: 'X', password: 'mật khẩu đủ dài' } });
    expect(again.statusCode).toBe(404);
    const members = (await owner.request('GET', '/api/v1/members')).json().data;
    expect(members.map((m: { email: string }) => m.email)).toContain('mai.pham@example.vn');
    const mai = await signIn(t.app, 'mai.pham@example.vn', 'mật khẩu đủ dài');
    expect((await mai.request('GET', '/api/v1/workspace')).json().id).toBe(ws.workspaceId);
  });

  it('a revoked invitation cannot be used; a member cannot be invited twice', async () => {
    const { invitation, acceptUrl } = (await owner.request('POST', '/api/v1/invitations', { email: 'tuan@example.vn', role: 'staff' })).json();
    expect((await owner.request('DELETE', `/api/v1/invitations/${invitation.id}`)).statusCode).toBe(204);
    const lookup = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/lookup?token=${tokenOf(acceptUrl)}` });
    expect(lookup.statusCode).toBe(404);
    const list = (await owner.request('GET', '/api/v1/invitations')).json().data;
    expect(list.map((i: { id: string }) => i.id)).not.toContain(invitation.id);

    const dup = await owner.request('POST', '/api/v1/invitations', { email: ws.owner.email, role: 'staff' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('email');
  });

  it('a manager cannot invite, an admin cannot invite an owner', async () => {
    const { acceptUrl } = (await owner.request('POST', '/api/v1/invitations', { email: 'admin2@example.vn', role: 'admin' })).json();
    await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token: tokenOf(acceptUrl), name: 'Võ Minh Quản', password: 'admin password' } });
    const admin = await signIn(t.app, 'admin2@example.vn', 'admin password');
    expect((await admin.request('POST', '/api/v1/invitations', { email: 'boss@example.vn', role: 'owner' })).statusCode).toBe(403);
    expect((await admin.request('POST', '/api/v1/invitations', { email: 'hr@example.vn', role: 'hr' })).statusCode).toBe(201);
    const manager = await signIn(t.app, 'mai.pham@example.vn', 'mật khẩu đủ dài');
    expect((await manager.request('POST', '/api/v1/invitations', { email: 'x@example.vn', role: 'viewer' })).statusCode).toBe(403);
  });
});
