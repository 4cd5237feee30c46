/**
 * Imports as the API sees them: start one from an upload (or answer a dry-run preview), read its
 * status, list its row issues, resume, cancel or roll it back, and the mapping remembered per entity.
 * The work itself runs in the background (import-runner, import-rollback).
 */
import { rm } from 'node:fs/promises';
import { ZCreateImportFields, type TImport, type TImportMapping, type TImportPreview, type TJobStatus, type TSavedImportMapping } from '@tandem/shared';
import { and, asc, desc, eq, gt, or, sql } from 'drizzle-orm';
import { importMappings, importRowIssues, imports } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import type { Database, Scope, WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { activeDefinitions } from '../custom-fields/custom-fields.service';
import { openFile } from './import-file';
import { applicableMapping, compileMapping, suggestMapping } from './import-mapping';
import { previewImport } from './import-preview';
import { markInterrupted } from './import-runner';
import type { Upload } from './import-upload';

type ImportRow = typeof imports.$inferSelect;

const RESUMABLE = new Set(['failed', 'interrupted', 'cancelled']);
const ROLLBACKABLE = new Set(['completed', 'failed', 'interrupted', 'cancelled', 'rolling_back']);

export const presentImport = (i: ImportRow): TImport => ({
  id: i.id,
  entity: i.entity,
  state: i.state,
  fileName: i.fileName,
  format: i.format,
  encoding: i.encoding,
  onDuplicate: i.onDuplicate,
  mapping: i.mapping,
  total: i.total,
  processed: i.processed,
  inserted: i.inserted,
  updated: i.updated,
  skipped: i.skipped,
  errors: i.errorCount,
  failure: i.failure,
  canResume: RESUMABLE.has(i.state) && i.filePath !== null,
  canRollback: ROLLBACKABLE.has(i.state) && i.inserted + i.updated > 0,
  createdAt: iso(i.createdAt),
  startedAt: isoOrNull(i.startedAt),
  finishedAt: isoOrNull(i.finishedAt),
});

export const presentJob = (i: ImportRow): TJobStatus => ({
  id: i.id,
  kind: 'import',
  state: i.state,
  processed: i.processed,
  total: i.total,
  inserted: i.inserted,
  updated: i.updated,
  skipped: i.skipped,
  errors: i.errorCount,
  failure: i.failure,
});

async function savedMapping(tx: WorkspaceTx, entity: 'person' | 'organization'): Promise<TImportMapping | null> {
  const [row] = await tx.select().from(importMappings).where(eq(importMappings.entity, entity));
  return row?.mapping ?? null;
}

/**
 * Starts an import from an uploaded file, or answers the preview of a dry run (then nothing is kept).
 * The mapping is checked against the file's header before anything is queued; it is remembered for
 * the workspace's next import of the entity. Opens its own workspace transactions (the preview reads
 * the file between them).
 */
export async function createImport(database: Database, scope: Scope, auth: WorkspaceAuth, upload: Upload): Promise<{ preview: TImportPreview } | { created: TImport }> {
  authorize(auth.role, 'customers.import');
  const parsed = ZCreateImportFields.safeParse(upload.fields);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(fields)', message: i.message }));
    throw new AppError('validation_failed', `The form has ${errors.length} invalid field(s): ${errors.map((e) => e.path).join(', ')}`, { errors });
  }
  const fields = parsed.data;
  const { saved, definitions } = await database.inWorkspace(scope, async (tx) => ({
    saved: await savedMapping(tx, fields.entity),
    definitions: await activeDefinitions(tx, fields.entity),
  }));
  if (fields.dryRun) {
    const preview = await previewImport(database, scope, {
      entity: fields.entity,
      definitions,
      path: upload.path,
      kind: upload.kind,
      mapping: fields.mapping,
      savedMapping: saved,
      onDuplicate: fields.onDuplicate,
      previewRows: fields.previewRows,
    });
    return { preview };
  }
  const file = await openFile(upload.path, upload.kind);
  const headers = file.headers;
  file.close();
  const mapping = fields.mapping ?? applicableMapping(saved, headers) ?? suggestMapping(fields.entity, headers, definitions);
  compileMapping(fields.entity, headers, mapping, definitions);
  const row = await database.inWorkspace(scope, async (tx) => {
    const [created] = await tx
      .insert(imports)
      .values({
        workspaceId: auth.workspaceId,
        entity: fields.entity,
        fileName: upload.fileName,
        filePath: upload.path,
        format: upload.kind.format,
        encoding: upload.kind.encoding,
        fileBytes: upload.bytes,
        mapping,
        onDuplicate: fields.onDuplicate,
        total: upload.records === null ? null : Math.max(0, upload.records - 1),
        createdByUserId: auth.userId,
        createdByApiKeyId: auth.apiKeyId,
      })
      .returning();
    await tx
      .insert(importMappings)
      .values({ workspaceId: auth.workspaceId, entity: fields.entity, mapping })
      .onConflictDoUpdate({ target: [importMappings.workspaceId, importMappings.entity], set: { mapping, updatedAt: new Date() } });
    return created!;
  });
  return { created: presentImport(row) };
}

/** Removes an upload that will not be imported (a dry run, or a refused request). */
export const discardUpload = (upload: Upload | null) => (upload ? rm(upload.path, { force: true }) : Promise.resolve());

