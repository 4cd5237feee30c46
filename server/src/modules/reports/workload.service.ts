import type { TWorkloadReport, TWorkloadRow, ZWorkloadQuery } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import { queryRows, sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

type Query = z.output<typeof ZWorkloadQuery>;

/** A Vietnam day (UTC+7, no daylight saving) as the instant it starts. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
const nextDay = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

type Scope = { scope: 'all' } | { scope: 'department' | 'self'; userIds: string[] };

/**
 * Who the caller may see: owner, admin and HR everyone; a manager themselves, the employees of the
 * departments they head (with the departments below them) and their direct reports; anyone else
 * only themselves.
 */
async function visibility(tx: WorkspaceTx, auth: WorkspaceAuth): Promise<Scope> {
  if (can(auth.role, 'reports.workloadAll')) return { scope: 'all' };
  if (!auth.userId) throw new AppError('forbidden', 'An API key needs an owner, admin or HR role to read the workload report');
  if (auth.role !== 'manager') return { scope: 'self', userIds: [auth.userId] };
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`WITH RECURSIVE me AS (SELECT id FROM employees WHERE user_id = ${auth.userId} AND deleted_at IS NULL),
        managed(id) AS (SELECT d.id FROM departments d WHERE d.head_employee_id IN (SELECT id FROM me)
                        UNION SELECT c.id FROM departments c JOIN managed p ON c.parent_id = p.id)
        SELECT DISTINCT e.user_id FROM employees e
        WHERE e.deleted_at IS NULL AND e.user_id IS NOT NULL
          AND (e.department_id IN (SELECT id FROM managed) OR e.manager_id IN (SELECT id FROM me))`,
  );
  return { scope: 'department', userIds: [auth.userId, ...rows.map((r) => r.user_id).filter((id) => id !== auth.userId)] };
}

type Raw = {
  user_id: string;
  name: string;
  employee_id: string | null;
  department_id: string | null;
  department_name: string | null;
  open_tasks: number;
  done_tasks: number;
  done_with_due: number;
  done_on_time: number;
  overdue: number;
  interactions: number;
  customers_owned: number;
  organizations_owned: number;
  csat_n: number;
  csat_good: number;
};

const pct = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : null);

