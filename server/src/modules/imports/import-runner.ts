/**
 * Running an import: the file is read as a stream, rows are normalized in Node, and every batch is
 * written in one workspace transaction together with its checkpoint (rows done, counters). So a batch
 * is either wholly written and counted or not at all, and a run that stops — failed, cancelled,
 * killed — resumes after the last committed row: no row twice, none lost.
 *
 * A run owns the import through `runner_id` and keeps a heartbeat; a batch commits only while the run
 * still owns a `running` import. A run whose process died leaves a stale heartbeat, which is marked
 * `interrupted` (see `markInterrupted`).
 */
import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import { imports } from '../../db/schema';
import type { Database, Scope, WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { activeDefinitions } from '../custom-fields/custom-fields.service';
import { planBatch, type RowIssue } from './import-batch';
import { openFile, type FileKind, type SourceRow } from './import-file';
import { compileMapping, type MappingPlan } from './import-mapping';
import { missingRequired, normalizeRow, type Draft } from './import-rows';
import { candidateIds, checkpoint, cleanPendingKeys, cleanPendingLists, lockMatches, LostOwnership, writeBatch } from './import-writer';

/** Seconds without a heartbeat after which a running import is taken to be dead. */
export const STALE_AFTER_SECONDS = 60;
const HEARTBEAT_MS = 10_000;

export type RunOptions = {
  /** Rows per batch (and per transaction). */
  batchSize?: number;
  /** Tests: stop like a killed process after this many committed batches (the import stays `running`). */
  crashAfterBatches?: number;
  /** Tests: fail (as a bug would) after this many committed batches. */
  failAfterBatches?: number;
};

/** Milliseconds spent per phase (what the benchmark reports). */
export type RunTimings = { match: number; write: number; clean: number };
export type RunResult = { state: string; processed: number; timings?: RunTimings };

type ImportRow = typeof imports.$inferSelect;

/** Thrown by `crashAfterBatches`: the run stops without any bookkeeping, as a killed process would. */
export class SimulatedCrash extends Error {}

/** The scope an import's transactions run in: its workspace, acting as the user or API key that started it. */
export const importScope = (i: Pick<ImportRow, 'workspaceId' | 'id' | 'createdByUserId' | 'createdByApiKeyId'>): Scope => ({
  workspaceId: i.workspaceId,
  actorUserId: i.createdByUserId,
  actorApiKeyId: i.createdByApiKeyId,
  requestId: `import:${i.id}`,
});

export const INTERRUPTED_MESSAGE =
  'The import stopped unexpectedly (the server restarted or the process was killed). Resume it to continue after the last saved row, or roll it back.';

/** Marks the workspace's running imports whose heartbeat stopped as `interrupted` (resumable). */
export async function markInterrupted(tx: WorkspaceTx): Promise<void> {
  await tx.execute(sql`
    UPDATE imports SET state = 'interrupted', runner_id = NULL, updated_at = now(), failure = ${INTERRUPTED_MESSAGE}
    WHERE state = 'running' AND heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS})`);
}

/** Takes the import for this run if it is queued (or running with a dead heartbeat). */
async function claim(database: Database, found: ImportRow, runnerId: string): Promise<ImportRow | null> {
  return database.inWorkspace(importScope(found), async (tx) => {
    const [row] = await tx
      .update(imports)
      .set({ state: 'running', runnerId, heartbeatAt: new Date(), startedAt: found.startedAt ?? new Date(), failure: null, updatedAt: new Date() })
      .where(
        sql`${imports.id} = ${found.id} AND (${imports.state} = 'queued' OR (${imports.state} = 'running' AND ${imports.heartbeatAt} < now() - make_interval(secs => ${STALE_AFTER_SECONDS})))`,
      )
      .returning();
    return row ?? null;
  });
}

/**
 * Runs (or resumes) an import to the end. Callable directly (tests, benchmarks) or from the job. An
 * import that is not queued is left alone. Errors mark it `failed` (resumable) rather than throw.
 */
export async function runImport(database: Database, importId: string, options: RunOptions = {}): Promise<RunResult> {
  const [found] = await database.system.select().from(imports).where(eq(imports.id, importId));
  if (!found) throw new AppError('not_found', 'Import not found');
  const runnerId = randomUUID();
  const job = await claim(database, found, runnerId);
  if (!job) return { state: found.state, processed: found.processed };
  const scope = importScope(job);
  const heartbeat = setInterval(() => {
    database
      .inWorkspace(scope, (tx) => tx.execute(sql`UPDATE imports SET heartbeat_at = now() WHERE id = ${job.id} AND runner_id = ${runnerId}`))
      .catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const timings: RunTimings = { match: 0, write: 0, clean: 0 };
    const processed = await process(database, job, runnerId, options, timings);
    await database.inWorkspace(scope, (tx) =>
      tx.execute(sql`UPDATE imports SET state = 'completed', finished_at = now(), updated_at = now(), total = processed, runner_id = NULL, file_path = NULL
                     WHERE id = ${job.id} AND runner_id = ${runnerId}`),
    );
    if (job.filePath) await rm(job.filePath, { force: true });
    return { state: 'completed', processed, timings };
  } catch (error) {
    if (error instanceof SimulatedCrash) throw error;
    if (error instanceof LostOwnership) return { state: 'cancelled', processed: -1 };
    const message = error instanceof AppError ? error.message : `The import failed: ${(error as Error).message}`;
    await database.inWorkspace(scope, (tx) =>
      tx.execute(sql`UPDATE imports SET state = 'failed', failure = ${message.slice(0, 2000)}, runner_id = NULL, updated_at = now()
                     WHERE id = ${job.id} AND runner_id = ${runnerId}`),
    );
    return { state: 'failed', processed: -1 };
  } finally {
    clearInterval(heartbeat);
  }
}

type Pending = { drafts: Draft[]; issues: RowIssue[]; rows: number; errors: number; resumeRow: number };

async function process(database: Database, job: ImportRow, runnerId: string, options: RunOptions, timings: RunTimings): Promise<number> {
  if (!job.filePath || !(await stat(job.filePath).catch(() => null))) {
    throw new AppError('unprocessable', 'The uploaded file is no longer on the server (it may have been uploaded to another server, or removed): upload it again.');
  }
  const scope = importScope(job);
  const definitions = await database.inWorkspace(scope, (tx) => activeDefinitions(tx, job.entity));
  const kind: FileKind = job.format === 'xlsx' ? { format: 'xlsx', encoding: null } : { format: 'csv', encoding: (job.encoding ?? 'utf-8') as 'utf-8' };
  const file = await openFile(job.filePath, kind);
  const plan: MappingPlan = compileMapping(job.entity, file.headers, job.mapping, definitions);
  const checkNew = (d: Draft) => (plan.required.length ? missingRequired(plan, d) : []);
  const batchSize = options.batchSize ?? 2000;

  let committed = 0;
  let inflight: Promise<void> | null = null;
  /** Keys → ids of the records written by the batch committed last. */
  let lastWritten = new Map<string, string>();
  const write = async (batch: Pending, matching: Promise<string[]>) => {
    let started = Date.now();
    // The match read ran while the previous batch was being written, so it may not see that batch's
    // records: add them from what the previous batch reported. Every id is re-read in the transaction.
    const ids = new Set(await matching);
    for (const d of batch.drafts) for (const k of d.keys) {
      const id = lastWritten.get(k);
      if (id) ids.add(id);
    }
    timings.match += Date.now() - started;
    started = Date.now();
    await database.inWorkspace(scope, async (tx) => {
      const existing = await lockMatches(tx, job.entity, [...ids], true);
      const planned = planBatch(batch.drafts, existing, job.onDuplicate, job.id, checkNew);
      const target = { entity: job.entity, importId: job.id, actorUserId: job.createdByUserId, defaultSource: !plan.columns.has('source') };
      lastWritten = await writeBatch(tx, target, planned, [...batch.issues, ...planned.issues]);
      await checkpoint(tx, job.id, runnerId, {
        rows: batch.rows,
        inserted: planned.inserted,
        updated: planned.updated,
        skipped: planned.skipped,
        errors: batch.errors + planned.errors,
        resumeRow: batch.resumeRow,
      });
    });
    timings.write += Date.now() - started;
    started = Date.now();
    await cleanPendingKeys(database, job.entity);
    timings.clean += Date.now() - started;
    committed++;
    if (options.crashAfterBatches !== undefined && committed >= options.crashAfterBatches) throw new SimulatedCrash('simulated crash');
    if (options.failAfterBatches !== undefined && committed >= options.failAfterBatches) throw new Error('simulated failure');
  };
  // One batch is written while the next is read and normalized, and its matches looked up (on another
  // connection): the database and Node work at the same time.
  const flush = async (batch: Pending) => {
    const matching = candidateIds(database, job.entity, scope, batch.drafts.flatMap((d) => d.keys));
    matching.catch(() => undefined);
    if (inflight) await inflight;
    inflight = write(batch, matching);
    inflight.catch(() => undefined);
  };

  let seen = 0;
  let total = job.processed;
  let batch: Pending = { drafts: [], issues: [], rows: 0, errors: 0, resumeRow: job.resumeRow };
  try {
    for await (const source of file.rows as AsyncIterable<SourceRow>) {
      if (seen++ < job.resumeRow) continue;
      const r = normalizeRow(plan, source);
      if (r.ok) batch.drafts.push(r.draft);
      else {
        batch.errors++;
        for (const e of r.errors) batch.issues.push({ ...e, kind: 'error' });
      }
      batch.rows++;
      batch.resumeRow = seen;
      if (batch.rows >= batchSize) {
        total += batch.rows;
        await flush(batch);
        batch = { drafts: [], issues: [], rows: 0, errors: 0, resumeRow: seen };
      }
    }
    if (batch.rows > 0) {
      total += batch.rows;
      await flush(batch);
    }
    if (inflight) await inflight;
    const started = Date.now();
    await cleanPendingLists(database, job.entity);
    timings.clean += Date.now() - started;
  } catch (error) {
    // Let the batch being written finish (or fail) before the run reports how it ended.
    if (inflight) await (inflight as Promise<void>).catch(() => undefined);
    throw error;
  } finally {
    file.close();
  }
  return total;
}
