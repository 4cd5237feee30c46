import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import pino from 'pino';
import { sessions } from '../db/schema';
import { purgeSessionsJob } from '../modules/auth/auth.jobs';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { buildWorkspace } from '../test/harness';
import { createSession } from './auth/sessions';
import { defineJob, startJobs } from './jobs';

describe('background jobs (pg-boss on the same database)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('runs a job sent to a queue, with its payload validated', async () => {
    const seen: number[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const job = defineJob({
      id: 'test.echo',
      version: 1,
      payload: z.object({ n: z.number().int() }),
      handler: async ({ n }) => {
        seen.push(n);
        done();
      },
    });
    const jobs = await startJobs(t.database, [job], pino({ level: 'silent' }), true);
    try {
      expect(await jobs.send(job, { n: 42 })).toEqual(expect.any(String));
      await expect(jobs.send(job, { n: 'x' } as unknown as { n: number })).rejects.toThrow();
      await finished;
      expect(seen).toEqual([42]);
    } finally {
      await jobs.stop();
    }
  });

  it('the session sweep deletes expired sessions only', async () => {
    const ws = await buildWorkspace(t.database);
    await createSession(t.database.system, { userId: ws.owner.userId, ttlHours: 1, ip: null, userAgent: null });
    await t.database.system.insert(sessions).values({ tokenHash: 'old', userId: ws.owner.userId, csrfToken: 'x', expiresAt: new Date(Date.now() - 1000) });
    await purgeSessionsJob.handler({}, { database: t.database, log: pino({ level: 'silent' }) });
    const left = await t.database.system.select({ h: sessions.tokenHash }).from(sessions);
    expect(left).toHaveLength(1);
    expect(left[0]!.h).not.toBe('old');
  });
});
