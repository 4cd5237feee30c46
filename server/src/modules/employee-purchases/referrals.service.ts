import type { ZReferralSignup } from '@tandem/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { consents, people } from '../../db/schema';
import { employees } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type Database, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { findContactMatches, lockContactKeys } from '../people/people.service';

/** Referrals per employee: customers attributed to them and the revenue those customers brought. */
export async function referralStats(tx: WorkspaceTx, auth: WorkspaceAuth, input: { departmentId?: string | undefined }) {
  authorize(auth.role, 'internal.read');
  const rows = await queryRows<{ id: string; full_name: string; department_name: string | null; referral_code: string; customers: number; revenue: string | null }>(
    tx,
    sql`SELECT e.id, e.full_name, d.name AS department_name, e.referral_code,
          (SELECT count(*)::int FROM people p WHERE p.referred_by_employee_id = e.id AND p.deleted_at IS NULL) AS customers,
          (SELECT sum(o.total) FROM orders o JOIN people p ON p.id = o.buyer_person_id
             WHERE p.referred_by_employee_id = e.id AND o.status <> 'cancelled') AS revenue
        FROM employees e LEFT JOIN departments d ON d.id = e.department_id
        WHERE e.deleted_at IS NULL ${input.departmentId ? sql`AND e.department_id = ${input.departmentId}` : sql``}
        ORDER BY customers DESC, e.full_name`,
  );
  return {
    data: rows.map((r) => ({
      employeeId: r.id,
      employeeName: r.full_name,
      departmentName: r.department_name,
      referralCode: r.referral_code,
      referredCustomers: r.customers,
      referredRevenue: Number(r.revenue ?? 0),
    })),
  };
}

/** The employee of a referral code in this workspace (codes are compared case-insensitively). */
export async function employeeByReferralCode(tx: WorkspaceTx, code: string): Promise<string> {
  const [e] = await tx
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.referralCode, code.trim().toUpperCase()), isNull(employees.deletedAt)));
  if (!e) throw new AppError('validation_failed', 'Unknown referral code', { errors: [{ path: 'referralCode', message: 'no employee has this code' }] });
  return e.id;
}

/** Find the workspace and employee of a public referral link (platform lookup: the visitor has no session). */
async function resolveCode(database: Database, code: string) {
  const rows = await queryRows<{ workspace_id: string; id: string; full_name: string; workspace_name: string }>(
    database.system,
    sql`SELECT e.workspace_id, e.id, e.full_name, w.name AS workspace_name FROM employees e JOIN workspaces w ON w.id = e.workspace_id
        WHERE e.referral_code = ${code.trim().toUpperCase()} AND e.deleted_at IS NULL AND e.status <> 'left' LIMIT 2`,
  );
  // Codes are random per workspace; in the unlikely case two workspaces share one, the link is refused rather than guessed.
  if (rows.length !== 1) throw notFound('Referral link');
  return rows[0]!;
}

/** What the public referral page shows: whose link it is and for which business. */
export async function referralLanding(database: Database, code: string) {
  const r = await resolveCode(database, code);
  return { workspaceName: r.workspace_name, employeeName: r.full_name };
}

/**
 * A visitor of an employee's referral link leaves their details: a lead attributed to that employee,
 * with their explicit consent to be contacted recorded. An existing customer with the same phone or
 * e-mail is not duplicated (nor re-attributed).
 */
export async function referralSignup(database: Database, code: string, input: z.output<typeof ZReferralSignup>) {
  const r = await resolveCode(database, code);
  return database.inWorkspace({ workspaceId: r.workspace_id, actorUserId: null, actorApiKeyId: null, requestId: `referral:${code}` }, async (tx) => {
    const keys = [input.phone, ...(input.email ? [input.email] : [])];
    await lockContactKeys(tx, keys);
    if ((await findContactMatches(tx, keys)).length) return { created: false };
    const [p] = await tx
      .insert(people)
      .values({
        workspaceId: r.workspace_id,
        fullName: input.fullName,
        phones: [{ number: input.phone }],
        emails: input.email ? [{ address: input.email }] : [],
        customerType: 'consumer',
        lifecycleStage: 'lead',
        source: 'referral',
        notes: input.note ?? null,
        referredByEmployeeId: r.id,
      })
      .returning({ id: people.id });
    await tx.insert(consents).values([
      { workspaceId: r.workspace_id, personId: p!.id, channel: 'phone', status: 'given', method: 'form', evidence: `referral link ${code}` },
      { workspaceId: r.workspace_id, personId: p!.id, channel: 'zalo', status: 'given', method: 'form', evidence: `referral link ${code}` },
    ]);
    return { created: true };
  });
}
