import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const id = () => uuid('id').notNull().default(sql`tandem_uuid7()`);
const workspaceId = () => uuid('workspace_id').notNull();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type ImportEntity = 'person' | 'organization';
/**
 * queued → running → completed | failed | cancelled; a process that died leaves `running` with a stale
 * heartbeat, which is then marked `interrupted`. failed, interrupted and cancelled imports can be
 * resumed; any finished one can be rolled back (rolling_back → rolled_back).
 */
export type ImportState = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted' | 'rolling_back' | 'rolled_back';

/** One import of a customer file: its settings, progress and the checkpoint it resumes from. */
export const imports = pgTable(
  'imports',
  {
    workspaceId: workspaceId(),
    id: id(),
    entity: text('entity').$type<ImportEntity>().notNull(),
    state: text('state').$type<ImportState>().notNull().default('queued'),
    /** The uploaded file's name as the user's computer called it. */
    fileName: text('file_name').notNull(),
    /** Where the uploaded copy is kept until the import completes or is rolled back (server-side only). */
    filePath: text('file_path'),
    format: text('format').$type<'csv' | 'xlsx'>().notNull(),
    /** Detected text encoding of a CSV file (utf-8, utf-16le, utf-16be). */
    encoding: text('encoding'),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    /** Source column → target field. */
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    onDuplicate: text('on_duplicate').$type<'skip' | 'update' | 'create'>().notNull(),
    /** Data rows in the file (counted before the rows are written); null until counted. */
    total: integer('total'),
    processed: integer('processed').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    /** Rows not written because they matched a record and the choice was `skip`. */
    skipped: integer('skipped').notNull().default(0),
    /** Rows not written because of errors (each listed in import_row_issues). */
    errorCount: integer('error_count').notNull().default(0),
    /** Data rows read and committed so far: the checkpoint a resumed import continues from. */
    resumeRow: integer('resume_row').notNull().default(0),
    /** The run that owns the import while it is running; a batch commits only if it still does. */
    runnerId: uuid('runner_id'),
    heartbeatAt: ts('heartbeat_at'),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    /** Why the import failed or was interrupted. */
    failure: text('failure'),
    createdByUserId: uuid('created_by_user_id'),
    createdByApiKeyId: uuid('created_by_api_key_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('imports_state_idx').on(t.state, t.heartbeatAt)],
);

/** A row of an import that was not written (`error`) or matched an existing record (`duplicate`). */
export const importRowIssues = pgTable(
  'import_row_issues',
  {
    workspaceId: workspaceId(),
    importId: uuid('import_id').notNull(),
    /** Line number in the file (header = 1) or the spreadsheet row number. */
    row: integer('row').notNull(),
    /** Several issues of one row are numbered 0, 1, 2… */
    seq: smallint('seq').notNull(),
    kind: text('kind').$type<'error' | 'duplicate'>().notNull(),
    /** The source column (its header), when the issue is about one. */
    column: text('column'),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.importId, t.row, t.seq] })],
);

/** The records an `update` import changed, as they were before it: what its rollback restores. */
export const importBeforeImages = pgTable(
  'import_before_images',
  {
    workspaceId: workspaceId(),
    importId: uuid('import_id').notNull(),
    recordId: uuid('record_id').notNull(),
    before: jsonb('before').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.importId, t.recordId] })],
);

/** The column mapping last used per workspace and entity, offered again for the next file. */
export const importMappings = pgTable(
  'import_mappings',
  {
    workspaceId: workspaceId(),
    entity: text('entity').$type<ImportEntity>().notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.entity] })],
);
