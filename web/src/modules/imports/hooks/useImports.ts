import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportState, TImport } from '@tandem/shared';
import {
  cancelImport,
  getImport,
  getJob,
  listImportIssues,
  listImports,
  previewImport,
  resumeImport,
  rollbackImport,
  startImport,
  type ImportSettings,
} from '../api/importsApi';

/** States in which an import still moves on its own; the wizard keeps polling while in them. */
const MOVING: readonly ImportState[] = ['queued', 'running', 'rolling_back'];
export const isMoving = (state: ImportState): boolean => MOVING.includes(state);

export function usePreviewImport() {
  return useMutation({ mutationFn: (settings: ImportSettings) => previewImport(settings) });
}

/** After an import changes anything, customer lists, searches and the import list are read again (not the job being polled). */
function useRefreshAfterImport() {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [['imports', 'recent'], ['imports', 'one'], ['imports', 'issues'], ['people'], ['organizations'], ['search'], ['events']]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };
}

export function useStartImport() {
  const refresh = useRefreshAfterImport();
  return useMutation({ mutationFn: (settings: ImportSettings) => startImport(settings), onSuccess: refresh });
}

/** The job's progress, asked every second while it runs; when it stops, everything it changed is read again. */
export function useJob(id: string | null) {
  const refresh = useRefreshAfterImport();
  const job = useQuery({
    queryKey: ['imports', 'job', id],
    queryFn: () => getJob(id ?? ''),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !isMoving(query.state.data.state) ? false : 1000),
    refetchIntervalInBackground: true,
  });
  const state = job.data?.state;
  useEffect(() => {
    if (state && !isMoving(state)) refresh();
    // Once per change of state, not on every render.
  }, [state]);
  return job;
}

export function useImport(id: string | null, poll: boolean) {
  return useQuery({ queryKey: ['imports', 'one', id], queryFn: () => getImport(id ?? ''), enabled: id !== null, refetchInterval: poll ? 1000 : false });
}

export function useImportIssues(id: string | null, enabled: boolean) {
  return useQuery({ queryKey: ['imports', 'issues', id], queryFn: () => listImportIssues(id ?? ''), enabled: id !== null && enabled });
}

export function useRecentImports() {
  return useQuery({
    queryKey: ['imports', 'recent'],
    queryFn: listImports,
    refetchInterval: (query) => (query.state.data?.data.some((i: TImport) => isMoving(i.state)) ? 2000 : false),
  });
}

/** Rollback, resume or cancel; the job is polled again, since it moves once more. */
export function useImportAction(action: 'rollback' | 'resume' | 'cancel') {
  const queryClient = useQueryClient();
  const fn = { rollback: rollbackImport, resume: resumeImport, cancel: cancelImport }[action];
  return useMutation({
    mutationFn: (id: string) => fn(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['imports'] }),
  });
}
