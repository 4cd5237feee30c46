import type { TContract, ZCreateContractRequest, ZUpdateContractRequest } from '@tandem/shared';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { contracts, employees } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';

type Row = typeof contracts.$inferSelect;
const present = (c: Row): TContract => ({
  id: c.id,
  employeeId: c.employeeId,
  type: c.type,
  number: c.number,
  startDate: c.startDate,
  endDate: c.endDate,
  salary: c.salary,
  allowances: c.allowances,
  notes: c.notes,
  createdAt: iso(c.createdAt),
});

async function checkEmployee(tx: WorkspaceTx, employeeId: string) {
  const [e] = await tx.select({ id: employees.id }).from(employees).where(and(eq(employees.id, employeeId), isNull(employees.deletedAt)));
  if (!e) throw notFound('Employee');
}

function checkDates(input: { type?: string; startDate?: string; endDate?: string | null }) {
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    throw new AppError('validation_failed', 'The contract ends before it starts', { errors: [{ path: 'endDate', message: 'before startDate' }] });
  }
  if ((input.type === 'fixed_term' || input.type === 'probation' || input.type === 'seasonal') && input.endDate === null) {
    throw new AppError('validation_failed', 'This kind of contract needs an end date', { errors: [{ path: 'endDate', message: 'required' }] });
  }
}

/** Contracts with their terms (salary, allowances): HR and the owner only. */
export async function listContracts(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string) {
  authorize(auth.role, 'hr.sensitive');
  await checkEmployee(tx, employeeId);
  const rows = await tx.select().from(contracts).where(eq(contracts.employeeId, employeeId)).orderBy(desc(contracts.startDate));
  return { data: rows.map(present) };
}

export async function createContract(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, input: z.output<typeof ZCreateContractRequest>) {
  authorize(auth.role, 'hr.sensitive');
  await checkEmployee(tx, employeeId);
  checkDates({ ...input, endDate: input.endDate ?? null });
  const [row] = await tx
    .insert(contracts)
    .values({
      workspaceId: auth.workspaceId,
      employeeId,
      type: input.type,
      number: input.number ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      salary: input.salary ?? null,
      allowances: input.allowances,
      notes: input.notes ?? null,
    })
    .returning();
  return present(row!);
}

export async function updateContract(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, id: string, input: z.output<typeof ZUpdateContractRequest>) {
  authorize(auth.role, 'hr.sensitive');
  const [current] = await tx.select().from(contracts).where(and(eq(contracts.id, id), eq(contracts.employeeId, employeeId)));
  if (!current) throw notFound('Contract');
  checkDates({ type: input.type ?? current.type, startDate: input.startDate ?? current.startDate, endDate: input.endDate === undefined ? current.endDate : input.endDate });
  const [row] = await tx
    .update(contracts)
    .set({ ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), updatedAt: new Date() })
    .where(eq(contracts.id, id))
    .returning();
  return present(row!);
}
