import { TASK_PRIORITIES, TASK_STATUSES } from '@tandem/shared';
import type { TaskFilters } from './api/tasksApi';

/** Quick due-time choices of the list (each becomes dueFrom/dueTo or the overdue flag). */
export const DUE_PRESETS = ['overdue', 'today', 'week', 'none'] as const;
export type DuePreset = (typeof DUE_PRESETS)[number];

/**
 * The tasks page's URL: the view, the drawer's task, a due preset, and any of the API's own filters,
 * so a figure of the workload report links here with the same query it lists through the API.
 */
export type TasksSearch = TaskFilters & { view?: 'list' | 'board'; taskId?: string; due?: DuePreset };

const FILTER_KEYS = ['assigneeUserId', 'departmentId', 'dueFrom', 'dueTo', 'completedFrom', 'completedTo', 'personId', 'organizationId'] as const;
const FLAG_KEYS = ['open', 'overdue', 'onTime', 'hasDue'] as const;
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 100 ? v : undefined);
const one = <T extends string>(list: readonly T[], v: unknown): T | undefined => (list as readonly unknown[]).includes(v) ? (v as T) : undefined;

export function parseTasksSearch(raw: Record<string, unknown>): TasksSearch {
  const out: TasksSearch = {};
  for (const k of FILTER_KEYS) {
    const v = str(raw[k]);
    if (v) out[k] = v;
  }
  for (const k of FLAG_KEYS) {
    const v = one(['true', 'false'] as const, raw[k]);
    if (v) out[k] = v;
  }
  const view = one(['list', 'board'] as const, raw.view);
  if (view) out.view = view;
  const scope = one(['all', 'mine'] as const, raw.scope);
  if (scope) out.scope = scope;
  const status = one(TASK_STATUSES, raw.status);
  if (status) out.status = status;
  const priority = one(TASK_PRIORITIES, raw.priority);
  if (priority) out.priority = priority;
  const due = one(DUE_PRESETS, raw.due);
  if (due) out.due = due;
  const taskId = str(raw.taskId);
  if (taskId) out.taskId = taskId;
  return out;
}

/** Start of the day and of the next Monday, in the browser's time zone. */
function dayBounds(now: Date) {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const tomorrow = new Date(start.getTime() + 86_400_000);
  const toMonday = ((8 - start.getDay()) % 7) || 7;
  const nextWeek = new Date(start.getFullYear(), start.getMonth(), start.getDate() + toMonday);
  return { start, tomorrow, nextWeek };
}

/** The API filters of a page URL (the due preset resolved against `now`). */
export function filtersOf(search: TasksSearch, now = new Date()): TaskFilters {
  const { view: _view, taskId: _taskId, due, ...filters } = search;
  if (!due) return filters;
  const { start, tomorrow, nextWeek } = dayBounds(now);
  if (due === 'overdue') return { ...filters, overdue: 'true' };
  if (due === 'today') return { ...filters, dueFrom: start.toISOString(), dueTo: tomorrow.toISOString() };
  if (due === 'week') return { ...filters, dueFrom: start.toISOString(), dueTo: nextWeek.toISOString() };
  return { ...filters, hasDue: 'false' };
}

/** The page URL's search for an API list call of the report (`/api/v1/tasks?...`). */
export function searchOfApiLink(link: string): TasksSearch {
  const params = new URL(link, 'http://x').searchParams;
  return parseTasksSearch(Object.fromEntries(params.entries()));
}
