/**
 * Loads N realistic Vietnamese people into one workspace, fast: rows are made in Node (seeded, so two
 * loads hold the same data) and streamed with COPY. The secondary indexes of `people` are dropped
 * during the COPY and rebuilt from their own definitions afterwards (one sorted build instead of a
 * million GIN insertions); triggers are skipped (session_replication_role = replica), so the audit
 * trail gets no rows for the load, and the typo vocabulary (`search_words`) and the name words
 * (`person_name_words`) are filled with the statements their triggers run.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fakerVI } from '@faker-js/faker';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const SEED = 20250701;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** mulberry32: a small seeded PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function weighted<T>(random: () => number, items: Weighted<T>): () => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = random() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
}

/** Faker's Vietnamese family names are uniform; real ones are not (Nguyễn ≈ 38%), which makes "nguyen" the worst search. */
const FAMILY: Weighted<string | null> = [['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], [null, 35]];
/** Mobile prefixes in use (after the 0 / +84). */
const MOBILE = ['32', '33', '34', '35', '36', '37', '38', '39', '56', '58', '59', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98'];
const DOMAINS: Weighted<string> = [['gmail.com', 70], ['yahoo.com', 8], ['outlook.com', 5], ['fpt.vn', 5], ['vnpt.vn', 4], ['congty.vn', 8]];
const STAGES: Weighted<string> = [['lead', 35], ['prospect', 20], ['customer', 30], ['advocate', 5], ['churned', 10]];
const TYPES: Weighted<string> = [['consumer', 85], ['business', 10], ['public_body', 3], ['international', 2]];
const SOURCES: Weighted<string | null> = [['Facebook', 25], ['Zalo', 20], ['Giới thiệu', 15], ['Website', 15], ['Hội chợ', 5], ['Hotline', 10], [null, 10]];
/** Each tag independently, with its probability. */
export const TAGS: readonly (readonly [string, number])[] = [['zalo', 0.25], ['da-mua', 0.2], ['khach-quen', 0.15], ['facebook-ads', 0.12], ['tiem-nang', 0.1], ['vip', 0.08], ['hoi-cho-2024', 0.05], ['khach-si', 0.03]];
const STREETS = ['Lý Thường Kiệt', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Lê Lợi', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám', 'Nguyễn Huệ', 'Phan Đình Phùng', 'Quang Trung'];

/** Wards of each of the 34 provinces (July 2025), from the official list the app uses. */
function loadWards(): Map<string, string[]> {
  const csv = readFileSync(new URL('../../server/data/vn-admin/vn-admin-units-2025-07.csv', import.meta.url), 'utf8');
  const wards = new Map<string, string[]>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [province, , , , ward] = line.split(',');
    if (province && ward) wards.set(province, [...(wards.get(province) ?? []), ward]);
  }
  return wards;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');

/** A UUIDv7 for a creation time, as `tandem_uuid7()` makes them, so `ORDER BY id` is creation order. */
function uuid7(ms: number, random: () => number): string {
  const t = hex(ms, 12);
  const r = () => hex(random() * 0x10000, 4);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r().slice(1)}-${hex(8 + random() * 4, 1)}${r().slice(1)}-${r()}${r()}${r()}`;
}

/** COPY text format: tab-separated, \N for NULL, backslash escapes. */
const cell = (v: string | null) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
const COLUMNS = 'workspace_id, id, full_name, phones, emails, birthday, gender, street, ward_code, province_code, customer_type, lifecycle_stage, source, tags, created_at, updated_at, deleted_at';

/** Yields COPY text for `n` people, oldest first, created over the 3 years before `now`. */
export function* peopleCopyText(workspaceId: string, n: number, now = Date.UTC(2025, 9, 1)): Generator<string> {
  const random = rng(SEED);
  fakerVI.seed(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const family = weighted(random, FAMILY);
  const [domain, stage, type, source] = [weighted(random, DOMAINS), weighted(random, STAGES), weighted(random, TYPES), weighted(random, SOURCES)];
  const wards = loadWards();
  const others = [...wards.keys()].filter((p) => p !== '79' && p !== '01');
  const province = () => (random() < 0.2 ? '79' : random() < 0.19 ? '01' : pick(others));
  const start = now - 3 * YEAR_MS;
  const phone = () => `+84${pick(MOBILE)}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const sex = random() < 0.5 ? 'female' : 'male';
    const given = fakerVI.person.firstName(sex);
    const last = family() ?? fakerVI.person.lastName();
    const fullName = `${last} ${given}`;
    const phones = random() < 0.05 ? [] : random() < 0.1 ? [phone(), phone()] : [phone()];
    const words = fold(fullName).split(' ');
    const email = random() < 0.7 ? `${words[words.length - 1]}${words.slice(0, -1).map((w) => w[0]).join('')}${Math.floor(random() * 10000)}@${domain()}` : null;
    const created = start + ((i + random()) * (now - start)) / n;
    const updated = random() < 0.5 ? created : created + random() * (now - created);
    const p = province();
    const tags = TAGS.filter(([, share]) => random() < share).map(([t]) => t);
    const row = [
      workspaceId,
      uuid7(created, random),
      fullName,
      JSON.stringify(phones.map((number, k) => (k === 0 ? { number } : { number, label: 'work' }))),
      JSON.stringify(email ? [{ address: email }] : []),
      random() < 0.6 ? new Date(now - (18 + random() * 52) * YEAR_MS).toISOString().slice(0, 10) : null,
      random() < 0.01 ? null : sex,
      random() < 0.5 ? `${1 + Math.floor(random() * 300)} ${pick(STREETS)}` : null,
      pick(wards.get(p)!),
      p,
      type(),
      stage(),
      source(),
      `{${tags.join(',')}}`,
      new Date(created).toISOString(),
      new Date(updated).toISOString(),
      random() < 0.01 ? new Date(updated).toISOString() : null,
    ];
    chunk += `${row.map(cell).join('\t')}\n`;
    if (chunk.length > 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Load `n` people into the workspace; `log` receives progress lines. */
export async function loadPeople(url: string, workspaceId: string, n: number, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    await client.query(`SET maintenance_work_mem = '1GB'`);
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = 'people'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    for (const ix of indexes) await client.query(`DROP INDEX ${pg.escapeIdentifier(ix.name)}`);
    await step(`COPY ${n.toLocaleString('en')} people`, () =>
      pipeline(Readable.from(peopleCopyText(workspaceId, n)), client.query(copyFrom(`COPY people (${COLUMNS}) FROM STDIN`))),
    );
    await step(`rebuild ${indexes.length} indexes`, async () => {
      for (const ix of indexes) await client.query(ix.def);
    });
    await step('typo vocabulary (search_words)', () =>
      client.query(
        `INSERT INTO search_words (workspace_id, word)
         SELECT DISTINCT workspace_id, w FROM people, LATERAL unnest(string_to_array(tandem_fold(full_name), ' ')) w
         WHERE length(w) >= 2 ON CONFLICT DO NOTHING`,
      ),
    );
    await step('name words (person_name_words)', () =>
      client.query(
        `INSERT INTO person_name_words (workspace_id, word, person_id)
         SELECT DISTINCT p.workspace_id, w, p.id
         FROM people p, LATERAL unnest(tandem_name_words(p.search_text, p.full_name)) w
         WHERE p.deleted_at IS NULL AND length(w) >= 2`,
      ),
    );
    await client.query('COMMIT');
    await step('VACUUM ANALYZE', async () => {
      await client.query('VACUUM ANALYZE people');
      await client.query('VACUUM ANALYZE search_words');
      await client.query('VACUUM ANALYZE person_name_words');
    });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
