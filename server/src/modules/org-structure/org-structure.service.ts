import type { TDepartment } from '@tandem/shared';
import type { ZCreateDepartmentRequest, ZCreateLocationRequest, ZCreatePositionRequest, ZUpdateDepartmentRequest } from '@tandem/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { departments, employees, locations, positions } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';

type DepartmentRow = { id: string; name: string; code: string | null; description: string | null; parent_id: string | null; head_employee_id: string | null; head_name: string | null; headcount: number; archived_at: Date | null };

const presentDepartment = (d: DepartmentRow): TDepartment => ({
  id: d.id,
  name: d.name,
  code: d.code,
  description: d.description,
  parentId: d.parent_id,
  headEmployeeId: d.head_employee_id,
  headName: d.head_name,
  headcount: Number(d.headcount),
  archived: d.archived_at !== null,
});

const departmentQuery = (where = sql`TRUE`) => sql`
  SELECT d.id, d.name, d.code, d.description, d.parent_id, d.head_employee_id, h.full_name AS head_name, d.archived_at,
    (SELECT count(*)::int FROM employees e WHERE e.department_id = d.id AND e.status <> 'left' AND e.deleted_at IS NULL) AS headcount
  FROM departments d LEFT JOIN employees h ON h.id = d.head_employee_id
  WHERE ${where} ORDER BY d.name`;

/** All departments (a workspace has tens, not thousands): the web app builds the tree from parentId. */
export async function listDepartments(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'internal.read');
  return { data: (await queryRows<DepartmentRow>(tx, departmentQuery())).map(presentDepartment) };
}

export async function getDepartment(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'internal.read');
  const [row] = await queryRows<DepartmentRow>(tx, departmentQuery(sql`d.id = ${id}`));
  if (!row) throw notFound('Department');
  return presentDepartment(row);
}

/** A parent must exist and must not be the department itself or one of its descendants. */
async function checkParent(tx: WorkspaceTx, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const [parent] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, parentId));
  if (!parent) throw new AppError('validation_failed', 'No such parent department', { errors: [{ path: 'parentId', message: 'not found' }] });
  if (!id) return;
  const cycle = await queryRows<{ id: string }>(
    tx,
    sql`WITH RECURSIVE up AS (SELECT id, parent_id FROM departments WHERE id = ${parentId}
        UNION SELECT d.id, d.parent_id FROM departments d JOIN up ON d.id = up.parent_id)
        SELECT id FROM up WHERE id = ${id}`,
  );
  if (cycle.length) throw new AppError('validation_failed', 'A department cannot be inside itself', { errors: [{ path: 'parentId', message: 'would make a cycle' }] });
}

async function checkEmployee(tx: WorkspaceTx, employeeId: string | null | undefined, path: string) {
  if (!employeeId) return;
  const [e] = await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, employeeId));
  if (!e) throw new AppError('validation_failed', 'No such employee', { errors: [{ path, message: 'not found' }] });
}

export async function createDepartment(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateDepartmentRequest>) {
  authorize(auth.role, 'internal.manage');
  await checkParent(tx, null, input.parentId);
  await checkEmployee(tx, input.headEmployeeId, 'headEmployeeId');
  const [row] = await tx
    .insert(departments)
    .values({ workspaceId: auth.workspaceId, name: input.name, code: input.code ?? null, description: input.description ?? null, parentId: input.parentId ?? null, headEmployeeId: input.headEmployeeId ?? null })
    .returning({ id: departments.id });
  return getDepartment(tx, auth, row!.id);
}

export async function updateDepartment(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateDepartmentRequest>) {
  authorize(auth.role, 'internal.manage');
  await getDepartment(tx, auth, id);
  if (input.parentId !== undefined) await checkParent(tx, id, input.parentId);
  await checkEmployee(tx, input.headEmployeeId, 'headEmployeeId');
  const { archived, ...fields } = input;
  await tx
    .update(departments)
    .set({ ...fields, ...(archived === undefined ? {} : { archivedAt: archived ? new Date() : null }), updatedAt: new Date() })
    .where(eq(departments.id, id));
  return getDepartment(tx, auth, id);
}

export async function listLocations(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'internal.read');
  const rows = await tx.select().from(locations).orderBy(asc(locations.name));
  return { data: rows.map((l) => ({ id: l.id, name: l.name, street: l.street, wardCode: l.wardCode, provinceCode: l.provinceCode })) };
}

export async function createLocation(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateLocationRequest>) {
  authorize(auth.role, 'internal.manage');
  const [l] = await tx
    .insert(locations)
    .values({ workspaceId: auth.workspaceId, name: input.name, street: input.street ?? null, wardCode: input.wardCode ?? null, provinceCode: input.provinceCode ?? null })
    .returning();
  return { id: l!.id, name: l!.name, street: l!.street, wardCode: l!.wardCode, provinceCode: l!.provinceCode };
}

export async function listPositions(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'internal.read');
  const rows = await tx.select().from(positions).orderBy(asc(positions.title));
  return { data: rows.map((p) => ({ id: p.id, title: p.title, level: p.level })) };
}

export async function createPosition(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreatePositionRequest>) {
  authorize(auth.role, 'internal.manage');
  const [p] = await tx.insert(positions).values({ workspaceId: auth.workspaceId, title: input.title, level: input.level ?? null }).returning();
  return { id: p!.id, title: p!.title, level: p!.level };
}
