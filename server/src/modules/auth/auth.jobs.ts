import { z } from 'zod';
import { purgeExpiredSessions } from '../../platform/auth/sessions';
import { defineJob } from '../../platform/jobs';

/** Hourly: delete expired sessions. */
export const purgeSessionsJob = defineJob({
  id: 'auth.purge-expired-sessions',
  version: 1,
  payload: z.object({}),
  cron: '17 * * * *',
  handler: async (_payload, { database, log }) => {
    const n = await purgeExpiredSessions(database.system);
    if (n > 0) log.info({ deleted: n }, 'expired sessions deleted');
  },
});
