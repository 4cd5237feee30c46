import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app';
import { defineJob } from '../../platform/jobs';
import { rollbackImport } from './import-rollback';
import { INTERRUPTED_MESSAGE, runImport, STALE_AFTER_SECONDS } from './import-runner';

/** Runs an import (or resumes it), or rolls one back. */
export const importJob = defineJob({
  id: 'imports.run',
  version: 1,
  payload: z.object({ importId: z.uuid(), action: z.enum(['run', 'rollback']) }),
  handler: async ({ importId, action }, { database, log }) => {
    if (action === 'rollback') {
      const done = await rollbackImport(database, importId);
      log.info({ importId, ...done }, 'import rolled back');
      return;
    }
    const result = await runImport(database, importId);
    log.info({ importId, ...result }, 'import run ended');
  },
});

/**
 * Every five minutes, and so soon after a restart: imports whose process died (running, heartbeat
 * stale) become `interrupted`, so users see they can resume or roll them back.
 */
export const importSweepJob = defineJob({
  id: 'imports.sweep',
  version: 1,
  payload: z.object({}),
  cron: '*/5 * * * *',
  handler: async (_payload, { database, log }) => {
    const result = await database.query(
      `UPDATE imports SET state = 'interrupted', runner_id = NULL, updated_at = now(), failure = $2
       WHERE state = 'running' AND heartbeat_at < now() - make_interval(secs => $1) RETURNING id`,
      [STALE_AFTER_SECONDS, INTERRUPTED_MESSAGE],
    );
    if (result.rows.length) log.warn({ imports: result.rows.map((r) => r.id) }, 'interrupted imports found');
  },
});

/**
 * Starts an import's background work: through the job queue when the app has one, else in this process
 * after the response is sent (tests run the app without a queue).
 */
export async function dispatchImport(deps: AppDeps, importId: string, action: 'run' | 'rollback', onError: (error: unknown) => void): Promise<void> {
  if (deps.jobs) {
    await deps.jobs.send(importJob, { importId, action }, { singletonKey: `${action}:${importId}` });
    return;
  }
  setImmediate(() => {
    (action === 'run' ? runImport(deps.database, importId) : rollbackImport(deps.database, importId)).catch(onError);
  });
}