/** Figures per member (and, grouped, per department) for a period; each with the list call behind it. */
export async function workloadReport(tx: WorkspaceTx, auth: WorkspaceAuth, q: Query): Promise<TWorkloadReport & { raw: Raw[] }> {
  authorize(auth.role, 'reports.workload');
  const seen = await visibility(tx, auth);
  const from = dayStart(q.from);
  const to = nextDay(q.to);
  const now = new Date();
  const overdueTo = to < now ? to : now;
  const where: SQL[] = [sql`TRUE`];
  if (seen.scope !== 'all') where.push(sql`m.user_id = ANY(${sqlArray(seen.userIds, 'uuid')})`);
  if (q.departmentId) where.push(sql`e.department_id = ${q.departmentId}`);
  const raw = await queryRows<Raw>(
    tx,
    sql`WITH base AS (
          SELECT m.user_id, coalesce(e.full_name, u.name) AS name, e.id AS employee_id, e.department_id, d.name AS department_name
          FROM memberships m JOIN users u ON u.id = m.user_id
          LEFT JOIN LATERAL (SELECT * FROM employees x WHERE x.user_id = m.user_id AND x.deleted_at IS NULL ORDER BY x.created_at LIMIT 1) e ON TRUE
          LEFT JOIN departments d ON d.id = e.department_id
          WHERE ${sql.join(where, sql` AND `)}),
        t AS (
          SELECT assignee_user_id AS user_id,
            count(*) FILTER (WHERE status IN ('open','in_progress'))::int AS open_tasks,
            count(*) FILTER (WHERE status = 'done' AND completed_at >= ${from} AND completed_at < ${to})::int AS done_tasks,
            count(*) FILTER (WHERE status = 'done' AND completed_at >= ${from} AND completed_at < ${to} AND due_at IS NOT NULL)::int AS done_with_due,
            count(*) FILTER (WHERE status = 'done' AND completed_at >= ${from} AND completed_at < ${to} AND completed_at <= due_at)::int AS done_on_time,
            count(*) FILTER (WHERE status IN ('open','in_progress') AND due_at >= ${from} AND due_at < ${overdueTo})::int AS overdue
          FROM tasks WHERE assignee_user_id IN (SELECT user_id FROM base) GROUP BY 1),
        i AS (
          SELECT user_id, count(*)::int AS n FROM interactions
          WHERE user_id IN (SELECT user_id FROM base) AND occurred_at >= ${from} AND occurred_at < ${to} GROUP BY 1),
        p AS (SELECT owner_user_id AS user_id, count(*)::int AS n FROM people WHERE deleted_at IS NULL AND owner_user_id IN (SELECT user_id FROM base) GROUP BY 1),
        o AS (SELECT owner_user_id AS user_id, count(*)::int AS n FROM organizations WHERE deleted_at IS NULL AND owner_user_id IN (SELECT user_id FROM base) GROUP BY 1),
        served AS (
          SELECT DISTINCT user_id, person_id FROM interactions
          WHERE user_id IN (SELECT user_id FROM base) AND person_id IS NOT NULL AND occurred_at >= ${from} AND occurred_at < ${to}),
        s AS (
          SELECT sv.user_id, count(*)::int AS n, count(*) FILTER (WHERE r.score >= 4)::int AS good
          FROM served sv
          JOIN survey_responses r ON r.person_id = sv.person_id AND r.submitted_at >= ${from} AND r.submitted_at < ${to} AND r.score IS NOT NULL
          JOIN surveys y ON y.id = r.survey_id AND y.kind = 'csat'
          GROUP BY 1)
        SELECT b.user_id, b.name, b.employee_id, b.department_id, b.department_name,
          coalesce(t.open_tasks, 0) AS open_tasks, coalesce(t.done_tasks, 0) AS done_tasks, coalesce(t.done_with_due, 0) AS done_with_due,
          coalesce(t.done_on_time, 0) AS done_on_time, coalesce(t.overdue, 0) AS overdue, coalesce(i.n, 0) AS interactions,
          coalesce(p.n, 0) AS customers_owned, coalesce(o.n, 0) AS organizations_owned, coalesce(s.n, 0) AS csat_n, coalesce(s.good, 0) AS csat_good
        FROM base b LEFT JOIN t ON t.user_id = b.user_id LEFT JOIN i ON i.user_id = b.user_id LEFT JOIN p ON p.user_id = b.user_id
          LEFT JOIN o ON o.user_id = b.user_id LEFT JOIN s ON s.user_id = b.user_id`,
  );
  raw.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.user_id.localeCompare(b.user_id));

  const period = { from: from.toISOString(), to: to.toISOString(), overdueTo: overdueTo.toISOString() };
  const rows: TWorkloadRow[] =
    q.groupBy === 'employee'
      ? raw.map((r) => row('employee', [r], { userId: r.user_id, employeeId: r.employee_id, departmentId: r.department_id, name: r.name, departmentName: r.department_name }, period))
      : teams(raw).map(([dep, members]) =>
          row('team', members, { userId: null, employeeId: null, departmentId: dep, name: members[0]!.department_name ?? '', departmentName: members[0]!.department_name }, period),
        );
  const total = sum(raw);
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    scope: seen.scope,
    rows,
    total: { members: raw.length, ...figures(total) },
    raw,
  };
}

function teams(raw: Raw[]): [string | null, Raw[]][] {
  const by = new Map<string | null, Raw[]>();
  for (const r of raw) by.set(r.department_id, [...(by.get(r.department_id) ?? []), r]);
  return [...by.entries()].sort(([a, x], [b, y]) => (a === null ? 1 : b === null ? -1 : (x[0]!.department_name ?? '').localeCompare(y[0]!.department_name ?? '', 'vi')));
}

type Sums = Omit<Raw, 'user_id' | 'name' | 'employee_id' | 'department_id' | 'department_name'>;
const KEYS = ['open_tasks', 'done_tasks', 'done_with_due', 'done_on_time', 'overdue', 'interactions', 'customers_owned', 'organizations_owned', 'csat_n', 'csat_good'] as const;
function sum(rows: Raw[]): Sums {
  const out = Object.fromEntries(KEYS.map((k) => [k, 0])) as Sums;
  for (const r of rows) for (const k of KEYS) out[k] += Number(r[k]);
  return out;
}

