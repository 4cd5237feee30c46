import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Database } from './db/database';

/** A background job: an id, a version (bump when the payload changes), a zod payload and its handler. */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  id: string;
  version: number;
  payload: S;
  /** A cron expression (UTC) to run it on a schedule, with an empty payload. */
  cron?: string;
  handler: (payload: z.infer<S>, ctx: { database: Database; log: FastifyBaseLogger }) => Promise<void>;
};

/** Declares a job with its payload type checked at the definition. */
export const defineJob = <S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> => job;

export type Jobs = {
  send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.infer<S>, options?: { singletonKey?: string }): Promise<string | null>;
  stop(): Promise<void>;
};

const queueName = (job: JobDefinition) => `${job.id}.v${job.version}`;

/**
 * Start pg-boss on Tandem's own database (PGlite in-process or the PostgreSQL server), create the
 * queues and, when `work` is true, run the handlers. Jobs, schedules and their locks live in the
 * database, so any number of app processes can share them.
 */
export async function startJobs(
  database: Database,
  definitions: JobDefinition[],
  log: FastifyBaseLogger,
  work: boolean,
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.query(text, values) },
    schema: 'pgboss',
    // Maintenance every five minutes is plenty for an SME and keeps the embedded database quiet.
    maintenanceIntervalSeconds: 300,
  });
  boss.on('error', (error: Error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const job of definitions) {
    const name = queueName(job);
    await boss.createQueue(name);
    if (job.cron) await boss.schedule(name, job.cron, {}, { tz: 'UTC' });
    if (work) {
      await boss.work(name, async ([item]) => {
        if (!item) return;
        const payload = job.payload.parse(item.data);
        await job.handler(payload, { database, log: log.child({ job: name, jobId: item.id }) });
      });
    }
  }
  return {
    send: async (job, payload, options) => boss.send(queueName(job), job.payload.parse(payload) as object, options ?? {}),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
