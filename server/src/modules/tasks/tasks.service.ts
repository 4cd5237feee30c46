import type { TTask, ZCreateTaskRequest, ZTaskListQuery, ZUpdateTaskRequest } from '@tandem/shared';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { organizations, people, tasks } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';
import { notify } from '../notifications/notifications.service';
import { onSurveyEvent } from '../survey-distribution/distribution.service';

type Row = {
  id: string;
  title: string;
  description: string | null;
  assignee_user_id: string | null;
  assignee_name: string | null;
  due_at: Date | string | null;
  priority: TTask['priority'];
  status: TTask['status'];
  overdue: boolean;
  person_id: string | null;
  organization_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  source: string;
  completed_at: Date | string | null;
  reminder_minutes: number | null;
  remind_at: Date | string | null;
  reminded_at: Date | string | null;
  created_at: Date | string;
};
const d = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const present = (r: Row): TTask => ({
  id: r.id,
  title: r.title,
  description: r.description,
  assigneeUserId: r.assignee_user_id,
  assigneeName: r.assignee_name,
  dueAt: isoOrNull(r.due_at === null ? null : d(r.due_at)),
  priority: r.priority,
  status: r.status,
  overdue: r.overdue,
  personId: r.person_id,
  organizationId: r.organization_id,
  entityType: r.entity_type,
  entityId: r.entity_id,
  source: r.source,
  completedAt: isoOrNull(r.completed_at === null ? null : d(r.completed_at)),
  reminderMinutes: r.reminder_minutes,
  remindAt: isoOrNull(r.remind_at === null ? null : d(r.remind_at)),
  remindedAt: isoOrNull(r.reminded_at === null ? null : d(r.reminded_at)),
  createdAt: iso(d(r.created_at)),
});

const SELECT = sql`SELECT t.id, t.title, t.description, t.assignee_user_id, u.name AS assignee_name, t.due_at, t.priority, t.status,
    coalesce(t.status IN ('open','in_progress') AND t.due_at < now(), false) AS overdue, t.person_id, t.organization_id, t.entity_type, t.entity_id,
    t.source, t.completed_at, t.reminder_minutes, t.remind_at, t.reminded_at, t.created_at
  FROM tasks t LEFT JOIN users u ON u.id = t.assignee_user_id`;

/** Tasks about HR records are visible to HR only (their titles name the employee whose contract ends). */
const visible = (auth: WorkspaceAuth) => (can(auth.role, 'hr.sensitive') ? sql`TRUE` : sql`(t.entity_type IS DISTINCT FROM 'employee_contracts' OR t.assignee_user_id = ${auth.userId})`);

async function load(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  const [row] = await queryRows<Row>(tx, sql`${SELECT} WHERE t.id = ${id} AND ${visible(auth)}`);
  if (!row) throw notFound('Task');
  return present(row);
}

export async function getTask(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'customers.read');
  return load(tx, auth, id);
}

