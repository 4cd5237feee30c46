import type { TTask } from '@tandem/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createTask, deleteTask, getTask, listTasks, updateTask, type TaskFilters, type TaskInput } from '../api/tasksApi';

const KEY = ['tasks'] as const;

/** A task list, page by page (soonest due first). */
export function useTaskList(filters: TaskFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'list', filters],
    queryFn: ({ pageParam }) => listTasks(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** Every task of a filter up to `max` (the board loads its columns whole). */
export function useAllTasks(filters: TaskFilters, max = 600) {
  return useQuery({
    queryKey: [...KEY, 'all', filters, max],
    queryFn: async () => {
      const all: TTask[] = [];
      let cursor: string | undefined;
      do {
        const page = await listTasks(filters, cursor, 200);
        all.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && all.length < max);
      return { tasks: all, truncated: Boolean(cursor) };
    },
  });
}

export function useTask(id: string | null) {
  return useQuery({ queryKey: [...KEY, 'one', id], queryFn: () => getTask(id!), enabled: Boolean(id) });
}

export function useSaveTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TaskInput }) => (id ? updateTask(id, body) : createTask(body)),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

/** A status change (a kanban drop): shown at once, undone if the server refuses. */
export function useMoveTask(boardKey: unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: TTask['status'] }) => updateTask(id, { status }),
    onMutate: async ({ id, status }) => {
      const key = [...KEY, 'all', ...boardKey];
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<{ tasks: TTask[]; truncated: boolean }>(key);
      if (before) client.setQueryData(key, { ...before, tasks: before.tasks.map((t) => (t.id === id ? { ...t, status, overdue: status === 'done' || status === 'cancelled' ? false : t.overdue } : t)) });
      return { key, before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(context.key, context.before);
    },
    onSettled: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteTask() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteTask, onSuccess: () => void client.invalidateQueries({ queryKey: KEY }) });
}
