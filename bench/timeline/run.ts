/**
 * Timeline benchmark: one person with 10,000 timeline items (interactions, tasks and audit events mixed,
 * over three years) paged through GET /api/v1/timeline?personId= at CLIENTS concurrent clients: the first
 * page, a middle page and the last full page (reached with the API's own cursors), and all kinds vs one
 * kind; each with the same page's SQL replayed directly. Target: p95 < 50 ms.
 *
 *   npm run bench:timeline [-- --keep | --reuse <db>]    (ITEMS, N, CLIENTS, DURATION, REQUESTS, EXPLAIN=1)
 *
 * The other N people (default 10,000) get noise around them: 20 interactions, 5 tasks and 20 audit events
 * each, so the indexes hold far more than the one person's rows.
 */
import pg from 'pg';
import { timeline, type TimelineQuery } from '../../server/src/modules/timeline/timeline.service';
import { cpuCells, memoryLine, setUp, statsCells, type Bench } from '../lib/harness';
import { measure, runLoad, table, type Stats } from '../lib/load';
import type { Statement } from '../lib/sql';

process.env.N ??= '10000';
const TARGET_P95_MS = 50;
const LIMIT = 50;
const ITEMS = Number(process.env.ITEMS ?? 10_000);

/** The person's items, seeded by generate_series so every load is the same: 40 % interactions, 30 % tasks, 30 % audit events. */
async function loadTimeline(bench: Bench): Promise<{ personId: string; items: number }> {
  const client = new pg.Client({ connectionString: bench.db.url });
  await client.connect();
  try {
    const ws = bench.db.workspaceId;
    const { rows } = await client.query(`SELECT id FROM people WHERE workspace_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 1`, [ws]);
    const personId = String(rows[0]!.id);
    const { rows: existing } = await client.query(`SELECT count(*)::int AS n FROM interactions WHERE workspace_id = $1 AND person_id = $2`, [ws, personId]);
    if (Number(existing[0]!.n) > 0) {
      console.log(`Timeline of ${personId} already loaded (reused database)`);
    } else {
      const t0 = performance.now();
      const interactions = Math.round(ITEMS * 0.4);
      const tasks = Math.round(ITEMS * 0.3);
      const events = ITEMS - interactions - tasks;
      await client.query('BEGIN');
      // As the loader of people does: no audit rows for the generated rows themselves.
      await client.query('SET LOCAL session_replication_role = replica');
      const at = (i: string, n: string) => `timestamptz '2025-10-01' - (${i}::double precision / ${n} * interval '1095 days') - (random() * interval '1 hour')`;
      await client.query(
        `INSERT INTO interactions (workspace_id, kind, channel, direction, occurred_at, summary, person_id, duration_seconds)
         SELECT $1, (ARRAY['call','email','chat','meeting','visit','note'])[1 + g % 6], 'hotline', CASE WHEN g % 2 = 0 THEN 'inbound' ELSE 'outbound' END,
                ${at('g', '$3::int')}, 'Gọi điện tư vấn sản phẩm lần ' || g, $2, 60 + g % 600
         FROM generate_series(1, $3::int) g`,
        [ws, personId, interactions],
      );
      await client.query(
        `INSERT INTO tasks (workspace_id, title, status, priority, due_at, person_id, created_at, updated_at)
         SELECT $1, 'Gọi lại khách hàng #' || g, (ARRAY['open','in_progress','done','cancelled'])[1 + g % 4], 'normal', ${at('g', '$3::int')} + interval '3 days', $2, ${at('g', '$3::int')}, now()
         FROM generate_series(1, $3::int) g`,
        [ws, personId, tasks],
      );
      await client.query(
        `INSERT INTO audit_events (workspace_id, occurred_at, action, entity_type, entity_id, before, after)
         SELECT $1, ${at('g', '$3::int')}, 'update', 'people', $2, jsonb_build_object('lifecycleStage', 'lead', 'notes', 'Ghi chú ' || g), jsonb_build_object('lifecycleStage', 'customer', 'notes', 'Ghi chú ' || (g + 1))
         FROM generate_series(1, $3::int) g`,
        [ws, personId, events],
      );
      // Noise: the other people's items in the same tables and indexes.
      await client.query(
        `INSERT INTO interactions (workspace_id, kind, occurred_at, summary, person_id)
         SELECT $1, 'call', ${at('(g % 1000)', '1000')}, 'Cuộc gọi', p.id FROM people p, generate_series(1, 20) g WHERE p.workspace_id = $1 AND p.id <> $2`,
        [ws, personId],
      );
      await client.query(
        `INSERT INTO tasks (workspace_id, title, status, person_id, created_at, due_at)
         SELECT $1, 'Việc', 'open', p.id, ${at('(g % 1000)', '1000')}, now() + interval '3 days' FROM people p, generate_series(1, 5) g WHERE p.workspace_id = $1 AND p.id <> $2`,
        [ws, personId],
      );
      await client.query(
        `INSERT INTO audit_events (workspace_id, occurred_at, action, entity_type, entity_id, after)
         SELECT $1, ${at('(g % 1000)', '1000')}, 'update', 'people', p.id::text, '{}'::jsonb FROM people p, generate_series(1, 20) g WHERE p.workspace_id = $1 AND p.id <> $2`,
        [ws, personId],
      );
      await client.query('COMMIT');
      await client.query('VACUUM ANALYZE interactions');
      await client.query('VACUUM ANALYZE tasks');
      await client.query('VACUUM ANALYZE audit_events');
      console.log(`Loaded ${ITEMS.toLocaleString('en')} timeline items for one person (+ noise) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const { rows: counted } = await client.query(
      `SELECT (SELECT count(*) FROM interactions WHERE workspace_id = $1 AND person_id = $2) + (SELECT count(*) FROM tasks WHERE workspace_id = $1 AND person_id = $2)
            + (SELECT count(*) FROM audit_events WHERE workspace_id = $1 AND entity_type = 'people' AND entity_id = $2::text) AS n`,
      [ws, personId],
    );
    return { personId, items: Number(counted[0]!.n) };
  } finally {
    await client.end();
  }
}

type Page = { label: string; query: Record<string, string> };
const path = (query: Record<string, string>) => `/api/v1/timeline?${new URLSearchParams(query).toString()}`;

/** Walk every page through the API once: checks the order and that each item comes exactly once; keeps some cursors. */
async function walk(bench: Bench, base: Record<string, string>, expected: number, label: string): Promise<Page[]> {
  const seen = new Set<string>();
  const cursors: (string | null)[] = [null];
  let last: { at: string; id: string } | null = null;
  for (let cursor: string | null = null, n = 0; ; n++) {
    const page = JSON.parse(await bench.api.get(path(cursor ? { ...base, cursor } : base))) as { data: { kind: string; id: string; at: string }[]; nextCursor: string | null };
    for (const item of page.data) {
      if (seen.has(`${item.kind}:${item.id}`)) throw new Error(`${label}: ${item.kind} ${item.id} came twice`);
      seen.add(`${item.kind}:${item.id}`);
      if (last && (item.at > last.at || (item.at === last.at && item.id > last.id))) throw new Error(`${label}: page ${n + 1} is out of order`);
      last = item;
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    cursors.push(cursor);
  }
  if (seen.size !== expected) throw new Error(`${label}: ${seen.size} items through the API, ${expected} in the database`);
  const pages = cursors.length;
  console.log(`  ${label}: walked ${pages} pages, ${seen.size.toLocaleString('en')} items, each once, newest first`);
  const pick = (i: number, name: string): Page => ({ label: `${label}, ${name}`, query: cursors[i] ? { ...base, cursor: cursors[i]! } : base });
  return [pick(0, 'page 1'), pick(Math.floor(pages / 2), `page ${Math.floor(pages / 2) + 1}`), pick(pages - 2, `page ${pages - 1} (deepest full)`)];
}

async function main() {
  const bench = await setUp(`Timeline benchmark: GET /api/v1/timeline?personId= (${LIMIT} items a page) over one person with ${ITEMS.toLocaleString('en')} items, target p95 < ${TARGET_P95_MS} ms`);
  try {
    const { personId, items } = await loadTimeline(bench);
    const { rows: perKind } = await bench.db.tandem.query(`SELECT count(*)::int AS n FROM interactions WHERE workspace_id = $1 AND person_id = $2`, [bench.db.workspaceId, personId]);
    const all = await walk(bench, { personId, limit: String(LIMIT) }, items, 'all kinds');
    const one = await walk(bench, { personId, limit: String(LIMIT), kinds: 'interaction' }, Number(perKind[0]!.n), 'interactions only');
    const pages = [...all, ...one];
    await runLoad({ ...bench.plan, seconds: bench.plan.warmup * 3 }, async (i) => void (await bench.api.get(path(pages[i % pages.length]!.query))));
    const rows: (string | number)[][] = [];
    const run = async (label: string, list: Page[]): Promise<Stats> => {
      const sql: Statement[][] = [];
      for (const p of list) {
        const q: TimelineQuery = { personId, limit: LIMIT, cursor: p.query.cursor, kinds: p.query.kinds ? (p.query.kinds.split(',') as TimelineQuery['kinds']) : undefined };
        sql.push(await bench.capture((tx, auth) => timeline(tx, auth, q)));
      }
      const api = await measure(bench.plan, async (i) => void (await bench.api.get(path(list[i % list.length]!.query))), bench.cpu);
      const raw = await measure(bench.plan, (i) => bench.sql.run(sql[i % sql.length]!), bench.cpu);
      rows.push([label, ...statsCells(api), api.p95 < TARGET_P95_MS ? 'ok' : 'MISS', ...cpuCells(api), ...statsCells(raw).slice(0, 3), cpuCells(raw)[1]!]);
      console.log(`  measured ${label}`);
      await bench.explain(label, sql[0]!);
      return api;
    };
    for (const p of pages) await run(p.label, [p]);
    await run('MIXED (the 6 pages above)', pages);
    console.log(`\n${table(['timeline page', 'API req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', `p95<${TARGET_P95_MS}`, 'node ms/req', 'pg ms/req', 'SQL req/s', 'SQL p50', 'SQL p95', 'SQL pg ms/req'], rows)}`);
    console.log(memoryLine(bench));
  } finally {
    await bench.close();
  }
}

await main();
