/**
 * The SQL of an import: finding the records a batch matches, writing its new and updated records (one
 * multi-row statement each, so the audit and search-word triggers run once per batch), its row issues,
 * the before-images of updated records, and the checkpoint — all in the batch's workspace transaction.
 */
import type { ImportEntity } from '@tandem/shared';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { queryRows, type Database, type Scope, type WorkspaceTx } from '../../platform/db/database';
import type { BatchPlan, ExistingRecord, RowIssue } from './import-batch';
import { uniteBy } from './import-batch';
import type { Draft } from './import-rows';

type Column = { name: string; type: string; value: (d: Draft) => unknown };

/** Columns an import writes; `keep` ones are only changed by an update when the file has a value. */
const COMMON: Column[] = [
  { name: 'customer_type', type: 'text', value: (d) => d.customerType ?? null },
  { name: 'lifecycle_stage', type: 'text', value: (d) => d.lifecycleStage ?? null },
  { name: 'source', type: 'text', value: (d) => d.source ?? null },
  { name: 'notes', type: 'text', value: (d) => d.notes ?? null },
  { name: 'street', type: 'text', value: (d) => d.street ?? null },
  { name: 'ward_code', type: 'text', value: (d) => d.wardCode ?? null },
  { name: 'province_code', type: 'text', value: (d) => d.provinceCode ?? null },
  { name: 'legacy_address', type: 'text', value: (d) => d.legacyAddress ?? null },
];

type EntitySpec = { table: string; nameColumn: string; defaultType: string; scalars: Column[] };

export const ENTITY_SPECS: Record<ImportEntity, EntitySpec> = {
  person: {
    table: 'people',
    nameColumn: 'full_name',
    defaultType: 'consumer',
    scalars: [
      { name: 'birthday', type: 'date', value: (d) => d.birthday ?? null },
      { name: 'gender', type: 'text', value: (d) => d.gender ?? null },
      ...COMMON,
    ],
  },
  organization: {
    table: 'organizations',
    nameColumn: 'name',
    defaultType: 'business',
    scalars: [
      { name: 'tax_code', type: 'text', value: (d) => d.taxCode ?? null },
      { name: 'website', type: 'text', value: (d) => d.website ?? null },
      { name: 'industry', type: 'text', value: (d) => d.industry ?? null },
      ...COMMON,
    ],
  },
};

/** A PostgreSQL array literal of text (one parameter, whatever the driver). */
const textArray = (items: string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * Ids of the records of a workspace that share a key with the batch (deleted ones included; the
 * caller filters).
 *
 * Why this read goes through the owner connection: under row-level security the workspace condition
 * (`workspace_id = tandem_workspace_id()`) is an expression the planner cannot estimate, so it takes
 * the workspace as tiny and scans it through a B-tree, testing `contact_keys && keys` on every record —
 * thousands of keys against every record, per batch. Without that condition the only plan left (with
 * sequential scans off) is the GIN index on contact_keys. The workspace is still checked (as text, which
 * no index serves), and the records found are read again, locked and row-level-secured, in the batch's
 * workspace transaction (`lockMatches`), so nothing of another workspace can be used.
 *
 * An owner-run view with the workspace condition inside (the pattern of the search views, 0013) was
 * measured and rejected here: the condition is then a B-tree index condition again, estimated at ~300
 * rows, and the planner scans the workspace through the primary key (55 s per batch at 100,000 people,
 * against milliseconds for the GIN plan).
 */
export async function candidateIds(database: Database, entity: ImportEntity, scope: Scope, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const table = sql.raw(ENTITY_SPECS[entity].table);
  return database.system.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('enable_seqscan', 'off', true)`);
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`SELECT id FROM ${table} WHERE contact_keys && ${textArray([...new Set(keys)])}::text[] AND workspace_id::text = ${scope.workspaceId}`,
    );
    return rows.map((r) => r.id);
  });
}

/**
 * New GIN entries wait in the index's pending list, which every search reads in full; a batch adds
 * thousands, so merge them into the index after each batch (the bulk merge fastupdate is made for).
 * Needs the index owner: the owner connection (maintenance, no data read).
 */
export async function cleanPendingKeys(database: Database, entity: ImportEntity): Promise<void> {
  await database.query(`SELECT gin_clean_pending_list('${ENTITY_SPECS[entity].table}_contact_keys_idx'::regclass)`);
}

/**
 * The pending-list size (kB) of GIN indexes in an import's batch transactions, instead of the 4 MB
 * default. Each row adds a few dozen entries to the table's GIN indexes (trigrams, whole words, keys,
 * tags, custom values); a larger list is merged less often and in bigger sorted runs. Measured on 40,000
 * rows into 91,000 people (inserts + final merge): 4 MB 23 s, 16 MB 13 s, 64 MB 17 s, 256 MB 21 s.
 * Searches read the pending list in full, so it stays bounded, and the import merges every list when it
 * ends (`cleanPendingLists`) so no later request pays for it.
 */
export const GIN_PENDING_KB = 16 * 1024;

/** Merges the pending lists of every GIN index of the entity's table (owner connection: maintenance, no data read). */
export async function cleanPendingLists(database: Database, entity: ImportEntity): Promise<void> {
  await database.query(
    `SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
     WHERE i.indrelid = '${ENTITY_SPECS[entity].table}'::regclass AND a.amname = 'gin'`,
  );
}

/** The live records with these ids, as the batch's transaction sees them (row-level security), oldest first; locked when `lock`. */
export async function lockMatches(tx: WorkspaceTx, entity: ImportEntity, ids: string[], lock: boolean): Promise<ExistingRecord[]> {
  if (ids.length === 0) return [];
  const spec = ENTITY_SPECS[entity];
  const rows = await queryRows<{
    id: string;
    name: string;
    keys: string[];
    phones: ExistingRecord['phones'];
    emails: ExistingRecord['emails'];
    tags: string[];
    custom_fields: ExistingRecord['customFields'];
    import_id: string | null;
  }>(
    tx,
    sql`SELECT id, ${sql.raw(spec.nameColumn)} AS name, contact_keys AS keys, phones, emails, tags, custom_fields, import_id
        FROM ${sql.raw(spec.table)} WHERE id = ANY(${textArray(ids)}::uuid[]) AND deleted_at IS NULL
        ORDER BY id ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    keys: r.keys ?? [],
    phones: r.phones,
    emails: r.emails,
    tags: r.tags,
    customFields: r.custom_fields,
    importId: r.import_id,
  }));
}

