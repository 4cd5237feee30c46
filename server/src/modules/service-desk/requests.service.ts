import type { RequestStatus, TInternalRequest, ZCreateInternalRequest, ZInternalRequestListQuery, ZRateRequest, ZUpdateInternalRequest } from '@tandem/shared';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { counters, employees, internalRequests, requestComments, requestRatings, services } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';
import { employeeOfUser } from '../employees/employees.service';
import { loadCalendar } from './calendar.service';
import { dueAt, elapsedWorkingMinutes, type WorkCalendar } from './working-time';
import { onSurveyEvent } from '../survey-distribution/distribution.service';

type StoredPause = { from: string; to: string | null };
const toPauses = (p: StoredPause[]) => p.map((x) => ({ from: new Date(x.from), to: x.to ? new Date(x.to) : null }));

type Row = {
  id: string;
  number: number;
  service_id: string;
  service_name: string;
  first_response_minutes: number;
  resolution_minutes: number;
  provider_department_id: string;
  provider_department_name: string;
  requester_employee_id: string;
  requester_name: string;
  requester_department_id: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  title: string;
  answers: TInternalRequest['answers'];
  priority: TInternalRequest['priority'];
  status: RequestStatus;
  pauses: StoredPause[];
  created_at: Date | string;
  first_response_at: Date | string | null;
  resolved_at: Date | string | null;
  closed_at: Date | string | null;
  score: number | null;
  rating_comment: string | null;
  rated_at: Date | string | null;
};

const SELECT = sql`
  SELECT r.id, r.number, r.service_id, s.name AS service_name, s.first_response_minutes, s.resolution_minutes,
    r.provider_department_id, d.name AS provider_department_name, r.requester_employee_id, q.full_name AS requester_name,
    r.requester_department_id, r.assignee_id, a.full_name AS assignee_name, r.title, r.answers, r.priority, r.status, r.pauses,
    r.created_at, r.first_response_at, r.resolved_at, r.closed_at, rt.score, rt.comment AS rating_comment, rt.rated_at
  FROM internal_requests r
  JOIN services s ON s.id = r.service_id
  JOIN departments d ON d.id = r.provider_department_id
  JOIN employees q ON q.id = r.requester_employee_id
  LEFT JOIN employees a ON a.id = r.assignee_id
  LEFT JOIN internal_request_ratings rt ON rt.request_id = r.id`;

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const dateOrNull = (v: Date | string | null) => (v === null ? null : date(v));

/** One SLA clock: working minutes elapsed (paused while waiting on the requester) against its target. */
export function slaClock(cal: WorkCalendar, start: Date, target: number, doneAt: Date | null, pauses: { from: Date; to: Date | null }[], now: Date) {
  const end = doneAt ?? now;
  const elapsed = elapsedWorkingMinutes(cal, start, end, pauses);
  const due = dueAt(cal, start, target, pauses, end);
  const paused = !doneAt && pauses.some((p) => p.to === null);
  const state: 'met' | 'running' | 'paused' | 'breached' = elapsed > target ? 'breached' : doneAt ? 'met' : paused ? 'paused' : 'running';
  return { targetMinutes: target, elapsedMinutes: Math.round(elapsed), dueAt: due.toISOString(), state };
}

function present(cal: WorkCalendar, now: Date) {
  return (r: Row): TInternalRequest => {
    const created = date(r.created_at);
    const pauses = toPauses(r.pauses);
    return {
      id: r.id,
      number: r.number,
      serviceId: r.service_id,
      serviceName: r.service_name,
      providerDepartmentId: r.provider_department_id,
      providerDepartmentName: r.provider_department_name,
      requesterEmployeeId: r.requester_employee_id,
      requesterName: r.requester_name,
      requesterDepartmentId: r.requester_department_id,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      title: r.title,
      answers: r.answers,
      priority: r.priority,
      status: r.status,
      firstResponse: slaClock(cal, created, r.first_response_minutes, dateOrNull(r.first_response_at), pauses, now),
      resolution: slaClock(cal, created, r.resolution_minutes, dateOrNull(r.resolved_at), pauses, now),
      rating: r.score === null ? null : { score: r.score, comment: r.rating_comment, ratedAt: iso(date(r.rated_at!)) },
      createdAt: iso(created),
      firstResponseAt: isoOrNull(dateOrNull(r.first_response_at)),
      resolvedAt: isoOrNull(dateOrNull(r.resolved_at)),
      closedAt: isoOrNull(dateOrNull(r.closed_at)),
    };
  };
}

