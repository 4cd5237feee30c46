import { foldVietnamese, normalizeVnPhone, phoneDigitsForSearch, toNfc, validateTaxCode, type TSearchHit } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, queryRowsPrepared, sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { allowedTypos, editDistance } from './typo';
import { NO_WORD_STATS, type WordStats } from './word-stats';

export type SearchInput = { q: string; limit: number; kind?: 'person' | 'organization' };

/** Candidates read per table before ranking: bounds the cost of very common words ("nguyen"). */
const CANDIDATES = 50;

const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * One search box over people and organizations: name (accents and case ignored, any word order),
 * phone in any writing, e-mail, tax code. A whole phone number, e-mail address or tax code is first
 * looked up exactly (`contactKeysOf`). Otherwise every word must match (a whole word of the name
 * vocabulary, or a trigram-indexed LIKE); when that finds too little, words that are not in the
 * workspace's name vocabulary are corrected to the closest known words (one typo, two for long words)
 * and the search runs again.
 */
export async function search(tx: WorkspaceTx, auth: WorkspaceAuth, input: SearchInput, stats: WordStats = NO_WORD_STATS): Promise<{ data: TSearchHit[] }> {
  authorize(auth.role, 'customers.read');
  const keys = contactKeysOf(input.q);
  if (keys.length > 0) {
    const exact = await runExact(tx, input, keys);
    if (exact.length > 0) return { data: exact };
  }
  const folded = foldVietnamese(input.q);
  const digits = phoneDigitsForSearch(input.q);
  let terms: string[][];
  if (digits && digits.replace(/^0/, '').length >= 4) terms = [[digits.replace(/^0/, '')]];
  else if (folded.includes('@')) terms = [[folded]];
  // A word typed twice ("tran tran") asks for nothing more than once.
  else terms = [...new Set(folded.split(' ').filter(Boolean))].map((t) => [t]);
  if (terms.length === 0) return { data: [] };

  const isName = !digits && !folded.includes('@');
  const known = isName ? await knownWords(tx, auth.workspaceId, terms.map((t) => t[0]!)) : new Set<string>();
  let hits = await runSearch(tx, input, folded, terms, known, stats, isName);
  if (hits.length < input.limit && isName) {
    const alternatives = await correctTerms(tx, terms.map((t) => t[0]!), known);
    if (alternatives) {
      const seen = new Set(hits.map((h) => h.id));
      // Corrections come from the vocabulary; a word left as typed is in it only if it was known.
      const vocabulary = new Set([...known, ...alternatives.flat().filter((w) => !terms.some((t) => t[0] === w))]);
      hits = [...hits, ...(await runSearch(tx, input, folded, alternatives, vocabulary, stats, isName)).filter((h) => !seen.has(h.id))].slice(0, input.limit);
    }
  }
  return { data: hits };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A query that is a whole phone number, e-mail address or tax code, as the contact keys store them
 * (`tandem_contact_keys`: E.164 phones, lower-case e-mails, normalized tax codes). Such a query is
 * looked up exactly, through the contact-key index: one index entry, where matching "912345678" as
 * text intersects the trigram lists of nine digits, each held by a few percent of all people.
 */
function contactKeysOf(q: string): string[] {
  const text = toNfc(q).trim();
  const keys: string[] = [];
  const phone = normalizeVnPhone(text);
  if (phone.ok) keys.push(phone.e164);
  const tax = validateTaxCode(text);
  if (tax.ok) keys.push(tax.normalized);
  if (EMAIL.test(text)) keys.push(text.toLowerCase());
  return keys;
}

/** A hit's columns per table: the first phone and e-mail stand for the record. */
const HIT_COLUMNS = {
  people: sql`'person' AS kind, id, full_name AS name, phones -> 0 ->> 'number' AS phone, emails -> 0 ->> 'address' AS email, NULL::text AS tax_code`,
  organizations: sql`'organization' AS kind, id, name, phones -> 0 ->> 'number' AS phone, emails -> 0 ->> 'address' AS email, tax_code`,
};

type HitRow = { kind: 'person' | 'organization'; id: string; name: string; phone: string | null; email: string | null; tax_code: string | null };
const toHit = (r: HitRow, score: number): TSearchHit => ({ kind: r.kind, id: r.id, name: r.name, phone: r.phone, email: r.email, taxCode: r.tax_code, score });

/**
 * The people and organizations holding one of `keys`, best known first (exact matches all score 1).
 * Empty when no one holds them: the query is then searched as text (part of a number, an address
 * that is not stored as typed).
 */
async function runExact(tx: WorkspaceTx, input: SearchInput, keys: string[]): Promise<TSearchHit[]> {
  const parts: SQL[] = [];
  const limit = sql.raw(String(Math.trunc(input.limit)));
  if (input.kind !== 'organization') {
    parts.push(sql`(SELECT ${HIT_COLUMNS.people}
      FROM people WHERE id IN (SELECT id FROM people_contact_keys WHERE deleted_at IS NULL AND contact_keys && ${sqlArray(keys, 'text')}) LIMIT ${limit})`);
  }
  if (input.kind !== 'person') {
    parts.push(sql`(SELECT ${HIT_COLUMNS.organizations}
      FROM organizations WHERE id IN (SELECT id FROM organizations_contact_keys WHERE deleted_at IS NULL AND contact_keys && ${sqlArray(keys, 'text')}) LIMIT ${limit})`);
  }
  const rows = await queryRowsPrepared<HitRow>('search_exact', tx, sql`SELECT * FROM (${sql.join(parts, sql` UNION ALL `)}) c ORDER BY name, id LIMIT ${limit}`);
  return rows.map((r) => toHit(r, 1));
}

/** An e-mail's domain is shared by thousands ("gmail.com"): its local part alone finds the row through trigrams. */
const indexKey = (word: string) => (/^[^@]{3,}@/.test(word) ? word.slice(0, word.indexOf('@') + 1) : word);

/** A word held by at least this share of rows is too common to be worth reading from the word index… */
const COMMON = 0.02;
/** …when another word of the query already narrows the search to at most this many rows. */
const NARROW_ROWS = 2_000;
/**
 * A word this common (a family name like Nguyễn) is checked on the rows of the query's rarest word
 * whenever that word is not as common as a family name itself: given names and family names are
 * independent, while two family names ("nguyen tran") are rarely found together. A query of one word
 * this common reads the newest rows and keeps those that hold it, without the index.
 */
const VERY_COMMON = 0.2;
const FAMILY_NAME = 0.05;

type Table = 'people' | 'organizations';
/**
 * `prefixOnly`: a start-of-name match on a one- or two-letter query, which the trigram index cannot serve.
 * `words`: people read from person_name_words (one word, or two words joined on the person); `where`
 * is then TRUE, as the table holds the words of live people only.
 */
type Match = { where: SQL; newestFirst: boolean; prefixOnly?: true; words?: [string] | [string, string] };

/**
 * Each inner list is one word's alternatives (OR); the words are combined with AND. A word of the
 * workspace's name vocabulary matches whole words of search_text; any other word matches anywhere in
 * search_text through the trigram index.
 *
 * People found by one or two whole words are read from person_name_words (0034), a B-tree on
 * (workspace, word, person) of live people's name words: one word is walked from the newest person and stops at CANDIDATES, whatever the word;
 * two words are joined on the person, merging both lists newest first or probing the rarer one's
 * people, whichever PostgreSQL's statistics of the words make cheaper. The GIN word index instead
 * builds a bitmap of every row holding each word before a LIMIT can stop anything: measured at
 * 1,000,000 people, a family + given name costs 0.6–1.5 ms joined against 1.3–10 ms through the GIN
 * index. Three or more words (a full name) are more selective together, and there the GIN index is
 * faster (0.4–3.7 ms against 1.4–7 ms).
 *
 * Otherwise whole words go through the GIN word index, and which of them are read from it depends on
 * how common they are (`WordStats`): the index returns every row holding a word, and Vietnamese family
 * names are very concentrated (Nguyễn is in about 4 names in 10). When the rarest word alone leaves at
 * most NARROW_ROWS rows, common words are checked on those rows instead (`= ANY(words)`, which the
 * index cannot serve), and so are very common words next to a word that is not a family name
 * (VERY_COMMON). A query of one very common word alone walks the newest rows until it has enough.
 * Otherwise every word goes through the index, as words that are common on their own can still be rare
 * together.
 */
function matchSql(terms: string[][], vocabulary: Set<string>, stats: WordStats, table: Table): Match {
  const whole = terms.filter((alts) => alts.every((a) => vocabulary.has(a)));
  const partial = terms.filter((alts) => !whole.includes(alts));
  const longest = Math.max(0, ...partial.flat().map((t) => t.length));
  if (whole.length === 0 && longest < 3) {
    // Too short for trigrams: match the start of the name only.
    return { where: sql`search_text LIKE ${`${terms.map((t) => t[0]).join(' ')}%`}`, newestFirst: false, prefixOnly: true };
  }
  const frequency = (alts: string[]) => alts.reduce((sum, a) => sum + (stats.frequency[table].get(a) ?? 0), 0);
  const byRarity = whole.map((alts) => ({ alts, f: frequency(alts) })).sort((a, b) => a.f - b.f);
  if (table === 'people' && partial.length === 0 && byRarity.length <= 2 && byRarity.every((w) => w.alts.length === 1)) {
    const words = byRarity.map((w) => w.alts[0]!);
    return { where: sql`TRUE`, newestFirst: false, words: words as [string] | [string, string] };
  }
  const rows = stats.rows[table];
  const anyWord = (alts: string[]) => sql`(${sql.join(alts.map((a) => sql`${a} = ANY(words)`), sql` OR `)})`;
  if (byRarity.length === 1 && partial.length === 0 && rows > 0 && byRarity[0]!.f >= VERY_COMMON) {
    return { where: anyWord(byRarity[0]!.alts), newestFirst: true };
  }
  const rarest = byRarity[0]?.f ?? 0;
  const narrow = rarest * rows <= NARROW_ROWS;
  const checked = byRarity.slice(1).filter((w) => (narrow && w.f >= COMMON) || (rarest < FAMILY_NAME && w.f >= VERY_COMMON));
  const indexed = byRarity.filter((w) => !checked.includes(w));

  const contains = (a: string) => sql`strpos(search_text, ${a}) > 0`;
  const viaIndex = (a: string) =>
    a.length < 3 ? contains(a) : indexKey(a) === a ? sql`search_text LIKE ${like(a)}` : sql`(search_text LIKE ${like(indexKey(a))} AND ${contains(a)})`;
  const where = sql.join(
    [
      ...indexed.map((w) => sql`words && ${sqlArray(w.alts, 'text')}`),
      ...checked.map((w) => anyWord(w.alts)),
      ...partial.map((alts) => sql`(${sql.join(alts.map(viaIndex), sql` OR `)})`),
    ],
    sql` AND `,
  );
  return { where, newestFirst: false };
}

/*
 * `search_text` starts with the folded name (tandem_person_search_text / tandem_org_search_text), and
 * folding keeps the length of a normalized Vietnamese name (one letter for one letter, single spaces),
 * so its first char_length(name) characters are the folded name without running tandem_fold per row.
 */
type RankedRow = HitRow & { score: number; exact: boolean };

async function runSearch(tx: WorkspaceTx, input: SearchInput, folded: string, terms: string[][], vocabulary: Set<string>, stats: WordStats, isName: boolean): Promise<TSearchHit[]> {
  const parts: SQL[] = [];
  const order = (m: Match) => (m.newestFirst ? sql`ORDER BY id DESC` : sql``);
  let prepare = true;
  if (input.kind !== 'organization') {
    const m = matchSql(terms, vocabulary, stats, 'people');
    if (m.prefixOnly) prepare = false;
    const from = !m.words
      ? sql`people_search`
      : m.words.length === 1
        ? sql`(SELECT person_id FROM people_name_words WHERE word = ${m.words[0]} ORDER BY person_id DESC LIMIT ${sql.raw(String(CANDIDATES))}) w
             JOIN people_search ON id = w.person_id`
        : sql`(SELECT w1.person_id FROM people_name_words w1 JOIN people_name_words w2 ON w2.person_id = w1.person_id AND w2.word = ${m.words[1]}
             WHERE w1.word = ${m.words[0]} ORDER BY w1.person_id DESC LIMIT ${sql.raw(String(CANDIDATES))}) w JOIN people_search ON id = w.person_id`;
    parts.push(sql`(SELECT ${HIT_COLUMNS.people}, search_text, left(search_text, char_length(full_name)) AS folded_name
      FROM ${from} WHERE deleted_at IS NULL AND ${m.where} ${order(m)} LIMIT ${sql.raw(String(CANDIDATES))})`);
  }
  if (input.kind !== 'person') {
    const m = matchSql(terms, vocabulary, stats, 'organizations');
    if (m.prefixOnly) prepare = false;
    parts.push(sql`(SELECT ${HIT_COLUMNS.organizations}, search_text, left(search_text, char_length(name)) AS folded_name
      FROM organizations_search WHERE deleted_at IS NULL AND ${m.where} ${order(m)} LIMIT ${sql.raw(String(CANDIDATES))})`);
  }
  // A name is ranked by the folded name alone; phones and e-mails by the whole search text they are in.
  const score = isName
    ? sql`similarity(folded_name, ${folded})::float8`
    : sql`greatest(similarity(folded_name, ${folded}), similarity(search_text, ${folded}))::float8`;
  // Prepared: parsed once per connection and shape (PostgreSQL still plans it with its values while a
  // generic plan would cost more, which for word searches is usually the case). Not a one- or two-letter
  // prefix: its plan depends on the letters (a generic plan could read the whole trigram index for a
  // pattern that has no trigram).
  const statement = sql`SELECT kind, id, name, phone, email, tax_code, folded_name = ${folded} AS exact, ${score} AS score
      FROM (${sql.join(parts, sql` UNION ALL `)}) c
      ORDER BY exact DESC, score DESC, name
      LIMIT ${sql.raw(String(Math.trunc(input.limit)))}`;
  const rows = prepare ? await queryRowsPrepared<RankedRow>('search', tx, statement) : await queryRows<RankedRow>(tx, statement);
  return rows.map((r) => toHit(r, r.exact ? 1 : Math.min(1, Number(r.score))));
}

/**
 * What this process knows of each workspace's name vocabulary. A word never leaves the vocabulary
 * (`search_words` only grows), so a word found once is known for good, and a search whose words are all
 * known here skips the lookup (one round trip fewer). A word not found is taken as unknown for
 * UNKNOWN_FOR_MS: if it is added meanwhile, the search treats it as any unknown word (matched anywhere
 * through trigrams, which finds every row the whole word would), so the answer is still complete.
 * Bounded: the oldest workspace goes first; a workspace keeps at most KNOWN_WORDS_MAX known words and
 * forgets its unknown words when it has too many.
 */
type Vocabulary = { known: Set<string>; unknownUntil: Map<string, number> };
const vocabularies = new Map<string, Vocabulary>();
const VOCABULARY_WORKSPACES_MAX = 200;
const KNOWN_WORDS_MAX = 20_000;
const UNKNOWN_WORDS_MAX = 5_000;
const UNKNOWN_FOR_MS = 30_000;

/** The words of the query that are in the workspace's name vocabulary. */
async function knownWords(tx: WorkspaceTx, workspaceId: string, words: string[]): Promise<Set<string>> {
  const now = Date.now();
  let vocabulary = vocabularies.get(workspaceId);
  if (!vocabulary) {
    if (vocabularies.size >= VOCABULARY_WORKSPACES_MAX) vocabularies.delete(vocabularies.keys().next().value!);
    vocabularies.set(workspaceId, (vocabulary = { known: new Set(), unknownUntil: new Map() }));
  }
  const v = vocabulary;
  const missing = words.filter((w) => !v.known.has(w) && !((v.unknownUntil.get(w) ?? 0) > now));
  const found = new Set(words.filter((w) => v.known.has(w)));
  if (missing.length === 0) return found;
  const rows = await queryRowsPrepared<{ word: string }>('search_words', tx, sql`SELECT word FROM search_words_visible WHERE word = ANY(${sqlArray(missing, 'text')})`);
  for (const r of rows) {
    found.add(r.word);
    if (v.known.size < KNOWN_WORDS_MAX) v.known.add(r.word);
  }
  if (v.unknownUntil.size >= UNKNOWN_WORDS_MAX) v.unknownUntil.clear();
  for (const w of missing) if (!found.has(w)) v.unknownUntil.set(w, now + UNKNOWN_FOR_MS);
  return found;
}

/** For each word not in the vocabulary, the known words within its typo allowance; null when nothing changes. */
async function correctTerms(tx: WorkspaceTx, words: string[], known: Set<string>): Promise<string[][] | null> {
  if (!words.some((w) => w.length >= 3 && !known.has(w))) return null;
  let changed = false;
  const result: string[][] = [];
  for (const w of words) {
    if (w.length < 3 || known.has(w)) {
      result.push([w]);
      continue;
    }
    // Candidates: similar by trigrams, or sharing the first letter with a close length (short words share few trigrams).
    const rows = await queryRowsPrepared<{ word: string }>(
      'search_typos',
      tx,
      sql`(SELECT word FROM search_words_visible WHERE word % ${w} LIMIT 100)
          UNION
          (SELECT word FROM search_words_visible WHERE word >= ${w[0]!} AND word < ${String.fromCharCode(w.charCodeAt(0) + 1)}
             AND length(word) BETWEEN ${w.length - 2} AND ${w.length + 2} LIMIT 400)`,
    );
    const close = rows
      .map((r) => ({ word: r.word, d: editDistance(w, r.word, allowedTypos(w)) }))
      .filter((c) => c.d <= allowedTypos(w))
      .sort((a, b) => a.d - b.d)
      .slice(0, 5)
      .map((c) => c.word);
    if (close.length) changed = true;
    result.push(close.length ? close : [w]);
  }
  return changed ? result : null;
}
