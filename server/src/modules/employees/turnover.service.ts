import { sql } from 'drizzle-orm';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

type Row = {
  department_id: string | null;
  department_name: string | null;
  headcount_start: number;
  headcount_end: number;
  hires: number;
  exits: number;
  tenure_months: string | null;
};

/**
 * Turnover and tenure per department for [from, to]: headcount at both ends, hires, exits,
 * turnover = exits / average headcount (the mean of the two ends), average tenure of those employed
 * at the end. Employees count in their current department.
 */
export async function turnoverReport(tx: WorkspaceTx, auth: WorkspaceAuth, input: { from: string; to: string; departmentId?: string | undefined }) {
  authorize(auth.role, 'internal.read');
  if (input.to < input.from) throw new AppError('validation_failed', 'The period ends before it starts', { errors: [{ path: 'to', message: 'before from' }] });
  const rows = await queryRows<Row>(
    tx,
    sql`SELECT e.department_id, d.name AS department_name,
        count(*) FILTER (WHERE e.start_date <= ${input.from}::date AND (e.left_date IS NULL OR e.left_date > ${input.from}::date))::int AS headcount_start,
        count(*) FILTER (WHERE e.start_date <= ${input.to}::date AND (e.left_date IS NULL OR e.left_date > ${input.to}::date))::int AS headcount_end,
        count(*) FILTER (WHERE e.start_date BETWEEN ${input.from}::date AND ${input.to}::date)::int AS hires,
        count(*) FILTER (WHERE e.left_date BETWEEN ${input.from}::date AND ${input.to}::date)::int AS exits,
        avg((${input.to}::date - e.start_date) / 30.4375) FILTER (WHERE e.start_date <= ${input.to}::date AND (e.left_date IS NULL OR e.left_date > ${input.to}::date)) AS tenure_months
      FROM employees e LEFT JOIN departments d ON d.id = e.department_id
      WHERE e.deleted_at IS NULL ${input.departmentId ? sql`AND e.department_id = ${input.departmentId}` : sql``}
      GROUP BY e.department_id, d.name ORDER BY d.name NULLS LAST`,
  );
  const data = rows.map((r) => {
    const average = (r.headcount_start + r.headcount_end) / 2;
    return {
      departmentId: r.department_id,
      departmentName: r.department_name ?? '—',
      headcountStart: r.headcount_start,
      headcountEnd: r.headcount_end,
      averageHeadcount: average,
      hires: r.hires,
      exits: r.exits,
      turnoverPercent: average > 0 ? Math.round((r.exits / average) * 1000) / 10 : null,
      averageTenureMonths: r.tenure_months === null ? null : Math.round(Number(r.tenure_months) * 10) / 10,
    };
  });
  return { data };
}
