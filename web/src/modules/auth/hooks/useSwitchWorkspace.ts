import { useMutation, useQueryClient } from '@tanstack/react-query';
import { switchWorkspace } from '../api/sessionApi';
import { SESSION_QUERY_KEY } from './useSession';

/** Moves the session to another workspace; every cached answer is refetched for it. */
export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) => switchWorkspace({ workspaceId }),
    onSuccess: async (session) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    },
  });
}
