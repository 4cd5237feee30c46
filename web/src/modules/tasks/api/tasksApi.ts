import type { TTask, TASK_PRIORITIES, TASK_STATUSES } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** The task list's filters, as the API takes them (see ZTaskListQuery). */
export type TaskFilters = {
  scope?: 'all' | 'mine';
  assigneeUserId?: string;
  departmentId?: string;
  status?: TaskStatus;
  priority?: TaskPriority;
  open?: 'true' | 'false';
  overdue?: 'true' | 'false';
  dueFrom?: string;
  dueTo?: string;
  completedFrom?: string;
  completedTo?: string;
  onTime?: 'true' | 'false';
  hasDue?: 'true' | 'false';
  personId?: string;
  organizationId?: string;
};

export type TaskInput = {
  title: string;
  description?: string | null;
  assigneeUserId?: string | null;
  dueAt?: string | null;
  priority?: TaskPriority;
  personId?: string | null;
  organizationId?: string | null;
  reminderMinutes?: number | null;
  status?: TaskStatus;
};

export const TASKS_PAGE_SIZE = 50;

export const listTasks = (filters: TaskFilters, cursor?: string, limit = TASKS_PAGE_SIZE): Promise<Page<TTask>> =>
  api.get<Page<TTask>>('/tasks', { query: { limit, cursor, ...filters } });

export const getTask = (id: string): Promise<TTask> => api.get<TTask>(`/tasks/${encodeURIComponent(id)}`);
export const createTask = (body: TaskInput): Promise<TTask> => api.post<TTask>('/tasks', body);
export const updateTask = (id: string, body: Partial<TaskInput>): Promise<TTask> => api.patch<TTask>(`/tasks/${encodeURIComponent(id)}`, body);
export const deleteTask = (id: string): Promise<void> => api.delete(`/tasks/${encodeURIComponent(id)}`);
