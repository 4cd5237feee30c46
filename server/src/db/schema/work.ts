import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

/**
 * Tasks: follow-ups for people. Automations create them with a `source_key` that is unique per
 * workspace, so a scheduled job that runs twice (or on two processes) never creates a task twice.
 */
export const tasks = pgTable(
  'tasks',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().default(sql`tandem_uuid7()`),
    title: text('title').notNull(),
    description: text('description'),
    assigneeUserId: uuid('assignee_user_id'),
    dueAt: ts('due_at'),
    priority: text('priority').$type<'low' | 'normal' | 'high' | 'urgent'>().notNull().default('normal'),
    status: text('status').$type<TaskStatus>().notNull().default('open'),
    /** What the task is about, e.g. entity `employee_contracts` and its id. */
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    /** The customer the task is about (shown on their timeline). */
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    /** Who or what made it: `user`, `hr.contract_ending`, `care_plan:<id>`... */
    source: text('source').notNull().default('user'),
    sourceKey: text('source_key'),
    createdByUserId: uuid('created_by_user_id'),
    completedAt: ts('completed_at'),
    /** Remind the assignee this many minutes before `due_at` (null: no reminder). */
    reminderMinutes: integer('reminder_minutes'),
    /** When the reminder is due: `due_at - reminder_minutes`, kept by the tasks service; null when none. */
    remindAt: ts('remind_at'),
    /** When the reminder job sent it; cleared (re-armed) when the due time or the lead time changes. */
    remindedAt: ts('reminded_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('tasks_source_key_uq').on(t.workspaceId, t.sourceKey),
    index('tasks_assignee_idx').on(t.workspaceId, t.assigneeUserId, t.status, t.dueAt),
    index('tasks_entity_idx').on(t.workspaceId, t.entityType, t.entityId),
    index('tasks_person_idx').on(t.workspaceId, t.personId),
    /** The reminder job's sweep: armed reminders only. */
    index('tasks_reminder_due_idx').on(t.remindAt).where(sql`remind_at IS NOT NULL AND reminded_at IS NULL`),
  ],
);
