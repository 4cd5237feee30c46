import { sql, type SQL } from 'drizzle-orm';
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

/**
 * The one period rule of the service-desk reports: [from, to] are whole days in Vietnam time, and a
 * figure counts what happened in them — a request by when it was created, a rating by when it was
 * given. The CSAT endpoint and the department summary both use it, so their CSAT figures agree.
 */
export function inPeriod(column: SQL, from?: string, to?: string): SQL {
  return sql`${from ? sql`AND ${column} >= (${from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'` : sql``} ${
    to ? sql`AND ${column} < (${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'` : sql``
  }`;
}

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
        WHERE TRUE ${inPeriod(sql`rt.rated_at`, input.from, input.to)}
        GROUP BY d.id, d.name ${byService ? sql`, s.id, s.name` : sql``}
        ORDER BY d.name ${byService ? sql`, s.name` : sql``}`,
  );
  return { data: rows.map(csatOf) };
}

/** What a department provides (requests, SLA compliance, internal CSAT) and what it consumes from others. */
export async function departmentServiceSummary(tx: WorkspaceTx, auth: WorkspaceAuth, departmentId: string, input: { from?: string | undefined; to?: string | undefined }) {
  authorize(auth.role, 'internal.read');
  const created = inPeriod(sql`r.created_at`, input.from, input.to);
  const rated = inPeriod(sql`rt.rated_at`, input.from, input.to);
  const [provides] = await queryRows<{ requests: number; open: number; resolved: number; breached: number }>(
    tx,
    sql`SELECT count(*)::int AS requests,
          count(*) FILTER (WHERE r.status IN ('new','in_progress','waiting'))::int AS open,
          count(*) FILTER (WHERE r.status IN ('resolved','closed'))::int AS resolved,
          count(*) FILTER (WHERE r.first_response_breached OR r.resolution_breached)::int AS breached
        FROM internal_requests r
        WHERE r.provider_department_id = ${departmentId} ${created}`,
  );
  // Ratings by when they were given, exactly as the CSAT endpoint counts them.
  const [ratings] = await queryRows<{ ratings: number; good: number; total: number | null }>(
    tx,
    sql`SELECT count(*)::int AS ratings, count(*) FILTER (WHERE rt.score >= 4)::int AS good, sum(rt.score)::int AS total
        FROM internal_request_ratings rt JOIN internal_requests r ON r.id = rt.request_id
        WHERE r.provider_department_id = ${departmentId} ${rated}`,
  );
  const consumes = await queryRows<{ department_id: string; department_name: string; requests: number; ratings: number; good: number }>(
    tx,
    sql`SELECT d.id AS department_id, d.name AS department_name,
          count(*) FILTER (WHERE TRUE ${created})::int AS requests,
          count(rt.score) FILTER (WHERE TRUE ${rated})::int AS ratings,
          count(*) FILTER (WHERE rt.score >= 4 ${rated})::int AS good
        FROM internal_requests r JOIN departments d ON d.id = r.provider_department_id
        LEFT JOIN internal_request_ratings rt ON rt.request_id = r.id
        WHERE r.requester_department_id = ${departmentId}
        GROUP BY d.id, d.name
        HAVING count(*) FILTER (WHERE TRUE ${created}) > 0 OR count(rt.score) FILTER (WHERE TRUE ${rated}) > 0
        ORDER BY requests DESC, d.name`,
  );
  const p = provides!;
  const q = ratings!;
  return {
    provides: {
      requests: p.requests,
      open: p.open,
      resolved: p.resolved,
      /** % of requests that met both SLA targets. */
      slaCompliance: p.requests ? Math.round(((p.requests - p.breached) / p.requests) * 1000) / 10 : null,
      breached: p.breached,
      ratings: q.ratings,
      csat: q.ratings ? Math.round((q.good / q.ratings) * 1000) / 10 : null,
      average: q.ratings ? Math.round(((q.total ?? 0) / q.ratings) * 100) / 100 : null,
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
