import { z } from 'zod';
import { ZId } from './common';

const day = z.iso.date();

/** GET /api/v1/reports/workload: a period of Vietnam days, `from` and `to` both included (at most 366 days). */
const workloadFields = {
  from: day,
  to: day,
  departmentId: ZId.optional(),
  groupBy: z.enum(['employee', 'team']).default('employee'),
};
const period = (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
  else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 > 366) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period is at most 366 days' });
};
export const ZWorkloadQuery = z.object(workloadFields).strict().superRefine(period);
export const ZWorkloadExportQuery = z
  .object({ ...workloadFields, format: z.enum(['csv', 'xlsx']).default('xlsx') })
  .strict()
  .superRefine(period);

/**
 * The API call that lists the records behind a figure (a GET path with its query string, e.g.
 * `/api/v1/tasks?assigneeUserId=…&open=true`); null when no list exists for it.
 */
const ZLink = z.string().nullable();

export const ZWorkloadRow = z.object({
  /** `employee`: one member; `team`: one department (null id: members in no department). */
  kind: z.enum(['employee', 'team']),
  userId: ZId.nullable(),
  employeeId: ZId.nullable(),
  departmentId: ZId.nullable(),
  name: z.string(),
  departmentName: z.string().nullable(),
  /** Members counted (1 for an employee row). */
  members: z.number().int(),
  /** Open or in progress now. */
  openTasks: z.number().int(),
  /** Done in the period (completed_at in the period). */
  doneTasks: z.number().int(),
  /** Of those, with a due time. */
  doneWithDue: z.number().int(),
  /** Of those, done by the due time (completed_at <= due_at). */
  doneOnTime: z.number().int(),
  /** 100 · doneOnTime / doneWithDue, one decimal; null when doneWithDue is 0. */
  onTimePercent: z.number().nullable(),
  /** Due in the period (up to now) and still open. */
  overdue: z.number().int(),
  /** Interactions logged (occurred in the period). */
  interactions: z.number().int(),
  /** People they own now. */
  customersOwned: z.number().int(),
  /** Organizations they own now. */
  organizationsOwned: z.number().int(),
  /**
   * CSAT (% of answers 4–5) of CSAT survey responses given in the period by the customers they logged
   * an interaction with in the period; null when there is none. `satisfactionResponses`: how many.
   */
  satisfaction: z.number().nullable(),
  satisfactionResponses: z.number().int(),
  links: z.object({
    openTasks: ZLink,
    doneTasks: ZLink,
    doneWithDue: ZLink,
    doneOnTime: ZLink,
    overdue: ZLink,
    interactions: ZLink,
    customersOwned: ZLink,
    organizationsOwned: ZLink,
    satisfaction: ZLink,
  }),
});
export type TWorkloadRow = z.infer<typeof ZWorkloadRow>;

export const ZWorkloadReport = z.object({
  from: day,
  to: day,
  groupBy: z.enum(['employee', 'team']),
  /** What the caller may see: `all`, `department` (a manager's departments), `self`. */
  scope: z.enum(['all', 'department', 'self']),
  rows: z.array(ZWorkloadRow),
  /** Sums over the rows (onTimePercent and satisfaction recomputed from the sums). */
  total: ZWorkloadRow.omit({ links: true, kind: true, userId: true, employeeId: true, departmentId: true, name: true, departmentName: true }),
});
export type TWorkloadReport = z.infer<typeof ZWorkloadReport>;
