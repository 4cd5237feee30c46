import type { TTimelineItem } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, can } from '../../platform/auth/policy';
import { queryRows, queryRowsPrepared, type WorkspaceTx } from '../../platform/db/database';
import { iso } from '../../platform/http/responses';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { diff } from '../events/events.service';

export type TimelineKind = TTimelineItem['kind'];
export type TimelineQuery = { personId?: string | undefined; organizationId?: string | undefined; kinds?: TimelineKind[] | undefined; limit: number; cursor?: string | undefined };

type Row = { kind: TimelineKind; id: string; at: string; title: string; data: Record<string, unknown> };

/**
 * A member's name as a scalar subquery, not a join: a join lets the planner (which expects a customer
 * to have a few rows) hash all of a busy customer's rows and sort them; a scalar subquery keeps each
 * branch an index scan in (time, id) order that stops after one page, and runs for those rows only.
 */
const userName = (column: string) => sql.raw(`(SELECT u.name FROM users u WHERE u.id = ${column})`);

/**
 * Each kind of item as one SELECT of (kind, id, at, title, data) for a person or an organization.
 * A later feature (survey responses, feedback) adds its branch here. Keep each branch a single-table
 * scan of its (subject, time, id) index: look other tables up in scalar subqueries (see `userName`).
 */
function branches(subject: { column: 'person' | 'organization'; id: string }, auth: WorkspaceAuth): Record<TimelineKind, SQL | null> {
  const isPerson = subject.column === 'person';
  return {
    interaction: sql`SELECT 'interaction' AS kind, i.id, i.occurred_at AS at, i.summary AS title,
        jsonb_build_object('kind', i.kind, 'channel', i.channel, 'direction', i.direction, 'outcome', i.outcome,
          'durationSeconds', i.duration_seconds, 'userName', ${userName('i.user_id')}, 'createdLead', i.created_lead) AS data
      FROM interactions i
      WHERE ${isPerson ? sql`i.person_id` : sql`i.organization_id`} = ${subject.id}`,
    task: sql`SELECT 'task' AS kind, t.id, t.created_at AS at, t.title,
        jsonb_build_object('status', t.status, 'priority', t.priority, 'dueAt', t.due_at, 'assigneeName', ${userName('t.assignee_user_id')}, 'source', t.source) AS data
      FROM tasks t
      WHERE ${isPerson ? sql`t.person_id` : sql`t.organization_id`} = ${subject.id}`,
    event: can(auth.role, 'events.read')
      ? sql`SELECT 'event' AS kind, e.id, e.occurred_at AS at, e.action AS title,
          jsonb_build_object('action', e.action, 'actorName', ${userName('e.actor_user_id')}, 'before', e.before, 'after', e.after) AS data
        FROM audit_events e
        WHERE e.entity_type = ${isPerson ? 'people' : 'organizations'} AND e.entity_id = ${subject.id}`
      : null,
    order: isPerson
      ? sql`SELECT 'order' AS kind, o.id, o.ordered_at AS at, '#' || o.number AS title,
          jsonb_build_object('number', o.number, 'status', o.status, 'total', o.total, 'discountTotal', o.discount_total) AS data
        FROM orders o WHERE o.buyer_person_id = ${subject.id}`
      : null,
    email: isPerson
      ? sql`SELECT 'email' AS kind, m.id, m.created_at AS at, m.subject AS title,
          jsonb_build_object('status', m.status, 'purpose', m.purpose, 'toAddress', m.to_address, 'blockedReason', m.blocked_reason,
            'lastError', m.last_error, 'attempts', m.attempts, 'maxAttempts', m.max_attempts, 'sentAt', m.sent_at, 'source', m.source, 'userName', ${userName('m.created_by_user_id')}) AS data
        FROM email_messages m WHERE m.person_id = ${subject.id}`
      : null,
    // Anonymous responses keep no person, so they never reach a timeline.
    survey_response: isPerson
      ? sql`SELECT 'survey_response' AS kind, r.id, r.submitted_at AS at, s.name AS title,
          jsonb_build_object('surveyId', s.id, 'surveyKind', s.kind, 'score', r.score, 'channel', r.channel,
            'texts', (SELECT coalesce(jsonb_agg(a.text ORDER BY a.question_id), '[]'::jsonb) FROM survey_answers a WHERE a.response_id = r.id AND a.text IS NOT NULL)) AS data
        FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE r.person_id = ${subject.id}`
      : null,
    // Complaints, praise, reviews and suggestions (survey answers show with their response above).
    feedback: sql`SELECT 'feedback' AS kind, f.id, f.received_at AS at, left(coalesce(f.text, ''), 200) AS title,
        jsonb_build_object('source', f.source, 'channel', f.channel, 'sentiment', f.sentiment, 'status', f.status, 'tags', f.tags,
          'score', f.score, 'metric', f.metric, 'ownerName', ${userName('f.owner_user_id')}, 'repliedAt', f.replied_at) AS data
      FROM feedback f
      WHERE ${isPerson ? sql`f.person_id` : sql`f.organization_id`} = ${subject.id} AND f.source <> 'survey_answer'`,
  };
}

/**
 * One timeline per customer: interactions, tasks, changes and orders merged newest first, paged by a
 * keyset on (time, id). Each branch reads at most one page from its own index, so a customer with
 * thousands of items pages as fast as one with ten.
 */
export async function timeline(tx: WorkspaceTx, auth: WorkspaceAuth, query: TimelineQuery) {
  authorize(auth.role, 'customers.read');
  const subject = query.personId ? { column: 'person' as const, id: query.personId } : { column: 'organization' as const, id: query.organizationId! };
  const after = query.cursor ? decodeCursor(query.cursor, ['at', 'id']) : null;
  const parts = Object.entries(branches(subject, auth))
    .filter(([kind, q]) => q && (!query.kinds || query.kinds.includes(kind as TimelineKind)))
    .map(
      ([, q]) =>
        sql`(SELECT * FROM (${q}) b ${after ? sql`WHERE (b.at, b.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : sql``}
             ORDER BY b.at DESC, b.id DESC LIMIT ${query.limit + 1})`,
    );
  // Planning the branches under row-level security cost ~3× running a page: a prepared statement is
  // planned once per connection and shape (kinds, first page or not).
  const rows = await queryRowsPrepared<Row>(
    'timeline',
    tx,
    sql`SELECT kind, id, at::text AS at, title, data FROM (${sql.join(parts, sql` UNION ALL `)}) items ORDER BY items.at DESC, items.id DESC LIMIT ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r): TTimelineItem => {
      const data = { ...r.data };
      if (r.kind === 'event') {
        data.changes = r.title === 'update' ? diff(data.before as Record<string, unknown> | null, data.after as Record<string, unknown> | null) : null;
        delete data.before;
        delete data.after;
      }
      return { kind: r.kind, id: r.id, at: iso(new Date(r.at)), title: r.title, data };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
