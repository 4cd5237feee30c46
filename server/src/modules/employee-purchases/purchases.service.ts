import type { ZCreateDiscountPolicyRequest, ZCreateOrderRequest, ZCreateProductRequest, ZUpdateDiscountPolicyRequest } from '@tandem/shared';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { people } from '../../db/schema';
import { counters, discountPolicies, employees, orderLines, orders, products } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';
import { employeeOfUser } from '../employees/employees.service';
import { computeEmployeeDiscount, periodOf, type ContractType, type DiscountPolicy } from './discount';

type PolicyRow = typeof discountPolicies.$inferSelect;
const presentPolicy = (p: PolicyRow) => ({
  id: p.id,
  name: p.name,
  category: p.category,
  percent: p.percent,
  capAmount: p.capAmount,
  period: p.period,
  minTenureMonths: p.minTenureMonths,
  contractTypes: p.contractTypes,
  active: p.active,
});

export async function listPolicies(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'internal.read');
  return { data: (await tx.select().from(discountPolicies).orderBy(asc(discountPolicies.name))).map(presentPolicy) };
}

export async function createPolicy(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateDiscountPolicyRequest>) {
  authorize(auth.role, 'purchases.manage');
  const [row] = await tx
    .insert(discountPolicies)
    .values({ workspaceId: auth.workspaceId, ...input, category: input.category ?? null, capAmount: input.capAmount ?? null, contractTypes: input.contractTypes ?? null })
    .returning();
  return presentPolicy(row!);
}

export async function updatePolicy(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateDiscountPolicyRequest>) {
  authorize(auth.role, 'purchases.manage');
  const [row] = await tx
    .update(discountPolicies)
    .set({ ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), updatedAt: new Date() })
    .where(eq(discountPolicies.id, id))
    .returning();
  if (!row) throw notFound('Discount policy');
  return presentPolicy(row);
}

type ProductRow = typeof products.$inferSelect;
const presentProduct = (p: ProductRow) => ({ id: p.id, name: p.name, sku: p.sku, category: p.category, price: p.price, ownProduct: p.ownProduct, launchDate: p.launchDate, active: p.active });

export async function listProducts(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'customers.read');
  return { data: (await tx.select().from(products).orderBy(asc(products.category), asc(products.name))).map(presentProduct) };
}

export async function createProduct(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateProductRequest>) {
  authorize(auth.role, 'purchases.manage');
  const [row] = await tx.insert(products).values({ workspaceId: auth.workspaceId, ...input, sku: input.sku ?? null, launchDate: input.launchDate ?? null }).returning();
  return presentProduct(row!);
}

/** The facts the discount rules need about an employee at a date: start, status and the contract then in force. */
async function employeeFacts(tx: WorkspaceTx, employeeId: string, at: Date) {
  const [e] = await queryRows<{ start_date: string; status: 'active' | 'on_leave' | 'left'; contract_type: ContractType | null }>(
    tx,
    sql`SELECT e.start_date::text AS start_date, e.status,
          (SELECT c.type FROM employee_contracts c WHERE c.employee_id = e.id AND c.start_date <= ${at}::date
             AND (c.end_date IS NULL OR c.end_date >= ${at}::date) ORDER BY c.start_date DESC LIMIT 1) AS contract_type
        FROM employees e WHERE e.id = ${employeeId}`,
  );
  return { startDate: e!.start_date, status: e!.status, contractType: e!.contract_type };
}

const asPolicy = (p: PolicyRow): DiscountPolicy => ({ ...presentPolicy(p), contractTypes: p.contractTypes });

/** Discount used by an employee under each policy in the period (of that policy) containing `at`. */
async function usedInPeriods(tx: WorkspaceTx, employeeId: string, policies: PolicyRow[], at: Date) {
  const used: Record<string, number> = {};
  for (const p of policies) {
    const { start, end } = periodOf(p.period, at);
    const [row] = await queryRows<{ used: string | null }>(
      tx,
      sql`SELECT sum(l.discount_amount) AS used FROM order_lines l JOIN orders o ON o.id = l.order_id
          WHERE o.buyer_employee_id = ${employeeId} AND o.status <> 'cancelled' AND l.discount_policy_id = ${p.id}
            AND o.ordered_at >= ${start.toISOString()}::timestamptz AND o.ordered_at < ${end.toISOString()}::timestamptz`,
    );
    used[p.id] = Number(row?.used ?? 0);
  }
  return used;
}

/**
 * Place an order. When the buyer is an employee (the person is linked to an employee record), the
 * best eligible discount applies per line, within each policy's cap for the period; concurrent orders
 * of one employee are serialized so two orders cannot both spend the same remaining cap.
 */