async function loadRow(tx: WorkspaceTx, id: string): Promise<Row> {
  const [row] = await queryRows<Row>(tx, sql`${SELECT} WHERE r.id = ${id}`);
  if (!row) throw notFound('Request');
  return row;
}

export async function getRequest(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, now = new Date()) {
  authorize(auth.role, 'internal.read');
  return present(await loadCalendar(tx), now)(await loadRow(tx, id));
}

export async function listRequests(tx: WorkspaceTx, auth: WorkspaceAuth, query: z.output<typeof ZInternalRequestListQuery>, now = new Date()) {
  authorize(auth.role, 'internal.read');
  const conditions: SQL[] = [sql`TRUE`];
  if (query.scope !== 'all') {
    const me = await employeeOfUser(tx, auth.userId);
    if (!me) return { data: [], nextCursor: null };
    conditions.push(query.scope === 'mine' ? sql`r.requester_employee_id = ${me.id}` : sql`r.assignee_id = ${me.id}`);
  }
  if (query.providerDepartmentId) conditions.push(sql`r.provider_department_id = ${query.providerDepartmentId}`);
  if (query.requesterDepartmentId) conditions.push(sql`r.requester_department_id = ${query.requesterDepartmentId}`);
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  if (query.breached === 'true') conditions.push(sql`(r.first_response_breached OR r.resolution_breached)`);
  if (query.breached === 'false') conditions.push(sql`NOT (r.first_response_breached OR r.resolution_breached)`);
  if (query.cursor) conditions.push(sql`r.id < ${decodeCursor(query.cursor, ['id']).id}::uuid`);
  const rows = await queryRows<Row>(tx, sql`${SELECT} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY r.id DESC LIMIT ${query.limit + 1}`);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }));
  return { data: page.data.map(present(await loadCalendar(tx), now)), nextCursor: page.nextCursor };
}

/** Check the answers against the service's form: required fields, numbers, dates, options. */
function checkAnswers(fields: (typeof services.$inferSelect)['formFields'], answers: Record<string, string | number | null>) {
  const errors: { path: string; message: string }[] = [];
  for (const key of Object.keys(answers)) if (!fields.some((f) => f.key === key)) errors.push({ path: `answers.${key}`, message: 'not a field of this service' });
  for (const f of fields) {
    const v = answers[f.key];
    const path = `answers.${f.key}`;
    if (v === undefined || v === null || v === '') {
      if (f.required) errors.push({ path, message: 'required' });
      continue;
    }
    if (f.type === 'number' && typeof v !== 'number') errors.push({ path, message: 'must be a number' });
    if (f.type === 'date' && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))) errors.push({ path, message: 'must be a date (YYYY-MM-DD)' });
    if (f.type === 'select' && !(f.options ?? []).includes(String(v))) errors.push({ path, message: `must be one of: ${(f.options ?? []).join(', ')}` });
  }
  if (errors.length) throw new AppError('validation_failed', 'The form has invalid answers', { errors });
}

