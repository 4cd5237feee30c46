import type { TService, ZCreateServiceRequest, ZUpdateServiceRequest } from '@tandem/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { departments, employees, services } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';

type Row = { s: typeof services.$inferSelect; departmentName: string };
const present = ({ s, departmentName }: Row): TService => ({
  id: s.id,
  departmentId: s.departmentId,
  departmentName,
  name: s.name,
  description: s.description,
  formFields: s.formFields,
  defaultAssigneeId: s.defaultAssigneeId,
  firstResponseMinutes: s.firstResponseMinutes,
  resolutionMinutes: s.resolutionMinutes,
  active: s.active,
});

const base = (tx: WorkspaceTx) =>
  tx.select({ s: services, departmentName: departments.name }).from(services).innerJoin(departments, eq(departments.id, services.departmentId));

/** The service catalog: what each department provides. */
export async function listServices(tx: WorkspaceTx, auth: WorkspaceAuth, departmentId?: string) {
  authorize(auth.role, 'internal.read');
  const rows = await base(tx)
    .where(departmentId ? eq(services.departmentId, departmentId) : undefined)
    .orderBy(asc(departments.name), asc(services.name));
  return { data: rows.map(present) };
}

export async function getService(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'internal.read');
  const [row] = await base(tx).where(eq(services.id, id));
  if (!row) throw notFound('Service');
  return present(row);
}

async function checkRefs(tx: WorkspaceTx, input: { departmentId?: string | undefined; defaultAssigneeId?: string | null | undefined }) {
  if (input.departmentId && !(await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId))).length) {
    throw new AppError('validation_failed', 'No such department', { errors: [{ path: 'departmentId', message: 'not found' }] });
  }
  if (input.defaultAssigneeId && !(await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, input.defaultAssigneeId))).length) {
    throw new AppError('validation_failed', 'No such employee', { errors: [{ path: 'defaultAssigneeId', message: 'not found' }] });
  }
}

function checkTargets(first: number, resolution: number) {
  if (resolution < first) throw new AppError('validation_failed', 'Resolution cannot come before the first response', { errors: [{ path: 'resolutionMinutes', message: 'less than firstResponseMinutes' }] });
}

export async function createService(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateServiceRequest>) {
  authorize(auth.role, 'servicedesk.configure');
  await checkRefs(tx, input);
  checkTargets(input.firstResponseMinutes, input.resolutionMinutes);
  const [row] = await tx
    .insert(services)
    .values({ workspaceId: auth.workspaceId, ...input, description: input.description ?? null, defaultAssigneeId: input.defaultAssigneeId ?? null })
    .returning({ id: services.id });
  return getService(tx, auth, row!.id);
}

export async function updateService(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateServiceRequest>) {
  authorize(auth.role, 'servicedesk.configure');
  const current = await getService(tx, auth, id);
  await checkRefs(tx, input);
  checkTargets(input.firstResponseMinutes ?? current.firstResponseMinutes, input.resolutionMinutes ?? current.resolutionMinutes);
  await tx
    .update(services)
    .set({ ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), updatedAt: sql`now()` })
    .where(eq(services.id, id));
  return getService(tx, auth, id);
}
