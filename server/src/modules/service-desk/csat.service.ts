import { sql } from 'drizzle-orm';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';

type CsatRow = { department_id: string | null; department_name: string | null; service_id: string | null; service_name: string | null; ratings: number; good: number; total: number };

const csatOf = (r: CsatRow) => ({
  departmentId: r.department_id,
  departmentName: r.department_name,
  serviceId: r.service_id,
  serviceName: r.service_name,
  ratings: r.ratings,
  csat: r.ratings ? Math.round((r.good / r.ratings) * 1000) / 10 : null,
  average: r.ratings ? Math.round((Number(r.total) / r.ratings) * 100) / 100 : null,
});

const period = (from?: string, to?: string) =>
  sql`${from ? sql`AND rt.rated_at >= ${from}::date` : sql``} ${to ? sql`AND rt.rated_at < ${to}::date + 1` : sql``}`;

/** Internal CSAT (% of ratings 4–5) per providing department or per service, with the number of ratings. */
export async function internalCsat(tx: WorkspaceTx, auth: WorkspaceAuth, input: { groupBy: 'department' | 'service'; from?: string | undefined; to?: string | undefined }) {
  authorize(auth.role, 'internal.read');
  const byService = input.groupBy === 'service';
  const rows = await queryRows<CsatRow>(
    tx,
    sql`SELECT d.id AS department_id, d.name AS department_name,
          ${byService ? sql`s.id` : sql`NULL::uuid`} AS service_id, ${byService ? sql`s.name` : sql`NULL::text`} AS service_name,
          count(*)::int AS ratings, count(*) FILTER (WHERE rt.score >= 4)::int AS good, sum(rt.score)::int AS total
        FROM internal_request_ratings rt
        JOIN internal_requests r ON r.id = rt.request_id
        JOIN departments d ON d.id = r.provider_department_id
        JOIN services s ON s.id = r.service_id
        WHERE TRUE ${period(input.from, input.to)}
        GROUP BY d.id, d.name ${byService ? sql`, s.id, s.name` : sql``}
        ORDER BY d.name ${byService ? sql`, s.name` : sql``}`,
  );
  return { data: rows.map(csatOf) };
}

/** What a department provides (requests, SLA compliance, internal CSAT) and what it consumes from others. */
export async function departmentServiceSummary(tx: WorkspaceTx, auth: WorkspaceAuth, departmentId: string, input: { from?: string | undefined; to?: string | undefined }) {
  authorize(auth.role, 'internal.read');
  const created = sql`${input.from ? sql`AND r.created_at >= ${input.from}::date` : sql``} ${input.to ? sql`AND r.created_at < ${input.to}::date + 1` : sql``}`;
  const [provides] = await queryRows<{ requests: number; open: number; resolved: number; breached: number; ratings: number; good: number; total: number | null }>(
    tx,
    sql`SELECT count(*)::int AS requests,
          count(*) FILTER (WHERE r.status IN ('new','in_progress','waiting'))::int AS open,
          count(*) FILTER (WHERE r.status IN ('resolved','closed'))::int AS resolved,
          count(*) FILTER (WHERE r.first_response_breached OR r.resolution_breached)::int AS breached,
          count(rt.score)::int AS ratings, count(*) FILTER (WHERE rt.score >= 4)::int AS good, sum(rt.score)::int AS total
        FROM internal_requests r LEFT JOIN internal_request_ratings rt ON rt.request_id = r.id
        WHERE r.provider_department_id = ${departmentId} ${created}`,
  );
  const consumes = await queryRows<{ department_id: string; department_name: string; requests: number; ratings: number; good: number }>(
    tx,
    sql`SELECT d.id AS department_id, d.name AS department_name, count(*)::int AS requests,
          count(rt.score)::int AS ratings, count(*) FILTER (WHERE rt.score >= 4)::int AS good
        FROM internal_requests r JOIN departments d ON d.id = r.provider_department_id
        LEFT JOIN internal_request_ratings rt ON rt.request_id = r.id
        WHERE r.requester_department_id = ${departmentId} ${created}
        GROUP BY d.id, d.name ORDER BY requests DESC`,
  );
  const p = provides!;
  return {
    provides: {
      requests: p.requests,
      open: p.open,
      resolved: p.resolved,
      /** % of requests that met both SLA targets. */
      slaCompliance: p.requests ? Math.round(((p.requests - p.breached) / p.requests) * 1000) / 10 : null,
      breached: p.breached,
      ratings: p.ratings,
      csat: p.ratings ? Math.round((p.good / p.ratings) * 1000) / 10 : null,
      average: p.ratings ? Math.round(((p.total ?? 0) / p.ratings) * 100) / 100 : null,
    },
    consumes: consumes.map((c) => ({
      departmentId: c.department_id,
      departmentName: c.department_name,
      requests: c.requests,
      ratings: c.ratings,
      csat: c.ratings ? Math.round((c.good / c.ratings) * 1000) / 10 : null,
    })),
  };
}
