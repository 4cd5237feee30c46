import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAcceptInvitationRequest, TCreateInvitationRequest } from '@tandem/shared';
import { SESSION_QUERY_KEY, adoptSessionLocale } from '../../auth';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  lookupInvitation,
  revokeInvitation,
} from '../api/invitationsApi';

const INVITATIONS_KEY = ['invitations'] as const;

export function useInvitations() {
  return useInfiniteQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: ({ pageParam }) => listInvitations(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateInvitationRequest) => createInvitation(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeInvitation(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

export function useInvitationLookup(token: string) {
  return useQuery({
    queryKey: ['invitation-lookup', token],
    queryFn: () => lookupInvitation(token),
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAcceptInvitationRequest) => acceptInvitation(body),
    onSuccess: async (session) => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      await adoptSessionLocale(session, queryClient);
    },
  });
}
