import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app';
import { defineJob } from '../../platform/jobs';
import { dispatchEmails } from '../email/email.dispatch';
import { distributeSurveys } from './distribution.service';

/**
 * Every minute: in each workspace, send the survey e-mails that are due (at most the workspace's
 * sends per minute) and the reminders to non-responders; then hand the queued mail to the e-mail
 * dispatcher at once.
 */
export const surveyDistributionJob = defineJob({
  id: 'surveys.distribute',
  version: 1,
  payload: z.object({}),
  cron: '* * * * *',
  handler: async (_payload, { database, log }) => {
    const result = await distributeSurveys(database, log);
    if (result.sent || result.reminded) {
      log.info(result, 'survey e-mails queued');
      await dispatchEmails(database, log);
    }
  },
});

/** After a campaign starts: send its first minute now rather than at the next minute (a process without workers leaves it to the minute job of one that has them). */
export async function kickSurveyDistribution(deps: AppDeps, log: FastifyBaseLogger): Promise<void> {
  if (!deps.jobs) return;
  await deps.jobs.send(surveyDistributionJob, {}).catch((error: unknown) => log.warn({ err: error }, 'could not kick survey distribution'));
}
