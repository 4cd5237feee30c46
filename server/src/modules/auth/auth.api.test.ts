import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { buildMember, buildTestApp, buildWorkspace, signIn, type TestApp, type TestWorkspace } from '../../test/harness';

describe('sign-in and sessions', () => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database, 'Công ty Hoa Sen');
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });

  it('signs in with a case-insensitive e-mail and sets an httpOnly SameSite cookie', async () => {
    const res = await attempt(ws.owner.email.toUpperCase(), ws.owner.password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json();
    expect(body.user.email).toBe(ws.owner.email);
    expect(body.workspaces).toEqual([{ id: ws.workspaceId, name: 'Công ty Hoa Sen', role: 'owner' }]);
    expect(body.currentWorkspaceId).toBe(ws.workspaceId);
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(body.permissions).toEqual(expect.arrayContaining(['apiKeys.manage', 'customers.merge', 'customers.write']));
  });

  it('refuses a wrong password or unknown e-mail with the same answer', async () => {
    const wrong = await attempt(ws.owner.email, 'not the password');
    const unknown = await attempt('nobody@example.vn', 'whatever password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks the account after ten wrong passwords, even against the right one, until the lock ends', async () => {
    const member = await buildMember(t.database, ws.workspaceId, 'staff');
    for (let i = 1; i <= 9; i++) expect((await attempt(member.email, `wrong ${i}`)).statusCode).toBe(401);
    const tenth = await attempt(member.email, 'wrong 10');
    expect(tenth.statusCode).toBe(423);
    expect(tenth.json()).toMatchObject({ code: 'account_locked', lockedUntil: expect.any(String) });
    const right = await attempt(member.email, member.password);
    expect(right.statusCode).toBe(423);

    // The lock ends (simulated by moving it to the past): the right password works and resets the count.
    await t.database.system.update(users).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(users.id, member.userId));
    expect((await attempt(member.email, member.password)).statusCode).toBe(200);
    const [row] = await t.database.system.select({ f: users.failedSignIns }).from(users).where(eq(users.id, member.userId));
    expect(row?.f).toBe(0);
  });

  it('requires the CSRF header for state-changing requests made with the cookie', async () => {
    const client = await signIn(t.app, ws.owner.email, ws.owner.password);
    const login = await attempt(ws.owner.email, ws.owner.password);
    const cookie = login.cookies.find((c) => c.name === 'tandem_session')!.value;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', cookies: { tandem_session: cookie }, payload: { name: 'k', role: 'staff' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const ok = await client.request('POST', '/api/v1/api-keys', { name: 'k', role: 'staff' });
    expect(ok.statusCode).toBe(201);
  });

  it('switches workspace, updates the profile and signs out', async () => {
    const other = await buildWorkspace(t.database, 'Chi nhánh Đà Nẵng');
    // Make the first owner a viewer of the second workspace.
    const owner2 = await signIn(t.app, other.owner.email, other.owner.password);
    const invite = await owner2.request('POST', '/api/v1/invitations', { email: ws.owner.email, role: 'viewer' });
    const token = invite.json().acceptUrl.split('/invite/')[1];
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password: ws.owner.password } });
    expect(accepted.statusCode).toBe(200);

    const client = await signIn(t.app, ws.owner.email, ws.owner.password);
    const session = (await client.request('GET', '/api/v1/auth/session')).json();
    expect(session.workspaces.map((w: { name: string }) => w.name)).toEqual(['Chi nhánh Đà Nẵng', 'Công ty Hoa Sen']);

    const switched = await client.request('POST', '/api/v1/auth/switch-workspace', { workspaceId: other.workspaceId });
    expect(switched.json().currentWorkspaceId).toBe(other.workspaceId);
    expect((await client.request('GET', '/api/v1/workspace')).json().name).toBe('Chi nhánh Đà Nẵng');
    expect(switched.json().permissions).toContain('customers.read');
    expect(switched.json().permissions).not.toContain('customers.write');
    // A viewer there: may read members, may not manage keys.
    expect((await client.request('GET', '/api/v1/members')).statusCode).toBe(200);
    expect((await client.request('GET', '/api/v1/api-keys')).statusCode).toBe(403);
    // Not a member of a random workspace: 404, as if it did not exist.
    expect((await client.request('POST', '/api/v1/auth/switch-workspace', { workspaceId: '01900000-0000-7000-8000-000000000000' })).statusCode).toBe(404);

    const me = await client.request('PATCH', '/api/v1/auth/me', { locale: 'en', name: 'Trần Văn Chủ Mới' });
    expect(me.json().user).toMatchObject({ locale: 'en', name: 'Trần Văn Chủ Mới' });
    expect((await client.request('PATCH', '/api/v1/auth/me', { locale: 'fr' })).statusCode).toBe(400);

    expect((await client.request('POST', '/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('API keys cannot use session endpoints', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { authorization: `Bearer ${ws.apiKey}` } });
    expect(res.statusCode).toBe(403);
  });
});
