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
  createdAt: iso(d(r.created_at)),
});

const SELECT = sql`SELECT t.id, t.title, t.description, t.assignee_user_id, u.name AS assignee_name, t.due_at, t.priority, t.status,
    coalesce(t.status IN ('open','in_progress') AND t.due_at < now(), false) AS overdue, t.person_id, t.organization_id, t.entity_type, t.entity_id,
    t.source, t.completed_at, t.created_at
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
    })
    .returning({ id: tasks.id });
  return load(tx, auth, row!.id);
}

/** Change a task; moving it to done records when (a kanban drop is a status change). */
export async function updateTask(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateTaskRequest>) {
  authorize(auth.role, 'interactions.write');
  const current = await load(tx, auth, id);
  await checkRefs(tx, input);
  const { dueAt, status, ...rest } = input;
  await tx
    .update(tasks)
    .set({
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(dueAt !== undefined ? { dueAt: dueAt ? new Date(dueAt) : null } : {}),
      ...(status ? { status, completedAt: status === 'done' ? (current.completedAt ? new Date(current.completedAt) : new Date()) : null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(tasks.id, id));
  return load(tx, auth, id);
}

export async function deleteTask(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'interactions.write');
  await load(tx, auth, id);
  await tx.delete(tasks).where(eq(tasks.id, id));
}
