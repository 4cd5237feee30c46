import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database';

/**
 * How common each frequent name word is, per table, from PostgreSQL's own statistics of the word
 * indexes (`most_common_elems` of `people_search_words_idx` and `organizations_search_words_idx`, kept
 * by ANALYZE/autovacuum). The search uses it only to choose which words go through the index; the
 * figures cover all workspaces and never reach a client.
 */
export type WordStats = {
  /** Share of rows holding the word, for the words PostgreSQL counts as common; rarer words are absent. */
  frequency: { people: Map<string, number>; organizations: Map<string, number> };
  /** Estimated rows of each table (pg_class.reltuples; 0 before the first ANALYZE). */
  rows: { people: number; organizations: number };
};

export const NO_WORD_STATS: WordStats = { frequency: { people: new Map(), organizations: new Map() }, rows: { people: 0, organizations: 0 } };

const REFRESH_MS = 5 * 60_000;

type StatsRow = { table: 'people' | 'organizations'; words: string[] | null; freqs: number[] | null; rows: number };

async function readWordStats(db: Db): Promise<WordStats> {
  const rows = await queryRows<StatsRow>(
    db,
    sql`SELECT t.name AS "table", s.most_common_elems::text::text[] AS words, s.most_common_elem_freqs::float8[] AS freqs,
          greatest(c.reltuples, 0)::float8 AS rows
        FROM (VALUES ('people', 'people_search_words_idx'), ('organizations', 'organizations_search_words_idx')) t(name, idx)
        JOIN pg_class c ON c.relname = t.name AND c.relnamespace = 'public'::regnamespace
        LEFT JOIN pg_stats s ON s.schemaname = 'public' AND s.tablename = t.idx`,
  );
  const stats: WordStats = { frequency: { people: new Map(), organizations: new Map() }, rows: { people: 0, organizations: 0 } };
  for (const r of rows) {
    stats.rows[r.table] = Number(r.rows);
    (r.words ?? []).forEach((w, i) => stats.frequency[r.table].set(w, Number(r.freqs?.[i] ?? 0)));
  }
  return stats;
}

/**
 * The word statistics, read with the owner connection (statistics of indexes are not visible to the
 * workspace role) and kept for five minutes; a stale copy is served while a fresh one is read. If they
 * cannot be read, search plans as if every word were rare, which is correct, only slower.
 */
export function wordStatsSource(db: Db): () => Promise<WordStats> {
  let current: WordStats | null = null;
  let readAt = 0;
  let reading: Promise<WordStats> | null = null;
  const refresh = () =>
    (reading ??= readWordStats(db)
      .catch(() => NO_WORD_STATS)
      .then((stats) => {
        current = stats;
        readAt = Date.now();
        reading = null;
        return stats;
      }));
  return async () => {
    if (!current) return refresh();
    if (Date.now() - readAt > REFRESH_MS) void refresh();
    return current;
  };
}