async function nextNumber(tx: WorkspaceTx, workspaceId: string, name: string): Promise<number> {
  const [row] = await tx
    .insert(counters)
    .values({ workspaceId, name, value: 1 })
    .onConflictDoUpdate({ target: [counters.workspaceId, counters.name], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return row!.value;
}

export async function createRequest(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateInternalRequest>, now = new Date()) {
  authorize(auth.role, 'requests.create');
  const [service] = await tx.select().from(services).where(eq(services.id, input.serviceId));
  if (!service || !service.active) throw new AppError('validation_failed', 'No such active service', { errors: [{ path: 'serviceId', message: 'not found or inactive' }] });
  checkAnswers(service.formFields, input.answers);
  let requesterId = input.requesterEmployeeId;
  if (requesterId && requesterId !== (await employeeOfUser(tx, auth.userId))?.id && !can(auth.role, 'internal.manage')) {
    throw new AppError('forbidden', 'You may only ask on your own behalf');
  }
  requesterId ??= (await employeeOfUser(tx, auth.userId))?.id;
  if (!requesterId) throw new AppError('unprocessable', 'You have no employee record in this workspace: ask HR to link your account');
  const [requester] = await tx.select({ id: employees.id, departmentId: employees.departmentId }).from(employees).where(eq(employees.id, requesterId));
  if (!requester) throw new AppError('validation_failed', 'No such employee', { errors: [{ path: 'requesterEmployeeId', message: 'not found' }] });
  const cal = await loadCalendar(tx);
  const [row] = await tx
    .insert(internalRequests)
    .values({
      workspaceId: auth.workspaceId,
      number: await nextNumber(tx, auth.workspaceId, 'internal_request'),
      serviceId: service.id,
      providerDepartmentId: service.departmentId,
      requesterEmployeeId: requester.id,
      requesterDepartmentId: requester.departmentId,
      assigneeId: service.defaultAssigneeId,
      title: input.title,
      answers: input.answers,
      priority: input.priority,
      createdAt: now,
      updatedAt: now,
      firstResponseDueAt: dueAt(cal, now, service.firstResponseMinutes, [], now),
      resolutionDueAt: dueAt(cal, now, service.resolutionMinutes, [], now),
    })
    .returning({ id: internalRequests.id });
  return getRequest(tx, auth, row!.id, now);
}

/** Who works a request: its assignee, people of the providing department, owners and admins. */
async function checkMayWork(tx: WorkspaceTx, auth: WorkspaceAuth, row: Row) {
  if (can(auth.role, 'requests.manageAll') || (auth.apiKeyId && can(auth.role, 'internal.manage'))) return;
  const me = await employeeOfUser(tx, auth.userId);
  if (me && (me.id === row.assignee_id || me.departmentId === row.provider_department_id)) return;
  throw new AppError('forbidden', 'Only the providing department works on this request');
}

const TRANSITIONS: Record<RequestStatus, RequestStatus[]> = {
  new: ['in_progress', 'waiting', 'resolved', 'closed'],
  in_progress: ['waiting', 'resolved', 'closed'],
  waiting: ['in_progress', 'resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

/**
 * Change status, assignee or priority. Waiting on the requester pauses both SLA clocks; the first move
 * out of `new` (or the first comment by the provider) is the first response.
 */
export async function updateRequest(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateInternalRequest>, now = new Date()) {
  authorize(auth.role, 'internal.read');
  const row = await loadRow(tx, id);
  await checkMayWork(tx, auth, row);
  const set: Partial<typeof internalRequests.$inferInsert> = { updatedAt: now };
  if (input.assigneeId !== undefined) {
    if (input.assigneeId && !(await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, input.assigneeId))).length) {
      throw new AppError('validation_failed', 'No such employee', { errors: [{ path: 'assigneeId', message: 'not found' }] });
    }
    set.assigneeId = input.assigneeId;
  }
  if (input.priority) set.priority = input.priority;
  if (input.status && input.status !== row.status) {
    if (!TRANSITIONS[row.status].includes(input.status)) {
      throw new AppError('unprocessable', `A ${row.status} request cannot become ${input.status}`, { errors: [{ path: 'status', message: `not allowed from ${row.status}` }] });
    }
    const pauses = [...row.pauses];
    const open = pauses.findIndex((p) => p.to === null);
    if (open >= 0) pauses[open] = { from: pauses[open]!.from, to: now.toISOString() };
    if (input.status === 'waiting') pauses.push({ from: now.toISOString(), to: null });
    set.status = input.status;
    set.pauses = pauses;
    if (!row.first_response_at) set.firstResponseAt = now;
    if (input.status === 'resolved') set.resolvedAt = now;
    if (input.status === 'in_progress' && row.status === 'resolved') set.resolvedAt = null;
    if (input.status === 'closed') set.closedAt = now;
    await applySla(tx, row, set, now);
  }
  await tx.update(internalRequests).set(set).where(eq(internalRequests.id, id));
  // Survey triggers: an internal CSAT survey to the requester once the request is resolved.
  if (set.status === 'resolved') await onSurveyEvent(tx, { event: 'internal_request_resolved', employeeId: row.requester_employee_id, contextType: 'internal_requests', contextId: id });
  return getRequest(tx, auth, id, now);
}

/** Recompute due dates (pauses push them out) and the breach flags that lists filter on. */
async function applySla(tx: WorkspaceTx, row: Row, set: Partial<typeof internalRequests.$inferInsert>, now: Date) {
  const cal = await loadCalendar(tx);
  const created = date(row.created_at);
  const pauses = toPauses(set.pauses ?? row.pauses);
  const firstAt = set.firstResponseAt ?? dateOrNull(row.first_response_at);
  const resolvedAt = set.resolvedAt === undefined ? dateOrNull(row.resolved_at) : set.resolvedAt;
  set.firstResponseDueAt = dueAt(cal, created, row.first_response_minutes, pauses, now);
  set.resolutionDueAt = dueAt(cal, created, row.resolution_minutes, pauses, now);
  set.firstResponseBreached = elapsedWorkingMinutes(cal, created, firstAt ?? now, pauses) > row.first_response_minutes;
  set.resolutionBreached = elapsedWorkingMinutes(cal, created, resolvedAt ?? now, pauses) > row.resolution_minutes;
}

export async function addComment(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, body: string, now = new Date()) {
  authorize(auth.role, 'internal.read');
  const row = await loadRow(tx, id);
  const me = await employeeOfUser(tx, auth.userId);
  const isRequester = me?.id === row.requester_employee_id;
  if (!isRequester) await checkMayWork(tx, auth, row);
  const [c] = await tx
    .insert(requestComments)
    .values({ workspaceId: auth.workspaceId, requestId: id, authorEmployeeId: me?.id ?? null, authorUserId: auth.userId, body, createdAt: now })
    .returning();
  if (!isRequester && !row.first_response_at) {
    const set: Partial<typeof internalRequests.$inferInsert> = { firstResponseAt: now, updatedAt: now };
    await applySla(tx, row, set, now);
    await tx.update(internalRequests).set(set).where(eq(internalRequests.id, id));
  }
  return {
    id: c!.id,
    authorName: me ? ((await tx.select({ n: employees.fullName }).from(employees).where(eq(employees.id, me.id)))[0]?.n ?? null) : null,
    authorSide: isRequester ? ('requester' as const) : ('agent' as const),
    body: c!.body,
    createdAt: iso(c!.createdAt),
  };
}

export async function listComments(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'internal.read');
  const row = await loadRow(tx, id);
  const rows = await queryRows<{ id: string; author_name: string | null; author_employee_id: string | null; body: string; created_at: Date | string }>(
    tx,
    sql`SELECT c.id, coalesce(e.full_name, u.name) AS author_name, c.author_employee_id, c.body, c.created_at FROM internal_request_comments c
        LEFT JOIN employees e ON e.id = c.author_employee_id LEFT JOIN users u ON u.id = c.author_user_id
        WHERE c.request_id = ${id} ORDER BY c.id`,
  );
  // The side is the one addComment allowed: the requester's own employee record, or someone working the request.
  return {
    data: rows.map((r) => ({
      id: r.id,
      authorName: r.author_name,
      authorSide: r.author_employee_id !== null && r.author_employee_id === row.requester_employee_id ? ('requester' as const) : ('agent' as const),
      body: r.body,
      createdAt: iso(date(r.created_at)),
    })),
  };
}

/** The requester rates a resolved request once (1–5); it then closes. */
export async function rateRequest(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZRateRequest>, now = new Date()) {
  authorize(auth.role, 'internal.read');
  const row = await loadRow(tx, id);
  const me = await employeeOfUser(tx, auth.userId);
  if (me?.id !== row.requester_employee_id) throw new AppError('forbidden', 'Only the requester rates a request');
  if (row.status !== 'resolved' && row.status !== 'closed') throw new AppError('unprocessable', 'A request is rated once it is resolved');
  const done = await tx
    .insert(requestRatings)
    .values({ workspaceId: auth.workspaceId, requestId: id, score: input.score, comment: input.comment ?? null, ratedAt: now })
    .onConflictDoNothing()
    .returning({ id: requestRatings.requestId });
  if (!done.length) throw new AppError('conflict', 'This request has already been rated');
  if (row.status === 'resolved') await tx.update(internalRequests).set({ status: 'closed', closedAt: now, updatedAt: now }).where(and(eq(internalRequests.id, id)));
  return getRequest(tx, auth, id, now);
}
