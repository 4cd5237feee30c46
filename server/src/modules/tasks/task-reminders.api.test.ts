import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestUser, type TestWorkspace } from '../../test/harness';
import { runTaskReminders } from './task-reminders.job';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

describe('task reminders', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let staff: TestUser;
  let me: Client;

  const reminders = async () =>
    (await me.request('GET', '/api/v1/notifications?limit=100')).json().data.filter((n: { kind: string }) => n.kind === 'task.reminder') as { title: string; entityId: string; body: string; link: string }[];

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    staff = await buildMember(t.database, ws.workspaceId, 'staff');
    me = await signIn(t.app, staff.email, staff.password);
  });
  afterAll(() => t.close());

  it('reminds the assignee once, in-app, when the lead time is reached; never twice, also with two runs at once', async () => {
    const soon = (await owner.request('POST', '/api/v1/tasks', { title: 'Gọi lại chị Lan', dueAt: inMinutes(10), reminderMinutes: 30, assigneeUserId: staff.userId })).json();
    expect(soon).toMatchObject({ reminderMinutes: 30, remindedAt: null });
    expect(Date.parse(soon.remindAt)).toBe(Date.parse(soon.dueAt) - 30 * 60_000);
    const later = (await owner.request('POST', '/api/v1/tasks', { title: 'Gửi báo giá', dueAt: inMinutes(120), reminderMinutes: 30, assigneeUserId: staff.userId })).json();
    const none = (await owner.request('POST', '/api/v1/tasks', { title: 'Không nhắc', dueAt: inMinutes(5), assigneeUserId: staff.userId })).json();
    expect(none).toMatchObject({ reminderMinutes: null, remindAt: null });

    const [a, b] = await Promise.all([runTaskReminders(t.database), runTaskReminders(t.database)]);
    expect(a + b).toBe(1);
    expect(await runTaskReminders(t.database)).toBe(0);
    const got = await reminders();
    expect(got).toEqual([expect.objectContaining({ title: 'Nhắc việc: Gọi lại chị Lan', entityId: soon.id, link: `/work?taskId=${soon.id}`, body: expect.stringMatching(/^Hạn \d\d\/\d\d\/\d{4} \d\d:\d\d$/) })]);
    expect((await owner.request('GET', `/api/v1/tasks/${soon.id}`)).json().remindedAt).toEqual(expect.any(String));
    expect((await owner.request('GET', `/api/v1/tasks/${later.id}`)).json().remindedAt).toBeNull();
  });

  it('does not remind done or cancelled tasks', async () => {
    const done = (await owner.request('POST', '/api/v1/tasks', { title: 'Đã xong rồi', dueAt: inMinutes(10), reminderMinutes: 60, assigneeUserId: staff.userId })).json();
    const cancelled = (await owner.request('POST', '/api/v1/tasks', { title: 'Đã huỷ', dueAt: inMinutes(10), reminderMinutes: 60, assigneeUserId: staff.userId })).json();
    await me.request('PATCH', `/api/v1/tasks/${done.id}`, { status: 'done' });
    await me.request('PATCH', `/api/v1/tasks/${cancelled.id}`, { status: 'cancelled' });
    const before = (await reminders()).length;
    expect(await runTaskReminders(t.database)).toBe(0);
    expect(await reminders()).toHaveLength(before);
  });

  it('re-arms when the due time moves, and reminds again at the new time', async () => {
    const task = (await owner.request('POST', '/api/v1/tasks', { title: 'Hẹn gặp khách', dueAt: inMinutes(5), reminderMinutes: 15, assigneeUserId: staff.userId })).json();
    expect(await runTaskReminders(t.database)).toBe(1);
    // Moved two hours later: armed again, not due yet.
    const moved = (await me.request('PATCH', `/api/v1/tasks/${task.id}`, { dueAt: inMinutes(120) })).json();
    expect(moved.remindedAt).toBeNull();
    expect(Date.parse(moved.remindAt)).toBe(Date.parse(moved.dueAt) - 15 * 60_000);
    expect(await runTaskReminders(t.database)).toBe(0);
    // Editing the title does not re-arm or re-send.
    await me.request('PATCH', `/api/v1/tasks/${task.id}`, { title: 'Hẹn gặp khách (đổi giờ)' });
    expect(await runTaskReminders(t.database)).toBe(0);
    // The lead time grows past now: due again, sent once more.
    const longer = (await me.request('PATCH', `/api/v1/tasks/${task.id}`, { reminderMinutes: 180 })).json();
    expect(longer.remindedAt).toBeNull();
    expect(await runTaskReminders(t.database)).toBe(1);
    expect((await reminders()).filter((n) => n.entityId === task.id)).toHaveLength(2);
    // A due time already past arms nothing.
    const past = (await owner.request('POST', '/api/v1/tasks', { title: 'Quá hạn từ lâu', dueAt: '2026-01-01T00:00:00Z', reminderMinutes: 10, assigneeUserId: staff.userId })).json();
    expect(past.remindedAt).toEqual(expect.any(String));
    expect(await runTaskReminders(t.database)).toBe(0);
  });

  it('queues an e-mail too when the workspace has SMTP settings', async () => {
    await t.database.query(`INSERT INTO email_settings (workspace_id, smtp_host, smtp_port, smtp_security, from_address) VALUES ($1, '127.0.0.1', 2525, 'none', 'crm@example.vn')`, [ws.workspaceId]);
    const task = (await owner.request('POST', '/api/v1/tasks', { title: 'Ký hợp đồng', dueAt: inMinutes(20), reminderMinutes: 60, assigneeUserId: staff.userId })).json();
    expect(await runTaskReminders(t.database)).toBe(1);
    const { rows } = await t.database.query(`SELECT to_address, subject, purpose, source, status FROM email_messages WHERE workspace_id = $1 AND related_entity_id = $2`, [ws.workspaceId, task.id]);
    expect(rows).toEqual([expect.objectContaining({ to_address: staff.email, subject: 'Nhắc việc: Ký hợp đồng', purpose: 'transactional', source: 'task_reminder', status: 'queued' })]);
  });

  it('rejects a bad lead time naming the field', async () => {
    const res = await owner.request('POST', '/api/v1/tasks', { title: 'x', reminderMinutes: -5 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('reminderMinutes');
  });

  it('tells the assignee in-app when someone else assigns a task', async () => {
    const task = (await owner.request('POST', '/api/v1/tasks', { title: 'Việc giao cho bạn', assigneeUserId: staff.userId })).json();
    const list = (await me.request('GET', '/api/v1/notifications?limit=100')).json().data;
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'task.assigned', title: 'Việc mới: Việc giao cho bạn', entityId: task.id })]));
    // My own task does not notify me.
    await me.request('POST', '/api/v1/tasks', { title: 'Việc của tôi' });
    expect((await me.request('GET', '/api/v1/notifications?limit=100')).json().data.filter((n: { title: string }) => n.title.includes('Việc của tôi'))).toEqual([]);
  });
});
