import { CARE_PLAN_CATCH_UP_DAYS, type CarePlanTriggerType } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import { sqlArray } from '../../platform/db/database';

/** What the candidate query needs of a rule (a saved one, or one being previewed). */
export type RuleDefinition = {
  /** Set for a saved rule: people it already acted on for the same trigger are left out. */
  id: string | null;
  triggerType: CarePlanTriggerType;
  triggerDays: number;
  triggerStage: string | null;
  audienceStages: string[];
  audienceCustomerTypes: string[];
  audienceTags: string[];
  audienceOwnerUserIds: string[];
};

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** Today in Vietnam (UTC+7, no daylight saving), as yyyy-MM-dd. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (Vietnam) starting `day` + `plusDays`, as an instant. */
function vnMidnight(day: string, plusDays: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * DAY_MS - VN_OFFSET_MS).toISOString();
}

/** The Vietnam calendar day of a timestamptz column, whatever the session's time zone. */
const vnDate = (column: SQL) => sql`((${column} + interval '7 hours') AT TIME ZONE 'UTC')::date`;

/** The audience filter on `p` (people): every filter that is set must match. */
function audience(rule: RuleDefinition): SQL {
  const parts: SQL[] = [sql`p.deleted_at IS NULL`];
  if (rule.audienceStages.length) parts.push(sql`p.lifecycle_stage = ANY(${sqlArray(rule.audienceStages, 'text')})`);
  if (rule.audienceCustomerTypes.length) parts.push(sql`p.customer_type = ANY(${sqlArray(rule.audienceCustomerTypes, 'text')})`);
  if (rule.audienceTags.length) parts.push(sql`p.tags && ${sqlArray(rule.audienceTags, 'text')}`);
  if (rule.audienceOwnerUserIds.length) parts.push(sql`p.owner_user_id = ANY(${sqlArray(rule.audienceOwnerUserIds, 'uuid')})`);
  return sql.join(parts, sql` AND `);
}

/**
 * The people a rule is due for on `today` (Vietnam date), as one set-based SELECT of
 * (person_id, full_name, owner_user_id, trigger_key, trigger_date) — no loop per customer.
 *
 * The trigger key names the trigger type and the occurrence, so the same person can be acted on again
 * only for a new one (and a rule whose trigger is changed starts afresh): the person (first purchase,
 * creation), the person and the birthday's year, the person and the day of their last touch (silence),
 * the person and the stage change. Date-based triggers take occurrences due
 * within the last `CARE_PLAN_CATCH_UP_DAYS` days (so missed runs catch up, old history is left alone);
 * silence is a state, so everyone silent for N days or more is due until acted on for that silence.
 */
export function candidateQuery(rule: RuleDefinition, today: string): SQL {
  const n = rule.triggerDays;
  const from = sql`(${today}::date - ${CARE_PLAN_CATCH_UP_DAYS}::int)`;
  const to = sql`${today}::date`;
  const who = audience(rule);
  let body: SQL;
  switch (rule.triggerType) {
    case 'first_purchase':
      body = sql`SELECT p.id AS person_id, p.full_name, p.owner_user_id, 'first_purchase:' || p.id AS trigger_key, f.first_day + ${n}::int AS trigger_date
        FROM (SELECT o.buyer_person_id, min(${vnDate(sql`o.ordered_at`)}) AS first_day
              FROM orders o WHERE o.status <> 'cancelled' GROUP BY o.buyer_person_id) f
        JOIN people p ON p.id = f.buyer_person_id
        WHERE f.first_day + ${n}::int BETWEEN ${from} AND ${to} AND ${who}`;
      break;
    case 'record_created':
      // A range on created_at (instants of the Vietnam days), served by people (workspace_id, created_at).
      body = sql`SELECT p.id AS person_id, p.full_name, p.owner_user_id, 'record_created:' || p.id AS trigger_key, ${vnDate(sql`p.created_at`)} + ${n}::int AS trigger_date
        FROM people p
        WHERE p.created_at >= ${vnMidnight(today, -CARE_PLAN_CATCH_UP_DAYS - n)}::timestamptz
          AND p.created_at < ${vnMidnight(today, 1 - n)}::timestamptz AND ${who}`;
      break;
    case 'birthday': {
      // Occurrences in last, this and next year (N is at most 60 days); 29 February is the 28th in other years.
      const year = Number(today.slice(0, 4));
      body = sql`SELECT p.id AS person_id, p.full_name, p.owner_user_id, 'birthday:' || p.id || ':' || b.y AS trigger_key, b.day - ${n}::int AS trigger_date
        FROM people p
        CROSS JOIN LATERAL (
          SELECT y, CASE WHEN extract(month FROM p.birthday) = 2 AND extract(day FROM p.birthday) = 29
                           AND NOT (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0)) THEN make_date(y, 2, 28)
                         ELSE make_date(y, extract(month FROM p.birthday)::int, extract(day FROM p.birthday)::int) END AS day
          FROM unnest(ARRAY[${year - 1}::int, ${year}::int, ${year + 1}::int]) AS y) b
        WHERE p.birthday IS NOT NULL AND b.day - ${n}::int BETWEEN ${from} AND ${to} AND ${who}`;
      break;
    }
    case 'no_interaction':
      body = sql`SELECT p.id AS person_id, p.full_name, p.owner_user_id, 'no_interaction:' || p.id || ':' || s.last_day AS trigger_key, s.last_day + ${n}::int AS trigger_date
        FROM people p
        LEFT JOIN (SELECT i.person_id, max(i.occurred_at) AS last_at FROM interactions i WHERE i.person_id IS NOT NULL GROUP BY i.person_id) l
          ON l.person_id = p.id
        CROSS JOIN LATERAL (SELECT greatest(${vnDate(sql`p.created_at`)}, ${vnDate(sql`l.last_at`)}) AS last_day) s
        WHERE s.last_day + ${n}::int <= ${to} AND ${who}`;
      break;
    case 'stage_changed':
      // Only while the person is still at that stage: a lead who became a customer and then churned
      // within N days is not welcomed as a customer.
      body = sql`SELECT p.id AS person_id, p.full_name, p.owner_user_id, 'stage_changed:' || p.id || ':' || c.id AS trigger_key, ${vnDate(sql`c.changed_at`)} + ${n}::int AS trigger_date
        FROM lifecycle_stage_changes c
        JOIN people p ON p.id = c.person_id AND p.lifecycle_stage = c.to_stage
        WHERE c.to_stage = ${rule.triggerStage ?? ''}
          AND c.changed_at >= ${vnMidnight(today, -CARE_PLAN_CATCH_UP_DAYS - n)}::timestamptz
          AND c.changed_at < ${vnMidnight(today, 1 - n)}::timestamptz AND ${who}`;
      break;
    default: {
      const never: never = rule.triggerType;
      throw new Error(`unknown trigger ${String(never)}`);
    }
  }
  if (!rule.id) return body;
  return sql`SELECT cand.* FROM (${body}) cand
    WHERE NOT EXISTS (SELECT 1 FROM care_plan_runs r WHERE r.care_plan_id = ${rule.id} AND r.trigger_key = cand.trigger_key)`;
}