async function loadImport(tx: WorkspaceTx, id: string): Promise<ImportRow> {
  await markInterrupted(tx);
  const [row] = await tx.select().from(imports).where(eq(imports.id, id));
  if (!row) throw notFound('Import');
  return row;
}

export async function getImport(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TImport> {
  authorize(auth.role, 'customers.import');
  return presentImport(await loadImport(tx, id));
}

export async function getJob(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TJobStatus> {
  authorize(auth.role, 'customers.import');
  await markInterrupted(tx);
  const [row] = await tx.select().from(imports).where(eq(imports.id, id));
  if (!row) throw notFound('Job');
  return presentJob(row);
}

export async function listImports(tx: WorkspaceTx, auth: WorkspaceAuth, query: { limit: number; cursor?: string | undefined }) {
  authorize(auth.role, 'customers.import');
  await markInterrupted(tx);
  const after = query.cursor ? decodeCursor(query.cursor, ['id']).id : null;
  const rows = await tx
    .select()
    .from(imports)
    .where(after ? sql`${imports.id} < ${after}::uuid` : undefined)
    .orderBy(desc(imports.id))
    .limit(query.limit + 1);
  const data = rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return { data: data.map(presentImport), nextCursor: rows.length > query.limit && last ? encodeCursor({ id: last.id }) : null };
}

/** Queues a stopped import again; its run continues after the last committed row. */
export async function resumeImport(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TImport> {
  authorize(auth.role, 'customers.import');
  const current = await loadImport(tx, id);
  if (!RESUMABLE.has(current.state)) throw new AppError('conflict', `An import that is ${current.state} cannot be resumed`);
  if (!current.filePath) throw new AppError('conflict', 'The uploaded file is gone: upload it again');
  const [row] = await tx.update(imports).set({ state: 'queued', failure: null, updatedAt: new Date() }).where(eq(imports.id, id)).returning();
  return presentImport(row!);
}

/** Stops a queued or running import after its current batch; what was written stays (resume or roll back). */
export async function cancelImport(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TImport> {
  authorize(auth.role, 'customers.import');
  const current = await loadImport(tx, id);
  if (current.state !== 'queued' && current.state !== 'running') throw new AppError('conflict', `An import that is ${current.state} cannot be cancelled`);
  const [row] = await tx.update(imports).set({ state: 'cancelled', runnerId: null, finishedAt: new Date(), updatedAt: new Date() }).where(eq(imports.id, id)).returning();
  return presentImport(row!);
}

/** Marks an import for rollback; the rollback itself runs in the background. */
export async function requestRollback(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TImport> {
  authorize(auth.role, 'customers.import');
  authorize(auth.role, 'customers.delete');
  const current = await loadImport(tx, id);
  if (!ROLLBACKABLE.has(current.state)) {
    throw new AppError('conflict', current.state === 'running' || current.state === 'queued' ? 'Cancel the import before rolling it back' : `An import that is ${current.state} cannot be rolled back`);
  }
  const [row] = await tx.update(imports).set({ state: 'rolling_back', runnerId: null, updatedAt: new Date() }).where(eq(imports.id, id)).returning();
  return presentImport(row!);
}

/** One page of an import's row issues, in file order. */
export async function listIssues(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, query: { limit: number; cursor?: string | undefined; kind?: 'error' | 'duplicate' | undefined }) {
  authorize(auth.role, 'customers.import');
  await loadImport(tx, id);
  const after = query.cursor ? decodeCursor(query.cursor, ['row', 'seq']) : null;
  const rows = await tx
    .select()
    .from(importRowIssues)
    .where(
      and(
        eq(importRowIssues.importId, id),
        query.kind ? eq(importRowIssues.kind, query.kind) : undefined,
        after
          ? or(gt(importRowIssues.row, Number(after.row)), and(eq(importRowIssues.row, Number(after.row)), gt(importRowIssues.seq, Number(after.seq))))
          : undefined,
      ),
    )
    .orderBy(asc(importRowIssues.row), asc(importRowIssues.seq))
    .limit(query.limit + 1);
  const data = rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return {
    data: data.map((r) => ({ row: r.row, column: r.column, reason: r.reason, kind: r.kind })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ row: String(last.row), seq: String(last.seq) }) : null,
  };
}

export async function listSavedMappings(tx: WorkspaceTx, auth: WorkspaceAuth): Promise<{ data: TSavedImportMapping[] }> {
  authorize(auth.role, 'customers.import');
  const rows = await tx.select().from(importMappings).orderBy(asc(importMappings.entity));
  return { data: rows.map((r) => ({ entity: r.entity, mapping: r.mapping, updatedAt: iso(r.updatedAt) })) };
}

export async function saveMapping(tx: WorkspaceTx, auth: WorkspaceAuth, entity: 'person' | 'organization', mapping: TImportMapping): Promise<TSavedImportMapping> {
  authorize(auth.role, 'customers.import');
  const [row] = await tx
    .insert(importMappings)
    .values({ workspaceId: auth.workspaceId, entity, mapping })
    .onConflictDoUpdate({ target: [importMappings.workspaceId, importMappings.entity], set: { mapping, updatedAt: new Date() } })
    .returning();
  return { entity: row!.entity, mapping: row!.mapping, updatedAt: iso(row!.updatedAt) };
}