export async function createOrder(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateOrderRequest>) {
  authorize(auth.role, 'orders.create');
  const orderedAt = input.orderedAt ? new Date(input.orderedAt) : new Date();
  const [buyer] = await tx.select({ id: people.id }).from(people).where(and(eq(people.id, input.buyerPersonId), isNull(people.deletedAt)));
  if (!buyer) throw new AppError('validation_failed', 'No such customer', { errors: [{ path: 'buyerPersonId', message: 'not found' }] });
  const ids = [...new Set(input.lines.map((l) => l.productId))];
  const found = await tx.select().from(products).where(inArray(products.id, ids));
  const missing = input.lines.findIndex((l) => !found.some((p) => p.id === l.productId));
  if (missing >= 0) throw new AppError('validation_failed', 'No such product', { errors: [{ path: `lines.${missing}.productId`, message: 'not found' }] });
  const lines = input.lines.map((l) => {
    const p = found.find((x) => x.id === l.productId)!;
    return { productId: p.id, productName: p.name, category: p.category, unitPrice: p.price, quantity: l.quantity };
  });

  const [employee] = await tx.select({ id: employees.id }).from(employees).where(and(eq(employees.personId, buyer.id), isNull(employees.deletedAt))).limit(1);
  let discounts = lines.map(() => ({ amount: 0, policyId: null as string | null, reason: null as string | null }));
  if (employee) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended('employee-discount:' || ${employee.id}, 0))`);
    const policies = await tx.select().from(discountPolicies).where(eq(discountPolicies.active, true));
    const result = computeEmployeeDiscount({
      policies: policies.map(asPolicy),
      employee: await employeeFacts(tx, employee.id, orderedAt),
      orderDate: orderedAt,
      lines,
      used: await usedInPeriods(tx, employee.id, policies, orderedAt),
    });
    discounts = result.lines.map((d) => ({ amount: d.amount, policyId: d.amount > 0 ? d.policyId : null, reason: d.reason ?? null }));
  }
  const subtotal = lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  const discountTotal = discounts.reduce((s, d) => s + d.amount, 0);
  const [counter] = await tx
    .insert(counters)
    .values({ workspaceId: auth.workspaceId, name: 'order', value: 1 })
    .onConflictDoUpdate({ target: [counters.workspaceId, counters.name], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  const [order] = await tx
    .insert(orders)
    .values({ workspaceId: auth.workspaceId, number: counter!.value, buyerPersonId: buyer.id, buyerEmployeeId: employee?.id ?? null, orderedAt, subtotal, discountTotal, total: subtotal - discountTotal })
    .returning();
  await tx.insert(orderLines).values(
    lines.map((l, i) => ({
      workspaceId: auth.workspaceId,
      orderId: order!.id,
      lineNo: i + 1,
      productId: l.productId,
      category: l.category,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountAmount: discounts[i]!.amount,
      discountPolicyId: discounts[i]!.policyId,
    })),
  );
  return {
    id: order!.id,
    number: order!.number,
    buyerPersonId: order!.buyerPersonId,
    buyerEmployeeId: order!.buyerEmployeeId,
    orderedAt: iso(order!.orderedAt),
    status: order!.status,
    subtotal,
    discountTotal,
    total: subtotal - discountTotal,
    lines: lines.map((l, i) => ({ ...l, discountAmount: discounts[i]!.amount, discountPolicyId: discounts[i]!.policyId, reason: discounts[i]!.reason })),
  };
}

/** Discount used and left per policy in the current period: an employee sees their own, HR everyone's. */
export async function discountUsage(tx: WorkspaceTx, auth: WorkspaceAuth, input: { employeeId?: string | undefined; at?: string | undefined }) {
  authorize(auth.role, 'internal.read');
  const me = await employeeOfUser(tx, auth.userId);
  const employeeId = input.employeeId ?? me?.id;
  if (!employeeId) return { data: [] };
  if (employeeId !== me?.id && !can(auth.role, 'purchases.manage')) throw new AppError('forbidden', "Only HR sees other employees' purchases");
  const [e] = await tx.select({ id: employees.id, name: employees.fullName }).from(employees).where(eq(employees.id, employeeId));
  if (!e) throw notFound('Employee');
  const at = input.at ? new Date(input.at) : new Date();
  const policies = await tx.select().from(discountPolicies).where(eq(discountPolicies.active, true)).orderBy(asc(discountPolicies.name));
  const used = await usedInPeriods(tx, e.id, policies, at);
  return {
    data: policies.map((p) => ({
      employeeId: e.id,
      employeeName: e.name,
      policyId: p.id,
      policyName: p.name,
      period: periodOf(p.period, at).label,
      used: used[p.id] ?? 0,
      cap: p.capAmount,
      remaining: p.capAmount === null ? null : Math.max(0, p.capAmount - (used[p.id] ?? 0)),
    })),
  };
}
