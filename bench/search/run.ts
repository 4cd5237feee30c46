/**
 * Search benchmark: GET /api/v1/search?q= over N people at CLIENTS concurrent clients, one row per
 * kind of query (values taken from the loaded data, so they hit) and all kinds mixed; beside each,
 * the same queries' SQL replayed directly. Target: p95 < 30 ms. See bench/README.md.
 *
 *   npx tsx bench/search/run.ts [--reuse <db>] [--keep]     (N, CLIENTS, DURATION, REQUESTS, EXPLAIN=1)
 */
import { foldVietnamese, toNationalDigits, ZSearchQuery, type TSearchHit } from '@tandem/shared';
import { search } from '../../server/src/modules/search/search.service';
import { wordStatsSource } from '../../server/src/modules/search/word-stats';
import { cpuCells, measureFloor, memoryLine, peakCell, peersBar, setUp, statsCells, type Bench } from '../lib/harness';
import { measure, runLoad, table, type Stats } from '../lib/load';
import type { Statement } from '../lib/sql';

const TARGET_P95_MS = 30;
const PER_KIND = 20;

type Sample = { id: string; full_name: string; phone: string | null; email: string | null };
/** One query value; `expect` is the person it should find in the top 10 (or someone of the same name), when there is one. */
type Query = { q: string; expect: Sample | null };
type Kind = { name: string; queries: Query[] };

/** Swap two letters in the middle of the last word: a typo the vocabulary does not know. */
function typo(word: string, known: Set<string>): string | null {
  for (let i = 1; i + 1 < word.length; i++) {
    const t = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (t !== word && !known.has(t)) return t;
  }
  return null;
}

async function queryMix(bench: Bench): Promise<Kind[]> {
  const { rows } = await bench.db.tandem.query(
    `SELECT id, full_name, phones -> 0 ->> 'number' AS phone, emails -> 0 ->> 'address' AS email
     FROM people WHERE workspace_id = $1 AND deleted_at IS NULL AND jsonb_array_length(phones) > 0 AND jsonb_array_length(emails) > 0
     ORDER BY md5(id::text) LIMIT ${PER_KIND}`,
    [bench.db.workspaceId],
  );
  const samples = rows as Sample[];
  const words = await bench.db.tandem.query('SELECT word FROM search_words WHERE workspace_id = $1', [bench.db.workspaceId]);
  const known = new Set(words.rows.map((r) => String(r.word)));
  const each = (f: (s: Sample, w: string[]) => string | null, expect = true): Query[] =>
    samples.flatMap((s) => {
      const q = f(s, foldVietnamese(s.full_name).split(' '));
      return q ? [{ q, expect: expect ? s : null }] : [];
    });
  const national = (s: Sample) => toNationalDigits(s.phone!);
  return [
    { name: 'full name, no accents', queries: each((_, w) => w.join(' ')) },
    { name: 'full name, accents', queries: each((s) => s.full_name) },
    { name: 'family + given', queries: each((_, w) => `${w[0]} ${w[w.length - 1]}`, false) },
    { name: 'given name alone', queries: each((_, w) => w[w.length - 1]!, false) },
    { name: 'family alone (nguyen)', queries: [{ q: 'nguyen', expect: null }] },
    { name: 'phone, national', queries: each((s) => national(s).replace(/^(\d{4})(\d{3})(\d+)$/, '$1 $2 $3')) },
    { name: 'phone, 6 digits', queries: each((s) => national(s).slice(-6), false) },
    { name: 'e-mail', queries: each((s) => s.email) },
    { name: 'name, one typo', queries: each((_, w) => (w[w.length - 1]!.length >= 4 ? [...w.slice(0, -1), typo(w[w.length - 1]!, known)].join(' ') : null)) },
  ];
}

const searchPath = (q: string) => `/api/v1/search?q=${encodeURIComponent(q)}`;

