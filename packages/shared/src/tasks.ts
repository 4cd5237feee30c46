import { z } from 'zod';
import { ZId } from './common';
import { toNfc } from './vn';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const stamp = z.iso.datetime({ offset: true });

const taskFields = {
  title: z.string().trim().min(1).max(300).transform(toNfc),
  description: z.string().trim().max(10_000).transform(toNfc).nullish(),
  assigneeUserId: ZId.nullish(),
  dueAt: stamp.nullish(),
  priority: z.enum(TASK_PRIORITIES),
  personId: ZId.nullish(),
  organizationId: ZId.nullish(),
  /** Remind the assignee this many minutes before the due time (0 = at the due time; null = no reminder; at most 30 days). */
  reminderMinutes: z.number().int().min(0).max(43_200).nullish(),
};
export const ZCreateTaskRequest = z.object({ ...taskFields, priority: taskFields.priority.default('normal') }).strict();
export const ZUpdateTaskRequest = z.object({ ...taskFields, status: z.enum(TASK_STATUSES) }).partial().strict();
export const ZTask = z.object({
  id: ZId,
  title: z.string(),
  description: z.string().nullable(),
  assigneeUserId: ZId.nullable(),
  assigneeName: z.string().nullable(),
  dueAt: stamp.nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  /** Open or in progress and past its due time. */
  overdue: z.boolean(),
  personId: ZId.nullable(),
  organizationId: ZId.nullable(),
  entityType: z.string().nullable(),
  entityId: ZId.nullable(),
  /** `user`, or the automation that made it (`hr.contract_ending`, `care_plan:<id>`...). */
  source: z.string(),
  completedAt: stamp.nullable(),
  reminderMinutes: z.number().int().nullable(),
  /** When the reminder goes out (due time minus the lead time); null without a reminder or due time. */
  remindAt: stamp.nullable(),
  /** When it went out; null while armed (moving the due time re-arms it). */
  remindedAt: stamp.nullable(),
  createdAt: stamp,
});
export type TTask = z.infer<typeof ZTask>;
export const ZTaskListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    /** mine = assigned to me. */
    scope: z.enum(['all', 'mine']).default('all'),
    status: z.enum(TASK_STATUSES).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    personId: ZId.optional(),
    organizationId: ZId.optional(),
    assigneeUserId: ZId.optional(),
    /** Tasks assigned to the signed-in accounts of this department's employees. */
    departmentId: ZId.optional(),
    priority: z.enum(TASK_PRIORITIES).optional(),
    /** true: open or in progress. */
    open: z.enum(['true', 'false']).optional(),
    /** Due in [dueFrom, dueTo). */
    dueFrom: stamp.optional(),
    dueTo: stamp.optional(),
    /** Completed in [completedFrom, completedTo) (with status done). */
    completedFrom: stamp.optional(),
    completedTo: stamp.optional(),
    /** true: done by its due time; false: done late. Only tasks with a due time. */
    onTime: z.enum(['true', 'false']).optional(),
    /** true: with a due time; false: without. */
    hasDue: z.enum(['true', 'false']).optional(),
  })
  .strict();
