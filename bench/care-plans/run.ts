/**
 * Care-plan evaluation benchmark on a real PostgreSQL server.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:care-plans [-- --keep]
 *   CUSTOMERS=20000 RULES=5 npm run bench:care-plans
 *
 * Creates a fresh database (tandem_bench_care_<n>_<time>), loads CUSTOMERS people (bench/lib/people.ts:
 * seeded, created over 3 years, 60 % with a birthday), then with seeded SQL: first orders for half of
 * them, 1–4 interactions for 60 %, owners for half, and a move to "customer" in the last 20 days for 10 %
 * (through the stage-change log the trigger on `people` keeps). RULES rules cycle through the five
 * triggers (first purchase +7 d, created +30 d, birthday −3 d with an e-mail, 90 d of silence, became a
 * customer +1 d), each making a task. Then it times, on the evaluation day 2025-10-01:
 *   1. reference: the raw SQL SELECT of every rule's candidate set (count only, owner connection, no RLS);
 *   2. Tandem's scheduler evaluation (`evaluateAllCarePlans`: one RLS transaction per rule, runs, tasks,
 *      e-mails) — the first run acts, the second finds everything already done (the steady state);
 *   3. exactly once at scale: a copy of the rules evaluated by two processes' connection pools at once;
 *      firings, tasks and runs must all equal the candidate count.
 * Evaluations = customers × rules. The goal: 100,000 evaluations in under 60 s.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { carePlans } from '../../server/src/db/schema';
import { openDatabase, queryRows } from '../../server/src/platform/db/database';
import { candidateQuery } from '../../server/src/modules/care-plans/care-plan-candidates';
import { enabledRules } from '../../server/src/modules/care-plans/care-plan-evaluate';
import { evaluateAllCarePlans } from '../../server/src/modules/care-plans/care-plans.job';
import { openBenchDatabase } from '../lib/database';

const customers = Number(process.env.CUSTOMERS ?? 20_000);
const ruleCount = Number(process.env.RULES ?? 5);
const keep = process.argv.includes('--keep') || process.env.KEEP_DB === '1';
const baseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const TODAY = '2025-10-01';

class RollBack extends Error {}
const log = (line: string) => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** A seeded pseudo-random integer in [0, m) from a row's id and a salt, in SQL. */
const rnd = (col: string, salt: string, m: number) => `(abs(hashtext(${col}::text || '${salt}')) % ${m})`;

async function loadActivity(url: string, workspaceId: string, ownerUserId: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    // Bulk history, not user actions: no audit rows (as bench/lib/people.ts loads people).
    await c.query('SET LOCAL session_replication_role = replica');
    await c.query(
      `INSERT INTO orders (workspace_id, number, buyer_person_id, ordered_at, status, subtotal, total)
       SELECT p.workspace_id, row_number() OVER (ORDER BY p.id, k), p.id,
              least(p.created_at + make_interval(days => ${rnd('p.id', 'o', 400)} + k * 30), timestamptz '${TODAY}T00:00:00+07' - interval '1 hour'),
              CASE WHEN ${rnd('p.id', 'c', 20)} = 0 THEN 'cancelled' ELSE 'paid' END, 500000, 500000
       FROM people p CROSS JOIN generate_series(0, 2) k
       WHERE p.workspace_id = $1 AND ${rnd('p.id', 'b', 2)} = 0 AND k <= ${rnd('p.id', 'n', 3)}`,
      [workspaceId],
    );
    await c.query(
      `INSERT INTO interactions (workspace_id, kind, channel, direction, occurred_at, summary, person_id)
       SELECT p.workspace_id, 'call', 'hotline', 'outbound', timestamptz '${TODAY}T09:00:00+07' - make_interval(days => ${rnd("p.id::text || k", 'i', 400)}), 'Gọi chăm sóc', p.id
       FROM people p CROSS JOIN generate_series(1, 4) k
       WHERE p.workspace_id = $1 AND ${rnd('p.id', 'a', 10)} < 6 AND k <= 1 + ${rnd('p.id', 'm', 4)}`,
      [workspaceId],
    );
    await c.query(`UPDATE people SET owner_user_id = $2 WHERE workspace_id = $1 AND ${rnd('id', 'w', 2)} = 0`, [workspaceId, ownerUserId]);
    await c.query(
      `WITH moved AS (
         UPDATE people SET lifecycle_stage = 'customer' WHERE workspace_id = $1 AND ${rnd('id', 's', 10)} = 0 AND deleted_at IS NULL
         RETURNING workspace_id, id)
       INSERT INTO lifecycle_stage_changes (workspace_id, person_id, from_stage, to_stage, changed_at)
       SELECT workspace_id, id, 'prospect', 'customer', timestamptz '${TODAY}T09:00:00+07' - make_interval(days => ${rnd('id', 'd', 20)}) FROM moved`,
      [workspaceId],
    );
    await c.query('COMMIT');
    await c.query('VACUUM ANALYZE orders');
    await c.query('VACUUM ANALYZE interactions');
    await c.query('VACUUM ANALYZE people');
    await c.query('VACUUM ANALYZE lifecycle_stage_changes');
    const counts = await c.query(
      `SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM interactions) AS interactions, (SELECT count(*) FROM lifecycle_stage_changes) AS changes`,
    );
    return counts.rows[0] as { orders: string; interactions: string; changes: string };
  } finally {
    await c.end();
  }
}

