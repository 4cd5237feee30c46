import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

describe('tasks', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  it('creates, lists by due time, flags overdue, moves across the board and shows on the timeline', async () => {
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const person = (await owner.request('POST', '/api/v1/people', { fullName: 'Khách Cần Gọi Lại' })).json();
    const late = await owner.request('POST', '/api/v1/tasks', { title: 'Gọi lại báo giá', dueAt: '2026-01-02T03:00:00Z', personId: person.id, assigneeUserId: staff.userId, priority: 'high' });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({ assigneeName: staff.name, overdue: true, status: 'open' });
    await owner.request('POST', '/api/v1/tasks', { title: 'Gửi hợp đồng', dueAt: '2099-01-01T00:00:00Z', assigneeUserId: staff.userId });
    await owner.request('POST', '/api/v1/tasks', { title: 'Việc không hạn', assigneeUserId: staff.userId });
    const me = await signIn(t.app, staff.email, staff.password);
    const mine = (await me.request('GET', '/api/v1/tasks?scope=mine&limit=2')).json();
    expect(mine.data.map((x: { title: string }) => x.title)).toEqual(['Gọi lại báo giá', 'Gửi hợp đồng']);
    const next = await me.request('GET', `/api/v1/tasks?scope=mine&cursor=${mine.nextCursor}`);
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().data.map((x: { title: string }) => x.title)).toEqual(['Việc không hạn']);
    expect((await me.request('GET', '/api/v1/tasks?overdue=true')).json().data).toHaveLength(1);
    const done = await me.request('PATCH', `/api/v1/tasks/${late.json().id}`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', overdue: false, completedAt: expect.any(String) });
    const timeline = (await owner.request('GET', `/api/v1/timeline?personId=${person.id}&kinds=task`)).json().data;
    expect(timeline).toEqual([expect.objectContaining({ kind: 'task', title: 'Gọi lại báo giá', data: expect.objectContaining({ status: 'done' }) })]);
    expect((await owner.request('POST', '/api/v1/tasks', { title: 'x', assigneeUserId: '01900000-0000-7000-8000-000000000000' })).json().errors[0].path).toBe('assigneeUserId');
  });
});
