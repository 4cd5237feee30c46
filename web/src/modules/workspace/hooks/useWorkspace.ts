import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TUpdateWorkspaceRequest } from '@tandem/shared';
import { SESSION_QUERY_KEY } from '../../auth';
import { getWorkspace, updateWorkspace } from '../api/workspaceApi';

const WORKSPACE_KEY = ['workspace'] as const;

export function useWorkspace() {
  return useQuery({ queryKey: WORKSPACE_KEY, queryFn: getWorkspace });
}

export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateWorkspaceRequest) => updateWorkspace(body),
    onSuccess: async (workspace) => {
      queryClient.setQueryData(WORKSPACE_KEY, workspace);
      // The workspace switcher reads names from the session.
      await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}
