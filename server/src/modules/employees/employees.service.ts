import { foldVietnamese, type TEmployee, type ZCreateEmployeeRequest, type ZEmployeeListQuery, type ZUpdateEmployeeRequest } from '@tandem/shared';
import { randomInt } from 'node:crypto';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { departments, employees, positions } from '../../db/schema/internal';
import { people } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';

type Row = {
  id: string;
  full_name: string;
  employee_code: string | null;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: TEmployee['gender'];
  department_id: string | null;
  department_name: string | null;
  manager_id: string | null;
  manager_name: string | null;
  position_id: string | null;
  position_title: string | null;
  location_id: string | null;
  start_date: string;
  status: TEmployee['status'];
  left_date: string | null;
  left_reason: string | null;
  user_id: string | null;
  person_id: string | null;
  contract_type: TEmployee['contractType'];
  referral_code: string;
  created_at: Date | string;
};

/** Everything anyone may see about an employee. The contract in force contributes its TYPE only. */
const SELECT = sql`
  SELECT e.id, e.full_name, e.employee_code, e.email, e.phone, e.birthday::text AS birthday, e.gender,
    e.department_id, d.name AS department_name, e.manager_id, m.full_name AS manager_name,
    e.position_id, p.title AS position_title, e.location_id, e.start_date::text AS start_date, e.status,
    e.left_date::text AS left_date, e.left_reason, e.user_id, e.person_id, e.referral_code, e.created_at,
    (SELECT c.type FROM employee_contracts c WHERE c.employee_id = e.id AND c.start_date <= current_date
       AND (c.end_date IS NULL OR c.end_date >= current_date) ORDER BY c.start_date DESC LIMIT 1) AS contract_type
  FROM employees e
  LEFT JOIN departments d ON d.id = e.department_id
  LEFT JOIN employees m ON m.id = e.manager_id
  LEFT JOIN positions p ON p.id = e.position_id`;

export const referralUrl = (baseUrl: string, code: string) => `${baseUrl}/r/${code}`;

const present = (baseUrl: string) => (r: Row): TEmployee => ({
  id: r.id,
  fullName: r.full_name,
  employeeCode: r.employee_code,
  email: r.email,
  phone: r.phone,
  birthday: r.birthday,
  gender: r.gender,
  departmentId: r.department_id,
  departmentName: r.department_name,
  managerId: r.manager_id,
  managerName: r.manager_name,
  positionId: r.position_id,
  positionTitle: r.position_title,
  locationId: r.location_id,
  startDate: r.start_date,
  status: r.status,
  leftDate: r.left_date,
  leftReason: r.left_reason,
  userId: r.user_id,
  personId: r.person_id,
  contractType: r.contract_type,
  referralCode: r.referral_code,
  referralUrl: referralUrl(baseUrl, r.referral_code),
  createdAt: iso(r.created_at instanceof Date ? r.created_at : new Date(r.created_at)),
});

export async function listEmployees(tx: WorkspaceTx, auth: WorkspaceAuth, baseUrl: string, query: z.output<typeof ZEmployeeListQuery>) {
  authorize(auth.role, 'internal.read');
  const conditions: SQL[] = [sql`e.deleted_at IS NULL`];
  if (query.departmentId) conditions.push(sql`e.department_id = ${query.departmentId}`);
  if (query.status) conditions.push(sql`e.status = ${query.status}`);
  if (query.q) conditions.push(sql`tandem_fold(e.full_name) LIKE ${`%${foldVietnamese(query.q).replace(/[\\%_]/g, '\\$&')}%`}`);
  if (query.cursor) {
    const c = decodeCursor(query.cursor, ['v', 'id']);
    conditions.push(sql`(e.full_name, e.id) > (${c.v}, ${c.id}::uuid)`);
  }
  const rows = await queryRows<Row>(tx, sql`${SELECT} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY e.full_name, e.id LIMIT ${query.limit + 1}`);
  const page = toPage(rows, query.limit, (r) => ({ v: r.full_name, id: r.id }));
  return { data: page.data.map(present(baseUrl)), nextCursor: page.nextCursor };
}

