/**
 * List benchmark: GET /api/v1/people?limit=50&sort=…&filter=… over N people at CLIENTS concurrent
 * clients, page 1 and page 1,000 (reached by the keyset cursor of row 49,950, computed in SQL and
 * checked against the API), with the same page's SQL replayed directly. Target: p95 < 50 ms.
 *
 *   npx tsx bench/list/run.ts [--reuse <db>] [--keep]     (N, CLIENTS, DURATION, REQUESTS, EXPLAIN=1)
 */
import { ZPeopleListQuery, type TFilterCondition } from '@tandem/shared';
import { listPeople } from '../../server/src/modules/people/people.service';
import { encodeCursor } from '../../server/src/platform/pagination';
import { cpuCells, measureFloor, memoryLine, peakCell, peersBar, setUp, statsCells, type Bench } from '../lib/harness';
import { measure, runLoad, table, type Stats } from '../lib/load';
import type { Statement } from '../lib/sql';

const TARGET_P95_MS = 50;
const LIMIT = 50;
const DEEP_PAGE = 1000;

/** A list as the API takes it, and the same condition in SQL (to find the cursor of a deep page). */
type ListCase = { name: string; sort: '-createdAt' | 'fullName'; filter: TFilterCondition[]; sqlFilter: string };

const CASES: ListCase[] = [
  { name: 'no filter, -createdAt', sort: '-createdAt', filter: [], sqlFilter: 'true' },
  { name: 'lifecycleStage=customer, -createdAt', sort: '-createdAt', filter: [{ field: 'lifecycleStage', op: 'eq', value: 'customer' }], sqlFilter: `lifecycle_stage = 'customer'` },
  { name: 'provinceCode=79, fullName', sort: 'fullName', filter: [{ field: 'provinceCode', op: 'eq', value: '79' }], sqlFilter: `province_code = '79'` },
  { name: 'tags contains vip, -createdAt', sort: '-createdAt', filter: [{ field: 'tags', op: 'contains', value: 'vip' }], sqlFilter: `tags @> '{vip}'` },
];

type Page = { name: string; page: number; query: Record<string, string> };

const pagePath = (query: Record<string, string>) => `/api/v1/people?${new URLSearchParams(query).toString()}`;

/** Page 1 and the deepest page up to 1,000 that the filter fills, with their cursors. */
async function pagesOf(bench: Bench, c: ListCase): Promise<Page[]> {
  const base: Record<string, string> = { limit: String(LIMIT), sort: c.sort, ...(c.filter.length ? { filter: JSON.stringify(c.filter) } : {}) };
  const where = `workspace_id = $1 AND deleted_at IS NULL AND ${c.sqlFilter}`;
  const order = c.sort === 'fullName' ? 'full_name ASC, id ASC' : 'id DESC';
  const { rows: counted } = await bench.db.tandem.query(`SELECT count(*)::int AS n FROM people WHERE ${where}`, [bench.db.workspaceId]);
  const deep = Math.min(DEEP_PAGE, Math.floor(Number(counted[0]?.n ?? 0) / LIMIT));
  const pages: Page[] = [{ name: c.name, page: 1, query: base }];
  if (deep < 2) return pages;
  // The cursor the API hands out with page deep-1: the key of its last row, row (deep-1)·50.
  const { rows } = await bench.db.tandem.query(`SELECT id, full_name FROM people WHERE ${where} ORDER BY ${order} OFFSET $2 LIMIT 2`, [bench.db.workspaceId, (deep - 1) * LIMIT - 1]);
  const [last, first] = rows as { id: string; full_name: string }[];
  const cursor = encodeCursor(c.sort === 'fullName' ? { id: last!.id, v: last!.full_name } : { id: last!.id });
  const query = { ...base, cursor };
  const { data } = JSON.parse(await bench.api.get(pagePath(query))) as { data: { id: string }[] };
  if (data.length !== LIMIT || data[0]?.id !== first?.id) throw new Error(`${c.name}: page ${deep} through the API does not start at row ${(deep - 1) * LIMIT + 1}`);
  return [...pages, { name: c.name, page: deep, query }];
}

async function main() {
  const bench = await setUp(`List benchmark: GET /api/v1/people (${LIMIT} rows, one filter, sorted), target p95 < ${TARGET_P95_MS} ms`);
  try {
    const pages = (await Promise.all(CASES.map((c) => pagesOf(bench, c)))).flat();
    // Warm the server (V8's JIT, the pool, PostgreSQL's caches) on every page before the first measured row.
    await runLoad({ ...bench.plan, seconds: bench.plan.warmup * 3 }, async (i) => void (await bench.api.get(pagePath(pages[i % pages.length]!.query))));
    const rows: (string | number)[][] = [];
    const run = async (name: string, page: string, list: Page[]): Promise<Stats> => {
      const sql: Statement[][] = [];
      for (const p of list) sql.push(await bench.capture((tx, auth) => listPeople(tx, auth, ZPeopleListQuery.parse(p.query))));
      const apiStats = await measure(bench.plan, async (i) => void (await bench.api.get(pagePath(list[i % list.length]!.query))), bench.cpu);
      const sqlStats = await measure(bench.plan, (i) => bench.sql.run(sql[i % sql.length]!), bench.cpu);
      rows.push([name, page, ...statsCells(apiStats), apiStats.p95 < TARGET_P95_MS ? 'ok' : 'MISS', ...cpuCells(apiStats), ...statsCells(sqlStats).slice(0, 3), cpuCells(sqlStats)[1]!, sql[0]!.length, peakCell(apiStats)]);
      console.log(`  measured ${name}, ${page}`);
      await bench.explain(`${name}, ${page}`, sql[0]!);
      return apiStats;
    };
    const unfiltered = await run(pages[0]!.name, 'page 1', [pages[0]!]);
    for (const p of pages.slice(1)) await run(p.name, `page ${p.page.toLocaleString('en')}`, [p]);
    const filtered = pages.filter((p) => p.query.filter);
    const mixed = await run('FILTERED MIXED', `${filtered.length} pages above`, filtered);

    // The HTTP floor last, after the memory reading: ~20,000 req/s of /health grows the heap more than the API runs do.
    const memory = memoryLine(bench);
    const floor = await measureFloor(bench);
    rows.unshift(
      ['HTTP floor: bare Fastify', '/hello', ...statsCells(floor.hello)],
      ['HTTP floor: Tandem', '/health (no database)', ...statsCells(floor.health), '', ...cpuCells(floor.health)],
    );
    console.log(`\n${table(['list', 'page', 'API req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', `p95<${TARGET_P95_MS}`, 'node ms/req', 'pg ms/req', 'SQL req/s', 'SQL p50', 'SQL p95', 'SQL pg ms/req', 'stmts', 'RSS peak MB'], rows)}`);
    console.log(
      `\n${peersBar([
        { what: 'list pages', twenty: '15/s (p95 1.3 s)', goal: '750/s at p95 < 50 ms', measured: unfiltered },
        { what: 'filtered lists', twenty: '10/s', goal: '500/s at p95 < 50 ms', measured: mixed },
      ])}`,
    );
    console.log(memory);
  } finally {
    await bench.close();
  }
}

await main();
