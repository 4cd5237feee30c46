import { z } from 'zod';
import { defineJob } from '../../platform/jobs';

/**
 * Every five minutes: flag running requests whose stored due time has passed, so "breached" lists stay
 * true between changes. Waiting requests are skipped (their clock is paused; the due time moves when
 * they resume).
 */
export const slaSweepJob = defineJob({
  id: 'service-desk.sla-sweep',
  version: 1,
  payload: z.object({}),
  cron: '*/5 * * * *',
  handler: async (_payload, { database, log }) => {
    const first = await database.query(
      `UPDATE internal_requests SET first_response_breached = true
       WHERE NOT first_response_breached AND first_response_at IS NULL AND status IN ('new','in_progress') AND first_response_due_at < now()`,
    );
    const resolution = await database.query(
      `UPDATE internal_requests SET resolution_breached = true
       WHERE NOT resolution_breached AND resolved_at IS NULL AND status IN ('new','in_progress') AND resolution_due_at < now()`,
    );
    const n = (first.rowCount ?? 0) + (resolution.rowCount ?? 0);
    if (n) log.info({ flagged: n }, 'SLA breaches flagged');
  },
});