const definitionList = (columns: { name: string; type: string }[]) => sql.raw(columns.map((c) => `"${c.name}" ${c.type}`).join(', '));

/** Inserts the batch's new records with `import_id`, in one statement. */
async function insertRecords(tx: WorkspaceTx, entity: ImportEntity, importId: string, actorUserId: string | null, drafts: Draft[], defaultSource: boolean): Promise<string[]> {
  if (drafts.length === 0) return [];
  const spec = ENTITY_SPECS[entity];
  const columns = [
    { name: 'id', type: 'uuid' },
    { name: spec.nameColumn, type: 'text' },
    { name: 'phones', type: 'jsonb' },
    { name: 'emails', type: 'jsonb' },
    { name: 'tags', type: 'text[]' },
    { name: 'custom_fields', type: 'jsonb' },
    ...spec.scalars,
  ];
  const records = drafts.map((d) => {
    // Ids made here, monotonic within the process (UUIDv7 with a counter), so the records keep the
    // file's order in lists sorted by creation (ids made by the database in one statement share a
    // millisecond and would come out shuffled).
    const r: Record<string, unknown> = { id: uuidv7(), [spec.nameColumn]: d.name, phones: d.phones, emails: d.emails, tags: d.tags, custom_fields: d.customFields };
    for (const c of spec.scalars) r[c.name] = c.value(d);
    r.customer_type ??= spec.defaultType;
    r.lifecycle_stage ??= 'lead';
    // Records from a file without a source column are marked as imported.
    if (defaultSource) r.source ??= 'import';
    return r;
  });
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  // With `tandem.import_id` set, the audit trigger records the statement's rows of this import as one
  // 'create' event (entity_id = the import, with the count and the id range) instead of one event with
  // a full copy per row (0024_import_speed.sql). Reset right after, so it covers this statement only.
  await tx.execute(sql`SELECT set_config('tandem.import_id', ${importId}, true)`);
  await tx.execute(sql`
    INSERT INTO ${sql.raw(spec.table)} (workspace_id, import_id, created_by_user_id, ${names})
    SELECT tandem_workspace_id(), ${importId}::uuid, ${actorUserId}::uuid, ${names}
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(${definitionList(columns)})`);
  await tx.execute(sql`SELECT set_config('tandem.import_id', '', true)`);
  return records.map((r) => r.id as string);
}

/**
 * Applies the batch's updates in one statement, after saving each record's before-image (the first one
 * only: a record updated by several batches is restored to how it was before the import). Lists are
 * united with the record's own; scalar fields change only where the file has a value.
 */
