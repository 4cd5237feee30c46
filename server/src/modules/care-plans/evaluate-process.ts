/**
 * A separate Tandem process for the exactly-once test: `node --import tsx evaluate-process.ts <startAt ms>`
 * with DATABASE_URL set. It connects, waits until `startAt` (so two processes start evaluating at the same
 * moment), evaluates every enabled care plan as the scheduler does and prints `{"fired": n}`.
 */
import { openDatabase } from '../../platform/db/database';
import { evaluateAllCarePlans } from './care-plans.job';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const startAt = Number(process.argv[2] ?? Date.now());
const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
await database.ping();
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const fired = await evaluateAllCarePlans(database);
process.stdout.write(`${JSON.stringify({ fired })}\n`);
await database.close();