/** Tasks by due time (soonest first, undated last), "mine" for the signed-in user, overdue flagged. */
export async function listTasks(tx: WorkspaceTx, auth: WorkspaceAuth, q: z.output<typeof ZTaskListQuery>) {
  authorize(auth.role, 'customers.read');
  const where: SQL[] = [visible(auth)];
  if (q.scope === 'mine') where.push(auth.userId ? sql`t.assignee_user_id = ${auth.userId}` : sql`FALSE`);
  if (q.assigneeUserId) where.push(sql`t.assignee_user_id = ${q.assigneeUserId}`);
  if (q.status) where.push(sql`t.status = ${q.status}`);
  if (q.personId) where.push(sql`t.person_id = ${q.personId}`);
  if (q.overdue === 'true') where.push(sql`t.status IN ('open','in_progress') AND t.due_at < now()`);
  if (q.overdue === 'false') where.push(sql`NOT (t.status IN ('open','in_progress') AND t.due_at IS NOT NULL AND t.due_at < now())`);
  if (q.organizationId) where.push(sql`t.organization_id = ${q.organizationId}`);
  if (q.priority) where.push(sql`t.priority = ${q.priority}`);
  if (q.open === 'true') where.push(sql`t.status IN ('open','in_progress')`);
  if (q.open === 'false') where.push(sql`t.status IN ('done','cancelled')`);
  if (q.departmentId) {
    where.push(sql`t.assignee_user_id IN (SELECT e.user_id FROM employees e WHERE e.department_id = ${q.departmentId} AND e.deleted_at IS NULL AND e.user_id IS NOT NULL)`);
  }
  if (q.dueFrom) where.push(sql`t.due_at >= ${q.dueFrom}::timestamptz`);
  if (q.dueTo) where.push(sql`t.due_at < ${q.dueTo}::timestamptz`);
  if (q.completedFrom || q.completedTo) where.push(sql`t.status = 'done'`);
  if (q.completedFrom) where.push(sql`t.completed_at >= ${q.completedFrom}::timestamptz`);
  if (q.completedTo) where.push(sql`t.completed_at < ${q.completedTo}::timestamptz`);
  if (q.onTime === 'true') where.push(sql`t.status = 'done' AND t.due_at IS NOT NULL AND t.completed_at <= t.due_at`);
  if (q.hasDue === 'true') where.push(sql`t.due_at IS NOT NULL`);
  if (q.hasDue === 'false') where.push(sql`t.due_at IS NULL`);
  if (q.onTime === 'false') where.push(sql`t.status = 'done' AND t.due_at IS NOT NULL AND t.completed_at > t.due_at`);
  const far = '9999-12-31T00:00:00Z';
  if (q.cursor) {
    const c = decodeCursor(q.cursor, ['due', 'id']);
    where.push(sql`(coalesce(t.due_at, ${far}::timestamptz), t.id) > (${c.due}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await queryRows<Row & { due_key: string }>(
    tx,
    sql`SELECT * FROM (${SELECT} WHERE ${sql.join(where, sql` AND `)}) x, LATERAL (SELECT coalesce(x.due_at, ${far}::timestamptz)::text AS due_key) k
        ORDER BY coalesce(x.due_at, ${far}::timestamptz), x.id LIMIT ${q.limit + 1}`,
  );
  const page = toPage(rows, q.limit, (r) => ({ due: r.due_key, id: r.id }));
  return { data: page.data.map(present), nextCursor: page.nextCursor };
}

async function checkRefs(tx: WorkspaceTx, input: { assigneeUserId?: string | null | undefined; personId?: string | null | undefined; organizationId?: string | null | undefined }) {
  const fail = (path: string) => new AppError('validation_failed', `Unknown ${path}`, { errors: [{ path, message: 'not found in this workspace' }] });
  if (input.assigneeUserId && !(await queryRows(tx, sql`SELECT 1 FROM memberships WHERE user_id = ${input.assigneeUserId}`)).length) throw fail('assigneeUserId');
  if (input.personId && !(await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId))).length) throw fail('personId');
  if (input.organizationId && !(await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId))).length) throw fail('organizationId');
}

export async function createTask(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateTaskRequest>) {
  authorize(auth.role, 'interactions.write');
  await checkRefs(tx, input);
  const [row] = await tx
    .insert(tasks)
    .values({
      workspaceId: auth.workspaceId,
      title: input.title,
      description: input.description ?? null,
      assigneeUserId: input.assigneeUserId === undefined ? auth.userId : input.assigneeUserId,
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
      priority: input.priority,
      personId: input.personId ?? null,
      organizationId: input.organizationId ?? null,
      createdByUserId: auth.userId,
      ...reminder(input.dueAt ? new Date(input.dueAt) : null, input.reminderMinutes ?? null),
    })
    .returning({ id: tasks.id });
  const task = await load(tx, auth, row!.id);
  await tellAssignee(tx, auth, task);
  return task;
}

/**
 * The reminder columns for a due time and a lead time: armed (`reminded_at` null) while the due time is
 * still ahead; a due time already past arms nothing (no reminder for yesterday's task).
 */
function reminder(dueAt: Date | null, minutes: number | null) {
  if (dueAt === null || minutes === null) return { reminderMinutes: minutes, remindAt: null, remindedAt: null };
  const remindAt = new Date(dueAt.getTime() - minutes * 60_000);
  return { reminderMinutes: minutes, remindAt, remindedAt: dueAt.getTime() <= Date.now() ? new Date() : null };
}

/** Tell the assignee in-app when someone else gives them a task. */
async function tellAssignee(tx: WorkspaceTx, auth: WorkspaceAuth, task: TTask) {
  if (!task.assigneeUserId || task.assigneeUserId === auth.userId) return;
  const [who] = await queryRows<{ locale: string }>(tx, sql`SELECT locale FROM users WHERE id = ${task.assigneeUserId}`);
  const en = who?.locale === 'en';
  await notify(tx, {
    userId: task.assigneeUserId,
    kind: 'task.assigned',
    title: `${en ? 'New task' : 'Việc mới'}: ${task.title}`,
    ...(task.dueAt ? { body: `${en ? 'Due' : 'Hạn'}: ${formatVnDateTime(new Date(task.dueAt))}` } : {}),
    link: `/work?taskId=${task.id}`,
    entityType: 'tasks',
    entityId: task.id,
  });
}

/** dd/MM/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving). */
export function formatVnDateTime(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${p(v.getUTCHours())}:${p(v.getUTCMinutes())}`;
}

/** Change a task; moving it to done records when (a kanban drop is a status change). */
export async function updateTask(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateTaskRequest>) {
  authorize(auth.role, 'interactions.write');
  const current = await load(tx, auth, id);
  await checkRefs(tx, input);
  const { dueAt, status, reminderMinutes, ...rest } = input;
  const nextDue = dueAt === undefined ? (current.dueAt ? new Date(current.dueAt) : null) : dueAt ? new Date(dueAt) : null;
  const nextMinutes = reminderMinutes === undefined ? current.reminderMinutes : reminderMinutes;
  // Moving the due time or changing the lead time re-arms the reminder; other edits leave it alone.
  const rearm = (nextDue?.getTime() ?? null) !== (current.dueAt ? Date.parse(current.dueAt) : null) || nextMinutes !== current.reminderMinutes;
  await tx
    .update(tasks)
    .set({
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(dueAt !== undefined ? { dueAt: nextDue } : {}),
      ...(rearm ? reminder(nextDue, nextMinutes) : {}),
      ...(status ? { status, completedAt: status === 'done' ? (current.completedAt ? new Date(current.completedAt) : new Date()) : null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(tasks.id, id));
  const task = await load(tx, auth, id);
  if (task.assigneeUserId !== current.assigneeUserId) await tellAssignee(tx, auth, task);
  // Survey triggers: a satisfaction survey to the customer once their task is done (not for the follow-up of a bad answer).
  if (status === 'done' && current.status !== 'done' && task.personId && task.source !== 'feedback')
    await onSurveyEvent(tx, { event: 'task_done', personId: task.personId, contextType: 'tasks', contextId: id });
  return task;
}

export async function deleteTask(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'interactions.write');
  await load(tx, auth, id);
  await tx.delete(tasks).where(eq(tasks.id, id));
}
