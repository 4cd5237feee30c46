import {
  BENEFIT_KINDS_WITH_AMOUNT,
  type BenefitKind,
  type TBenefit,
  type TEmployeeBenefit,
  type ZAssignBenefitRequest,
  type ZBenefitHoldersQuery,
  type ZBenefitListQuery,
  type ZCreateBenefitRequest,
  type ZEndEmployeeBenefitRequest,
  type ZUpdateBenefitRequest,
  type ZUpdateEmployeeBenefitRequest,
} from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { benefits, employeeBenefits } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';

/** Today in Vietnam, as PostgreSQL computes it (the state of an assignment depends on it). */
const TODAY = sql`(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

const invalid = (path: string, message: string, detail = `Invalid ${path}: ${message}`) => new AppError('validation_failed', detail, { errors: [{ path, message }] });
const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

// ---------------------------------------------------------------------------------------------
// The catalog

type BenefitRow = {
  id: string;
  name: string;
  kind: BenefitKind;
  description: string | null;
  default_amount: string | number | null;
  amount_period: TBenefit['amountPeriod'];
  discount_policy_id: string | null;
  policy_name: string | null;
  policy_percent: number | null;
  policy_cap: string | number | null;
  policy_period: 'month' | 'quarter' | 'year' | null;
  policy_active: boolean | null;
  current_holders: number;
  archived_at: Date | string | null;
  created_at: Date | string;
};

const BENEFIT_SELECT = sql`
  SELECT b.id, b.name, b.kind, b.description, b.default_amount, b.amount_period, b.discount_policy_id,
    p.name AS policy_name, p.percent AS policy_percent, p.cap_amount AS policy_cap, p.period AS policy_period, p.active AS policy_active,
    (SELECT count(DISTINCT eb.employee_id)::int FROM employee_benefits eb JOIN employees e ON e.id = eb.employee_id AND e.deleted_at IS NULL
      WHERE eb.benefit_id = b.id AND eb.start_date <= ${TODAY} AND (eb.end_date IS NULL OR eb.end_date >= ${TODAY})) AS current_holders,
    b.archived_at, b.created_at
  FROM benefits b LEFT JOIN discount_policies p ON p.id = b.discount_policy_id`;

const num = (v: string | number | null) => (v === null ? null : Number(v));

/** Every field listed; amounts only for `hr.sensitive` roles. */
const presentBenefit = (auth: WorkspaceAuth) => (r: BenefitRow): TBenefit => {
  const sensitive = can(auth.role, 'hr.sensitive');
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    description: r.description,
    defaultAmount: sensitive ? num(r.default_amount) : null,
    amountPeriod: r.amount_period,
    amountHidden: !sensitive && r.default_amount !== null,
    discountPolicy:
      r.discount_policy_id && r.policy_name !== null
        ? { id: r.discount_policy_id, name: r.policy_name, percent: r.policy_percent ?? 0, capAmount: num(r.policy_cap), period: r.policy_period ?? 'month', active: r.policy_active ?? false }
        : null,
    currentHolders: r.current_holders,
    archived: r.archived_at !== null,
    createdAt: iso(toDate(r.created_at)),
  };
};

async function loadBenefitRow(tx: WorkspaceTx, id: string): Promise<BenefitRow> {
  const [row] = await queryRows<BenefitRow>(tx, sql`${BENEFIT_SELECT} WHERE b.id = ${id}`);
  if (!row) throw notFound('Benefit');
  return row;
}

/** The catalog, by kind then name; archived benefits only when asked. */
export async function listBenefits(tx: WorkspaceTx, auth: WorkspaceAuth, query: z.output<typeof ZBenefitListQuery>) {
  authorize(auth.role, 'internal.read');
  const conditions: SQL[] = [sql`TRUE`];
  if (query.kind) conditions.push(sql`b.kind = ${query.kind}`);
  if (query.includeArchived !== 'true') conditions.push(sql`b.archived_at IS NULL`);
  const rows = await queryRows<BenefitRow>(tx, sql`${BENEFIT_SELECT} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY b.kind, b.name, b.id`);
  return { data: rows.map(presentBenefit(auth)) };
}

export async function getBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'internal.read');
  return presentBenefit(auth)(await loadBenefitRow(tx, id));
}

/** A discount policy belongs to kind `discount` only, and must exist in this workspace; money amounts only for kinds that carry one. */
async function checkBenefit(tx: WorkspaceTx, input: { kind: BenefitKind; discountPolicyId: string | null; defaultAmount: number | null; amountPeriod: string | null }) {
  if (input.discountPolicyId) {
    if (input.kind !== 'discount') throw invalid('discountPolicyId', 'only a benefit of kind discount links a discount policy');
    const found = await queryRows(tx, sql`SELECT 1 FROM discount_policies WHERE id = ${input.discountPolicyId}`);
    if (!found.length) throw invalid('discountPolicyId', 'not found in this workspace');
  }
  if (input.defaultAmount !== null && !BENEFIT_KINDS_WITH_AMOUNT.includes(input.kind)) {
    throw invalid('defaultAmount', `a benefit of kind ${input.kind} has no money amount`);
  }
  if (input.amountPeriod !== null && !BENEFIT_KINDS_WITH_AMOUNT.includes(input.kind)) {
    throw invalid('amountPeriod', `a benefit of kind ${input.kind} has no money amount`);
  }
}

export async function createBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateBenefitRequest>) {
  authorize(auth.role, 'benefits.manage');
  const values = {
    kind: input.kind,
    discountPolicyId: input.discountPolicyId ?? null,
    defaultAmount: input.defaultAmount ?? null,
    amountPeriod: input.amountPeriod ?? (input.defaultAmount != null ? ('month' as const) : null),
  };
  await checkBenefit(tx, values);
  const [row] = await tx
    .insert(benefits)
    .values({ workspaceId: auth.workspaceId, name: input.name, description: input.description ?? null, ...values })
    .returning({ id: benefits.id });
  return getBenefit(tx, auth, row!.id);
}

export async function updateBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateBenefitRequest>) {
  authorize(auth.role, 'benefits.manage');
  const current = await loadBenefitRow(tx, id);
  const next = {
    kind: input.kind ?? current.kind,
    discountPolicyId: input.discountPolicyId === undefined ? current.discount_policy_id : input.discountPolicyId,
    defaultAmount: input.defaultAmount === undefined ? num(current.default_amount) : input.defaultAmount,
    amountPeriod: input.amountPeriod === undefined ? current.amount_period : input.amountPeriod,
  };
  // Changing the kind away from one that carries money clears what no longer applies, unless given.
  if (input.kind && !BENEFIT_KINDS_WITH_AMOUNT.includes(input.kind)) {
    if (input.defaultAmount === undefined) next.defaultAmount = null;
    if (input.amountPeriod === undefined) next.amountPeriod = null;
  }
  if (input.kind && input.kind !== 'discount' && input.discountPolicyId === undefined) next.discountPolicyId = null;
  await checkBenefit(tx, next);
  const { archived, ...rest } = input;
  await tx
    .update(benefits)
    .set({
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...next,
      ...(archived === undefined ? {} : { archivedAt: archived ? (current.archived_at ? toDate(current.archived_at) : new Date()) : null }),
      updatedAt: new Date(),
    })
    .where(sql`${benefits.id} = ${id}`);
  return getBenefit(tx, auth, id);
}

/** Delete a benefit nobody ever held; one with a history is archived instead (409 says so). */
export async function deleteBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'benefits.manage');
  await loadBenefitRow(tx, id);
  const held = await queryRows(tx, sql`SELECT 1 FROM employee_benefits WHERE benefit_id = ${id} LIMIT 1`);
  if (held.length) throw new AppError('conflict', 'This benefit has been given to employees: archive it instead of deleting it', { errors: [{ path: 'id', message: 'has assignments' }] });
  await tx.delete(benefits).where(sql`${benefits.id} = ${id}`);
}

// ---------------------------------------------------------------------------------------------
// Assignments

type AssignmentRow = {
  id: string;
  employee_id: string;
  employee_name: string;
  benefit_id: string;
  benefit_name: string;
  kind: BenefitKind;
  start_date: string;
  end_date: string | null;
  state: TEmployeeBenefit['state'];
  amount: string | number | null;
  amount_period: TEmployeeBenefit['amountPeriod'];
  notes: string | null;
  created_at: Date | string;
};

const ASSIGNMENT_SELECT = sql`
  SELECT eb.id, eb.employee_id, e.full_name AS employee_name, eb.benefit_id, b.name AS benefit_name, b.kind,
    eb.start_date::text AS start_date, eb.end_date::text AS end_date,
    CASE WHEN eb.start_date > ${TODAY} THEN 'upcoming' WHEN eb.end_date < ${TODAY} THEN 'ended' ELSE 'current' END AS state,
    eb.amount, b.amount_period, eb.notes, eb.created_at
  FROM employee_benefits eb JOIN benefits b ON b.id = eb.benefit_id JOIN employees e ON e.id = eb.employee_id`;

/** Amount and notes (HR's remarks) only for `hr.sensitive` roles: every other role gets null, by every route. */
const presentAssignment = (auth: WorkspaceAuth) => (r: AssignmentRow): TEmployeeBenefit => {
  const sensitive = can(auth.role, 'hr.sensitive');
  return {
    id: r.id,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    benefitId: r.benefit_id,
    benefitName: r.benefit_name,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    state: r.state,
    amount: sensitive ? num(r.amount) : null,
    amountPeriod: r.amount_period,
    notes: sensitive ? r.notes : null,
    amountHidden: !sensitive && (r.amount !== null || r.notes !== null),
    createdAt: iso(toDate(r.created_at)),
  };
};

/** The employee (locked, so two assignments of one employee are checked one after the other). */
async function lockEmployee(tx: WorkspaceTx, employeeId: string) {
  const [e] = await queryRows<{ id: string; left_date: string | null }>(
    tx,
    sql`SELECT id, left_date::text AS left_date FROM employees WHERE id = ${employeeId} AND deleted_at IS NULL FOR UPDATE`,
  );
  if (!e) throw notFound('Employee');
  return e;
}

async function loadAssignment(tx: WorkspaceTx, employeeId: string, id: string): Promise<AssignmentRow> {
  const [row] = await queryRows<AssignmentRow>(tx, sql`${ASSIGNMENT_SELECT} WHERE eb.id = ${id} AND eb.employee_id = ${employeeId} AND e.deleted_at IS NULL`);
  if (!row) throw notFound('Benefit assignment');
  return row;
}

/** Dates in order, within employment, and no two periods of the same benefit overlapping for one employee. */
async function checkPeriod(
  tx: WorkspaceTx,
  employee: { id: string; left_date: string | null },
  input: { benefitId: string; startDate: string; endDate: string | null; amount: number | null; kind: BenefitKind },
  selfId?: string,
) {
  if (input.endDate !== null && input.endDate < input.startDate) throw invalid('endDate', 'before startDate', 'The benefit ends before it starts');
  if (employee.left_date && input.startDate > employee.left_date) throw invalid('startDate', `after the employee left (${employee.left_date})`, 'The employee had left by then');
  if (input.amount !== null && !BENEFIT_KINDS_WITH_AMOUNT.includes(input.kind)) throw invalid('amount', `a benefit of kind ${input.kind} has no money amount`);
  const overlapping = await queryRows<{ start_date: string; end_date: string | null }>(
    tx,
    sql`SELECT start_date::text AS start_date, end_date::text AS end_date FROM employee_benefits
        WHERE employee_id = ${employee.id} AND benefit_id = ${input.benefitId} ${selfId ? sql`AND id <> ${selfId}` : sql``}
          AND start_date <= ${input.endDate ?? '9999-12-31'}::date AND (end_date IS NULL OR end_date >= ${input.startDate}::date)
        LIMIT 1`,
  );
  if (overlapping.length) {
    const o = overlapping[0]!;
    throw new AppError('conflict', `The employee already has this benefit from ${o.start_date}${o.end_date ? ` to ${o.end_date}` : ''}`, {
      errors: [{ path: 'benefitId', message: 'overlaps an existing period of the same benefit' }],
    });
  }
}

/** Every benefit an employee holds or held, current first, then by start date. */
export async function listEmployeeBenefits(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string) {
  authorize(auth.role, 'internal.read');
  const [e] = await queryRows(tx, sql`SELECT 1 FROM employees WHERE id = ${employeeId} AND deleted_at IS NULL`);
  if (!e) throw notFound('Employee');
  const rows = await queryRows<AssignmentRow>(
    tx,
    sql`${ASSIGNMENT_SELECT} WHERE eb.employee_id = ${employeeId}
        ORDER BY CASE WHEN eb.start_date > ${TODAY} THEN 1 WHEN eb.end_date < ${TODAY} THEN 2 ELSE 0 END, eb.start_date DESC, eb.id DESC`,
  );
  return { data: rows.map(presentAssignment(auth)) };
}

/** Who holds a benefit (today, or ever). */
export async function listBenefitHolders(tx: WorkspaceTx, auth: WorkspaceAuth, benefitId: string, query: z.output<typeof ZBenefitHoldersQuery>) {
  authorize(auth.role, 'internal.read');
  await loadBenefitRow(tx, benefitId);
  const rows = await queryRows<AssignmentRow>(
    tx,
    sql`${ASSIGNMENT_SELECT} WHERE eb.benefit_id = ${benefitId} AND e.deleted_at IS NULL
        ${query.scope === 'current' ? sql`AND eb.start_date <= ${TODAY} AND (eb.end_date IS NULL OR eb.end_date >= ${TODAY})` : sql``}
        ORDER BY e.full_name, eb.start_date DESC, eb.id
        LIMIT 2000`,
  );
  return { data: rows.map(presentAssignment(auth)) };
}

export async function assignBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, input: z.output<typeof ZAssignBenefitRequest>) {
  authorize(auth.role, 'benefits.manage');
  const employee = await lockEmployee(tx, employeeId);
  const [benefit] = await queryRows<{ kind: BenefitKind; default_amount: string | number | null; archived_at: Date | null }>(
    tx,
    sql`SELECT kind, default_amount, archived_at FROM benefits WHERE id = ${input.benefitId}`,
  );
  if (!benefit) throw invalid('benefitId', 'not found in this workspace');
  if (benefit.archived_at) throw invalid('benefitId', 'archived: it can no longer be given');
  const amount = input.amount === undefined ? num(benefit.default_amount) : input.amount;
  const endDate = input.endDate ?? null;
  await checkPeriod(tx, employee, { benefitId: input.benefitId, startDate: input.startDate, endDate, amount, kind: benefit.kind });
  const [row] = await tx
    .insert(employeeBenefits)
    .values({ workspaceId: auth.workspaceId, employeeId, benefitId: input.benefitId, startDate: input.startDate, endDate, amount, notes: input.notes ?? null })
    .returning({ id: employeeBenefits.id });
  return presentAssignment(auth)(await loadAssignment(tx, employeeId, row!.id));
}

export async function updateEmployeeBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, id: string, input: z.output<typeof ZUpdateEmployeeBenefitRequest>) {
  authorize(auth.role, 'benefits.manage');
  const employee = await lockEmployee(tx, employeeId);
  const current = await loadAssignment(tx, employeeId, id);
  const next = {
    startDate: input.startDate ?? current.start_date,
    endDate: input.endDate === undefined ? current.end_date : input.endDate,
    amount: input.amount === undefined ? num(current.amount) : input.amount,
  };
  await checkPeriod(tx, employee, { benefitId: current.benefit_id, kind: current.kind, ...next }, id);
  await tx
    .update(employeeBenefits)
    .set({ ...next, ...(input.notes === undefined ? {} : { notes: input.notes }), updatedAt: new Date() })
    .where(sql`${employeeBenefits.id} = ${id}`);
  return presentAssignment(auth)(await loadAssignment(tx, employeeId, id));
}

/** End an assignment on a day (today by default). */
export async function endEmployeeBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, id: string, input: z.output<typeof ZEndEmployeeBenefitRequest>) {
  authorize(auth.role, 'benefits.manage');
  const [today] = await queryRows<{ d: string }>(tx, sql`SELECT ${TODAY}::text AS d`);
  const current = await loadAssignment(tx, employeeId, id);
  const endDate = input.endDate ?? today!.d;
  if (endDate < current.start_date) throw invalid('endDate', `before the benefit started (${current.start_date})`, 'The benefit cannot end before it starts');
  if (current.end_date !== null && current.end_date < endDate) throw invalid('endDate', `the benefit already ended on ${current.end_date}`, 'This benefit has already ended');
  await tx.update(employeeBenefits).set({ endDate, updatedAt: new Date() }).where(sql`${employeeBenefits.id} = ${id}`);
  return presentAssignment(auth)(await loadAssignment(tx, employeeId, id));
}

/** Remove an assignment made by mistake (ending it keeps the history). */
export async function deleteEmployeeBenefit(tx: WorkspaceTx, auth: WorkspaceAuth, employeeId: string, id: string) {
  authorize(auth.role, 'benefits.manage');
  await loadAssignment(tx, employeeId, id);
  await tx.delete(employeeBenefits).where(sql`${employeeBenefits.id} = ${id}`);
}