export async function loadEmployee(tx: WorkspaceTx, baseUrl: string, id: string): Promise<TEmployee> {
  const [row] = await queryRows<Row>(tx, sql`${SELECT} WHERE e.id = ${id} AND e.deleted_at IS NULL`);
  if (!row) throw notFound('Employee');
  return present(baseUrl)(row);
}

export async function getEmployee(tx: WorkspaceTx, auth: WorkspaceAuth, baseUrl: string, id: string) {
  authorize(auth.role, 'internal.read');
  return loadEmployee(tx, baseUrl, id);
}

/** The employee record of the signed-in user in this workspace, if any. */
export async function employeeOfUser(tx: WorkspaceTx, userId: string | null): Promise<{ id: string; departmentId: string | null } | null> {
  if (!userId) return null;
  const [e] = await tx
    .select({ id: employees.id, departmentId: employees.departmentId })
    .from(employees)
    .where(and(eq(employees.userId, userId), isNull(employees.deletedAt)))
    .limit(1);
  return e ?? null;
}

/** Referral codes: 8 characters without look-alikes (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const newReferralCode = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

async function checkRefs(tx: WorkspaceTx, input: { departmentId?: string | null; managerId?: string | null; positionId?: string | null; personId?: string | null; userId?: string | null }, selfId?: string) {
  const check = async (ok: boolean, path: string) => {
    if (!ok) throw new AppError('validation_failed', `Unknown ${path}`, { errors: [{ path, message: 'not found in this workspace' }] });
  };
  if (input.departmentId) await check((await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId))).length > 0, 'departmentId');
  if (input.positionId) await check((await tx.select({ id: positions.id }).from(positions).where(eq(positions.id, input.positionId))).length > 0, 'positionId');
  if (input.managerId) {
    if (input.managerId === selfId) await check(false, 'managerId');
    await check((await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, input.managerId))).length > 0, 'managerId');
  }
  if (input.personId) await check((await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId))).length > 0, 'personId');
  if (input.userId) await check((await queryRows(tx, sql`SELECT 1 FROM memberships WHERE user_id = ${input.userId}`)).length > 0, 'userId');
}

export async function createEmployee(tx: WorkspaceTx, auth: WorkspaceAuth, baseUrl: string, input: z.output<typeof ZCreateEmployeeRequest>) {
  authorize(auth.role, 'internal.manage');
  await checkRefs(tx, input);
  const [row] = await tx
    .insert(employees)
    .values({
      workspaceId: auth.workspaceId,
      fullName: input.fullName,
      employeeCode: input.employeeCode ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      birthday: input.birthday ?? null,
      gender: input.gender ?? null,
      departmentId: input.departmentId ?? null,
      managerId: input.managerId ?? null,
      positionId: input.positionId ?? null,
      locationId: input.locationId ?? null,
      startDate: input.startDate,
      userId: input.userId ?? null,
      personId: input.personId ?? null,
      referralCode: newReferralCode(),
    })
    .returning({ id: employees.id });
  return loadEmployee(tx, baseUrl, row!.id);
}

export async function updateEmployee(tx: WorkspaceTx, auth: WorkspaceAuth, baseUrl: string, id: string, input: z.output<typeof ZUpdateEmployeeRequest>) {
  authorize(auth.role, 'internal.manage');
  const current = await loadEmployee(tx, baseUrl, id);
  await checkRefs(tx, input, id);
  const status = input.status ?? current.status;
  if (status === 'left' && !(input.leftDate ?? current.leftDate)) {
    throw new AppError('validation_failed', 'When someone leaves, give the date', { errors: [{ path: 'leftDate', message: 'required when status is left' }] });
  }
  await tx
    .update(employees)
    .set({
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      ...(status !== 'left' && input.status ? { leftDate: null, leftReason: null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(employees.id, id));
  return loadEmployee(tx, baseUrl, id);
}

export async function deleteEmployee(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'internal.manage');
  const done = await tx.update(employees).set({ deletedAt: new Date() }).where(and(eq(employees.id, id), isNull(employees.deletedAt))).returning({ id: employees.id });
  if (!done.length) throw notFound('Employee');
}
