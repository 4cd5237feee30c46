import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp, type TestWorkspace } from '../../test/harness';
import { notify } from './notifications.service';

describe('notifications', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  const inWs = <T>(workspaceId: string, fn: Parameters<TestApp['database']['inWorkspace']>[1]) =>
    t.database.inWorkspace({ workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null }, fn) as Promise<T>;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  it('notify() fills my inbox, newest first with keyset paging; only I see mine; mark one and all read', async () => {
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    for (let i = 1; i <= 3; i++) {
      await inWs(ws.workspaceId, (tx) => notify(tx, { userId: staff.userId, kind: 'task.reminder', title: `Nhắc việc ${i}`, body: 'Sắp đến hạn', link: '/tasks', entityType: 'tasks', entityId: '01900000-0000-7000-8000-00000000000' + i }));
    }
    await inWs(ws.workspaceId, (tx) => notify(tx, { userId: ws.owner.userId, kind: 'task.assigned', title: 'Cho chủ' }));
    const me = await signIn(t.app, staff.email, staff.password);
    const first = await me.request('GET', '/api/v1/notifications?limit=2');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ unreadCount: 3, unreadCapped: false });
    expect(first.json().data.map((n: { title: string }) => n.title)).toEqual(['Nhắc việc 3', 'Nhắc việc 2']);
    expect(first.json().data[0]).toMatchObject({ kind: 'task.reminder', body: 'Sắp đến hạn', link: '/tasks', entityType: 'tasks', readAt: null });
    const second = (await me.request('GET', `/api/v1/notifications?limit=2&cursor=${first.json().nextCursor}`)).json();
    expect(second.data.map((n: { title: string }) => n.title)).toEqual(['Nhắc việc 1']);
    expect(second.nextCursor).toBeNull();

    // The owner sees only their own.
    expect((await owner.request('GET', '/api/v1/notifications')).json().data.map((n: { title: string }) => n.title)).toEqual(['Cho chủ']);
    // Someone else's notification cannot be marked.
    expect((await owner.request('POST', `/api/v1/notifications/${first.json().data[0].id}/read`, { read: true })).statusCode).toBe(404);

    const one = await me.request('POST', `/api/v1/notifications/${first.json().data[0].id}/read`, { read: true });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toEqual({ unreadCount: 2, unreadCapped: false });
    expect((await me.request('GET', '/api/v1/notifications?unread=true')).json().data).toHaveLength(2);
    const all = await me.request('POST', '/api/v1/notifications/read-all', {});
    expect(all.json()).toEqual({ marked: 2, unreadCount: 0, unreadCapped: false });
    expect((await me.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ unreadCount: 0, unreadCapped: false });
    expect((await owner.request('GET', '/api/v1/notifications/unread-count')).json().unreadCount).toBe(1);
  });

  it('skips non-members, rejects bad input, stays in its workspace, and refuses API keys', async () => {
    const other = await buildWorkspace(t.database);
    // The other workspace's owner is no member here: skipped silently.
    await inWs(ws.workspaceId, (tx) => notify(tx, { userId: other.owner.userId, kind: 'task.reminder', title: 'Không tới' }));
    const theirs = await signIn(t.app, other.owner.email, other.owner.password);
    expect((await theirs.request('GET', '/api/v1/notifications')).json().data).toEqual([]);
    await expect(inWs(ws.workspaceId, (tx) => notify(tx, { userId: ws.owner.userId, kind: 'Bad Kind', title: 'x' }))).rejects.toThrow(/kind/);
    await expect(inWs(ws.workspaceId, (tx) => notify(tx, { userId: ws.owner.userId, kind: 'task.reminder', title: '  ' }))).rejects.toThrow(/title/);
    const bad = await owner.request('GET', '/api/v1/notifications?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('cursor');
    expect((await withApiKey(t.app, ws.apiKey).request('GET', '/api/v1/notifications')).statusCode).toBe(403);
  });

  it('caps the unread count at 100', async () => {
    const busy = await buildMember(t.database, ws.workspaceId, 'staff');
    await inWs(ws.workspaceId, async (tx) => {
      for (let i = 0; i < 101; i++) await notify(tx, { userId: busy.userId, kind: 'test.bulk', title: `N ${i}` });
    });
    const me = await signIn(t.app, busy.email, busy.password);
    expect((await me.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ unreadCount: 100, unreadCapped: true });
  });
});