async function updateRecords(tx: WorkspaceTx, entity: ImportEntity, importId: string, updates: BatchPlan['updates']) {
  if (updates.length === 0) return;
  const spec = ENTITY_SPECS[entity];
  const ids = updates.map((u) => u.record.id);
  await tx.execute(sql`
    INSERT INTO import_before_images (workspace_id, import_id, record_id, before)
    SELECT workspace_id, ${importId}::uuid, id, to_jsonb(t) - 'search_text' - 'contact_keys'
    FROM ${sql.raw(spec.table)} t
    WHERE id = ANY(${textArray(ids)}::uuid[]) AND import_id IS DISTINCT FROM ${importId}::uuid
    ON CONFLICT DO NOTHING`);
  const records = updates.map(({ record, draft }) => {
    const r: Record<string, unknown> = {
      id: record.id,
      [spec.nameColumn]: draft.name,
      phones: uniteBy(record.phones, draft.phones, (p) => p.number).slice(0, 10),
      emails: uniteBy(record.emails, draft.emails, (e) => e.address).slice(0, 10),
      tags: [...new Set([...record.tags, ...draft.tags])].slice(0, 50),
      custom_fields: draft.customFields,
    };
    for (const c of spec.scalars) r[c.name] = c.value(draft);
    return r;
  });
  const columns = [
    { name: 'id', type: 'uuid' },
    { name: spec.nameColumn, type: 'text' },
    { name: 'phones', type: 'jsonb' },
    { name: 'emails', type: 'jsonb' },
    { name: 'tags', type: 'text[]' },
    { name: 'custom_fields', type: 'jsonb' },
    ...spec.scalars,
  ];
  const keep = sql.raw(spec.scalars.map((c) => `"${c.name}" = coalesce(x."${c.name}", t."${c.name}")`).join(', '));
  await tx.execute(sql`
    UPDATE ${sql.raw(spec.table)} t SET ${sql.raw(`"${spec.nameColumn}" = x."${spec.nameColumn}"`)}, phones = x.phones, emails = x.emails, tags = x.tags,
      custom_fields = t.custom_fields || x.custom_fields, ${keep}, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(${definitionList(columns)})
    WHERE t.id = x.id`);
}

/** Row issues, numbered per row. */
export async function insertIssues(tx: WorkspaceTx, importId: string, issues: RowIssue[]) {
  if (issues.length === 0) return;
  const seq = new Map<number, number>();
  const records = issues.map((i) => {
    const n = seq.get(i.row) ?? 0;
    seq.set(i.row, n + 1);
    return { row: i.row, seq: n, kind: i.kind, col: i.column, reason: i.reason.slice(0, 1000) };
  });
  await tx.execute(sql`
    INSERT INTO import_row_issues (workspace_id, import_id, "row", seq, kind, "column", reason)
    SELECT tandem_workspace_id(), ${importId}::uuid, x."row", x.seq, x.kind, x.col, x.reason
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x("row" int, seq int, kind text, col text, reason text)`);
}

/** Writes a planned batch (records, before-images, issues). `defaultSource`: the file has no source column. */
export async function writeBatch(
  tx: WorkspaceTx,
  job: { entity: ImportEntity; importId: string; actorUserId: string | null; defaultSource: boolean },
  plan: BatchPlan,
  issues: RowIssue[],
) {
  const { entity, importId } = job;
  await tx.execute(sql`SELECT set_config('gin_pending_list_limit', ${String(GIN_PENDING_KB)}, true)`);
  await updateRecords(tx, entity, importId, plan.updates);
  const ids = await insertRecords(tx, entity, importId, job.actorUserId, plan.inserts, job.defaultSource);
  await insertIssues(tx, importId, issues);
  // The keys of the records this batch wrote, for the next batch (see the runner).
  const written = new Map<string, string>();
  plan.inserts.forEach((d, i) => d.keys.forEach((k) => written.set(k, ids[i]!)));
  for (const { record, draft } of plan.updates) for (const k of [...record.keys, ...draft.keys]) written.set(k, record.id);
  return written;
}

/** The import no longer belongs to this run (it was cancelled, or another run took it over). */
export class LostOwnership extends Error {
  constructor() {
    super('The import was cancelled or taken over by another run');
    this.name = 'LostOwnership';
  }
}

export type Progress = { rows: number; inserted: number; updated: number; skipped: number; errors: number; resumeRow: number };

/** Commits a batch's progress with its data; throws LostOwnership (rolling the batch back) if the run no longer owns the import. */
export async function checkpoint(tx: WorkspaceTx, importId: string, runnerId: string, p: Progress) {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE imports SET processed = processed + ${p.rows}, inserted = inserted + ${p.inserted}, updated = updated + ${p.updated},
          skipped = skipped + ${p.skipped}, error_count = error_count + ${p.errors}, resume_row = ${p.resumeRow}, heartbeat_at = now()
        WHERE id = ${importId} AND runner_id = ${runnerId} AND state = 'running' RETURNING id`,
  );
  if (rows.length === 0) throw new LostOwnership();
}