async function main() {
  const bench = await setUp(`Search benchmark: GET /api/v1/search, target p95 < ${TARGET_P95_MS} ms`);
  try {
    const kinds = await queryMix(bench);
    // Check every query once through the API (hits, and whether the intended person is in the top 10), and capture its SQL.
    const checked = new Map<string, { hits: number; found: boolean | null; sql: Statement[] }>();
    for (const { queries } of kinds) {
      for (const { q, expect } of queries) {
        const { data } = JSON.parse(await bench.api.get(searchPath(q))) as { data: TSearchHit[] };
        const stats = await wordStatsSource(bench.db.tandem.system)();
        const sql = await bench.capture((tx, auth) => search(tx, auth, ZSearchQuery.parse({ q }), stats));
        const found = expect ? data.some((h) => h.id === expect.id || foldVietnamese(h.name) === foldVietnamese(expect.full_name)) : null;
        checked.set(q, { hits: data.length, found, sql });
      }
    }
    // All kinds mixed: kind i % K, then that kind's values in turn.
    const mixed = Array.from({ length: Math.max(...kinds.map((k) => k.queries.length)) * kinds.length }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      return kind.queries[Math.floor(i / kinds.length) % kind.queries.length]!;
    });
    // Warm the server (V8's JIT, the pool, PostgreSQL's caches) on the whole mix before the first measured row.
    await runLoad({ ...bench.plan, seconds: bench.plan.warmup * 3 }, async (i) => void (await bench.api.get(searchPath(mixed[i % mixed.length]!.q))));
    const rows: (string | number)[][] = [];
    const run = async (name: string, queries: Query[]): Promise<Stats> => {
      const q = (i: number) => queries[i % queries.length]!.q;
      const apiStats = await measure(bench.plan, async (i) => void (await bench.api.get(searchPath(q(i)))), bench.cpu);
      const sqlStats = await measure(bench.plan, (i) => bench.sql.run(checked.get(q(i))!.sql), bench.cpu);
      const info = queries.map((x) => checked.get(x.q)!);
      const withExpect = info.filter((c) => c.found !== null);
      rows.push([
        name,
        queries.length === 1 ? queries[0]!.q : `${queries[0]!.q} (+${queries.length - 1})`,
        ...statsCells(apiStats),
        apiStats.p95 < TARGET_P95_MS ? 'ok' : 'MISS',
        ...cpuCells(apiStats),
        ...statsCells(sqlStats).slice(0, 3),
        cpuCells(sqlStats)[1]!,
        (info.reduce((s, c) => s + c.sql.length, 0) / info.length).toFixed(1),
        (info.reduce((s, c) => s + c.hits, 0) / info.length).toFixed(1),
        withExpect.length ? `${withExpect.filter((c) => c.found).length}/${withExpect.length}` : '-',
        peakCell(apiStats),
      ]);
      console.log(`  measured ${name}`);
      await bench.explain(name, checked.get(queries[0]!.q)!.sql);
      return apiStats;
    };
    for (const kind of kinds) await run(kind.name, kind.queries);
    const all = await run('ALL KINDS MIXED', mixed);

    // The HTTP floor last, after the memory reading: ~20,000 req/s of /health grows the heap more than the API runs do.
    const memory = memoryLine(bench);
    const floor = await measureFloor(bench);
    rows.unshift(
      ['HTTP floor: bare Fastify', '/hello', ...statsCells(floor.hello)],
      ['HTTP floor: Tandem', '/health (no database)', ...statsCells(floor.health), '', ...cpuCells(floor.health)],
    );
    console.log(`\n${table(['query', 'example', 'API req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', `p95<${TARGET_P95_MS}`, 'node ms/req', 'pg ms/req', 'SQL req/s', 'SQL p50', 'SQL p95', 'SQL pg ms/req', 'stmts', 'hits', 'found', 'RSS peak MB'], rows)}`);
    console.log(`\n${peersBar([{ what: 'searches', twenty: '17/s', goal: '850/s at p95 < 50 ms', measured: all }])}`);
    console.log(memory);
  } finally {
    await bench.close();
  }
}

await main();