const TEMPLATES = [
  { name: 'Cảm ơn sau đơn đầu', triggerType: 'first_purchase', triggerDays: 7, taskTitle: 'Gọi cảm ơn {{name}} sau đơn hàng đầu tiên' },
  { name: 'Chào mừng sau 30 ngày', triggerType: 'record_created', triggerDays: 30, taskTitle: 'Hỏi thăm {{name}} sau 30 ngày' },
  {
    name: 'Chúc mừng sinh nhật',
    triggerType: 'birthday',
    triggerDays: 3,
    taskTitle: 'Chuẩn bị quà sinh nhật {{name}} ({{date}})',
    emailEnabled: true,
    emailSubject: 'Chúc mừng sinh nhật {{firstName}}!',
    emailBody: 'Chào {{name}},\n\nChúc bạn sinh nhật vui vẻ ({{date}}).',
    emailPurpose: 'marketing' as const,
  },
  { name: 'Khách lâu không liên lạc', triggerType: 'no_interaction', triggerDays: 90, taskTitle: 'Liên lạc lại {{name}}' },
  { name: 'Chào mừng khách hàng mới', triggerType: 'stage_changed', triggerDays: 1, triggerStage: 'customer', taskTitle: 'Gửi lời chào {{name}}' },
] as const;

async function main() {
  const bench = await openBenchDatabase({ n: customers, clients: 4, duration: 1, requests: 1, warmup: 0, baseUrl, reuse: null, keep }, log);
  const { tandem, workspaceId } = bench;
  const other = await openDatabase({ kind: 'postgres', url: bench.url, poolSize: 4 });
  try {
    const [{ user_id: ownerUserId }] = (await tandem.query(`SELECT user_id FROM memberships WHERE workspace_id = $1 LIMIT 1`, [workspaceId])).rows as [{ user_id: string }];
    const [activity, loadMs] = await timed(() => loadActivity(bench.url, workspaceId, ownerUserId));
    log(`Loaded ${bench.people.toLocaleString('en')} live people, ${Number(activity.orders).toLocaleString('en')} orders, ${Number(activity.interactions).toLocaleString('en')} interactions, ${activity.changes} stage changes (${secs(loadMs)})`);

    const makeRules = async (suffix: string) => {
      const values = Array.from({ length: ruleCount }, (_, i) => {
        const t = TEMPLATES[i % TEMPLATES.length]!;
        return { workspaceId, ...t, name: `${t.name}${suffix}${i >= TEMPLATES.length ? ` (${i})` : ''}`, enabled: true, taskEnabled: true, taskDueDays: 2, createdByUserId: ownerUserId };
      });
      await tandem.system.insert(carePlans).values(values);
    };
    await makeRules('');
    const scope = { workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null };
    const rules = await tandem.inWorkspace(scope, (tx) => enabledRules(tx));
    // Every people row is considered by every rule (the 1 % soft-deleted ones are filtered out by it).
    const [all] = (await tandem.query('SELECT count(*)::int AS n FROM people WHERE workspace_id = $1', [workspaceId])).rows as [{ n: number }];
    const evaluations = all.n * rules.length;
    log(`\n${rules.length} rules × ${all.n.toLocaleString('en')} customers (${bench.people.toLocaleString('en')} live) = ${evaluations.toLocaleString('en')} evaluations, on ${TODAY}\n`);

    // 1. Reference: the same candidate SELECTs, counted, as the owner (no RLS, no transaction per rule, no writes).
    const [perRule, refMs] = await timed(async () => {
      const out: { name: string; n: number }[] = [];
      for (const rule of rules) {
        const [row] = await queryRows<{ n: number }>(tandem.system, sql`SELECT count(*)::int AS n FROM (${candidateQuery(rule, TODAY)}) c`);
        out.push({ name: rule.name, n: row!.n });
      }
      return out;
    });
    const expected = perRule.reduce((s, r) => s + r.n, 0);
    for (const r of perRule) log(`  ${r.name.padEnd(32)} ${String(r.n).padStart(6)} due`);

    // 1b. Reference for the writes: the same number of tasks inserted by one raw INSERT … SELECT of the
    // candidate sets (owner connection, triggers and indexes as in production), rolled back.
    const [, writeRefMs] = await timed(() =>
      tandem.system
        .transaction(async (tx) => {
          for (const rule of rules) {
            await tx.execute(sql`INSERT INTO tasks (workspace_id, title, person_id, source, source_key)
              SELECT ${workspaceId}::uuid, 'x ' || c.full_name, c.person_id, 'bench', 'bench:' || ${rule.id} || ':' || c.trigger_key
              FROM (${candidateQuery(rule, TODAY)}) c`);
          }
          throw new RollBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollBack)) throw error;
        }),
    );

    // 2. Tandem's evaluation, as the scheduler runs it.
    const [fired, firstMs] = await timed(() => evaluateAllCarePlans(tandem, TODAY));
    const [again, secondMs] = await timed(() => evaluateAllCarePlans(tandem, TODAY));

    // 3. Exactly once at scale: a fresh copy of the rules, two processes' pools evaluating at once.
    await makeRules(' – bản sao');
    const [both, concurrentMs] = await timed(() => Promise.all([evaluateAllCarePlans(tandem, TODAY), evaluateAllCarePlans(other, TODAY)]));
    const [checks] = (
      await tandem.query(
        `SELECT (SELECT count(*)::int FROM care_plan_runs) AS runs, (SELECT count(*)::int FROM tasks WHERE source LIKE 'care_plan:%') AS tasks,
                (SELECT count(DISTINCT source_key)::int FROM tasks WHERE source LIKE 'care_plan:%') AS keys,
                (SELECT count(*)::int FROM email_messages) AS emails`,
      )
    ).rows as [{ runs: number; tasks: number; keys: number; emails: number }];

    const rate = (ms: number) => `${Math.round(evaluations / (ms / 1000)).toLocaleString('en')} evaluations/s`;
    log('');
    log(`| step | time | evaluations/s | firings |`);
    log(`| --- | --- | --- | --- |`);
    log(`| reference: raw SQL SELECT of the candidate sets (count) | ${secs(refMs)} | ${rate(refMs)} | (${expected} due) |`);
    log(`| reference: raw INSERT … SELECT of as many tasks (rolled back) | ${secs(writeRefMs)} | ${rate(writeRefMs)} | (${expected} rows) |`);
    log(`| Tandem evaluation, first run (acts: runs, tasks, e-mails) | ${secs(firstMs)} | ${rate(firstMs)} | ${fired} |`);
    log(`| Tandem evaluation, second run (all already done) | ${secs(secondMs)} | ${rate(secondMs)} | ${again} |`);
    log(`| copy of the rules, two processes at once (wall time) | ${secs(concurrentMs)} | ${rate(concurrentMs)} | ${both[0]} + ${both[1]} |`);
    log('');
    const ok = fired === expected && again === 0 && both[0] + both[1] === expected && checks.runs === 2 * expected && checks.tasks === 2 * expected && checks.keys === checks.tasks;
    log(`exactly once: ${ok ? 'yes' : 'NO'} — runs ${checks.runs}, tasks ${checks.tasks} (distinct keys ${checks.keys}), e-mails ${checks.emails}, expected 2 × ${expected}`);
    log(`goal: ${evaluations.toLocaleString('en')} evaluations under 60 s — first run ${secs(firstMs)}: ${firstMs < 60_000 ? 'met' : 'NOT met'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await other.close();
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
