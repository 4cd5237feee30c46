import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import { defineJob } from '../../platform/jobs';
import { vietnamToday } from './care-plan-candidates';
import { enabledRules, evaluateRule } from './care-plan-evaluate';

/**
 * Evaluate every enabled care plan of every workspace: one workspace transaction (row-level security on)
 * per rule, so a failing rule does not hold back the others and locks are short. Safe to run on any
 * number of processes at once: `care_plan_runs` makes each trigger act once (see `evaluateRule`).
 * Returns the number of firings.
 */
export async function evaluateAllCarePlans(database: Database, today = vietnamToday()): Promise<number> {
  const workspaces = await database.query(`SELECT DISTINCT workspace_id FROM care_plans WHERE enabled ORDER BY workspace_id`);
  let fired = 0;
  for (const { workspace_id } of workspaces.rows) {
    const scope = { workspaceId: String(workspace_id), actorUserId: null, actorApiKeyId: null, requestId: null };
    const rules = await database.inWorkspace(scope, (tx) => enabledRules(tx));
    for (const rule of rules) {
      fired += await database.inWorkspace(scope, async (tx) => {
        // The rule may have been switched off or changed since it was listed.
        const [current] = await enabledRules(tx, [rule.id]);
        return current ? evaluateRule(tx, current, today) : 0;
      });
    }
  }
  return fired;
}

/** Every five minutes (birthdays and anniversaries are by Vietnam date; a late run catches up). */
export const carePlansJob = defineJob({
  id: 'care-plans.evaluate',
  version: 1,
  payload: z.object({ today: z.iso.date().optional() }),
  cron: '*/5 * * * *',
  handler: async ({ today }, { database, log }) => {
    const fired = await evaluateAllCarePlans(database, today);
    if (fired) log.info({ fired }, 'care plans fired');
  },
});
