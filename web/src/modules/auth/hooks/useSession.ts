import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { TSessionResponse, TWorkspaceSummary } from '@tandem/shared';
import { canManageWorkspace } from '../../../ui/roles';
import { fetchSession } from '../api/sessionApi';

export const SESSION_QUERY_KEY = ['session'] as const;

export const sessionQueryOptions = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

/** The session; only for pages behind the sign-in guard, which has loaded it already. */
export function useSession(): TSessionResponse {
  return useSuspenseQuery(sessionQueryOptions).data;
}

export type CurrentWorkspace = {
  workspace: TWorkspaceSummary | null;
  /** Owners and admins manage members, invitations, API keys and the workspace itself. */
  canManage: boolean;
};

/** The workspace the session is working in, with the user's role there. */
export function useCurrentWorkspace(): CurrentWorkspace {
  const session = useSession();
  const workspace = session.workspaces.find((w) => w.id === session.currentWorkspaceId) ?? null;
  return { workspace, canManage: canManageWorkspace(workspace?.role) };
}