function figures(s: Sums) {
  return {
    openTasks: s.open_tasks,
    doneTasks: s.done_tasks,
    doneWithDue: s.done_with_due,
    doneOnTime: s.done_on_time,
    onTimePercent: pct(s.done_on_time, s.done_with_due),
    overdue: s.overdue,
    interactions: s.interactions,
    customersOwned: s.customers_owned,
    organizationsOwned: s.organizations_owned,
    satisfaction: pct(s.csat_good, s.csat_n),
    satisfactionResponses: s.csat_n,
  };
}

const url = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params).toString()}`;

function row(
  kind: 'employee' | 'team',
  members: Raw[],
  who: Pick<TWorkloadRow, 'userId' | 'employeeId' | 'departmentId' | 'name' | 'departmentName'>,
  p: { from: string; to: string; overdueTo: string },
): TWorkloadRow {
  // An employee row lists by assignee; a team row by department (members in no department: one by one is
  // not expressible, so their team row lists by the member ids where a list takes several).
  const ids = members.map((m) => m.user_id);
  const byWho: Record<string, string> | null = kind === 'employee' ? { assigneeUserId: who.userId! } : who.departmentId ? { departmentId: who.departmentId } : ids.length === 1 ? { assigneeUserId: ids[0]! } : null;
  const byLogger: Record<string, string> | null = byWho && ('assigneeUserId' in byWho ? { userId: byWho.assigneeUserId! } : byWho);
  const tasks = (extra: Record<string, string>) => (byWho ? url('/api/v1/tasks', { ...byWho, ...extra }) : null);
  const owner = (path: string) => url(path, { filter: JSON.stringify([ids.length === 1 ? { field: 'ownerUserId', op: 'eq', value: ids[0] } : { field: 'ownerUserId', op: 'in', value: ids.slice(0, 100) }]) });
  const interactions = byLogger ? url('/api/v1/interactions', { ...byLogger, from: p.from, to: p.to }) : null;
  const done = { completedFrom: p.from, completedTo: p.to };
  return {
    kind,
    ...who,
    members: members.length,
    ...figures(sum(members)),
    links: {
      openTasks: tasks({ open: 'true' }),
      doneTasks: tasks(done),
      doneWithDue: tasks({ ...done, hasDue: 'true' }),
      doneOnTime: tasks({ ...done, onTime: 'true' }),
      overdue: tasks({ open: 'true', dueFrom: p.from, dueTo: p.overdueTo }),
      interactions,
      customersOwned: ids.length && ids.length <= 100 ? owner('/api/v1/people') : null,
      organizationsOwned: ids.length && ids.length <= 100 ? owner('/api/v1/organizations') : null,
      // The responses come from the customers served: the interactions of the period list them.
      satisfaction: interactions,
    },
  };
}

/** Export columns, Vietnamese headers (as the people export). */
export const WORKLOAD_COLUMNS: { key: keyof TWorkloadRow; header: string; width: number }[] = [
  { key: 'name', header: 'Nhân viên / Nhóm', width: 30 },
  { key: 'departmentName', header: 'Phòng ban', width: 24 },
  { key: 'members', header: 'Số người', width: 10 },
  { key: 'openTasks', header: 'Việc đang mở', width: 14 },
  { key: 'doneTasks', header: 'Việc hoàn thành', width: 16 },
  { key: 'doneWithDue', header: 'Hoàn thành có hạn', width: 18 },
  { key: 'doneOnTime', header: 'Hoàn thành đúng hạn', width: 20 },
  { key: 'onTimePercent', header: 'Tỷ lệ đúng hạn (%)', width: 18 },
  { key: 'overdue', header: 'Quá hạn', width: 10 },
  { key: 'interactions', header: 'Tương tác', width: 12 },
  { key: 'customersOwned', header: 'Khách hàng phụ trách', width: 20 },
  { key: 'organizationsOwned', header: 'Tổ chức phụ trách', width: 18 },
  { key: 'satisfaction', header: 'Hài lòng CSAT (%)', width: 18 },
  { key: 'satisfactionResponses', header: 'Số phản hồi CSAT', width: 18 },
];
