import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@tandem/shared';
import { listMembers, removeMember, updateMember } from '../api/membersApi';

const MEMBERS_KEY = ['members'] as const;

/** Members of the current workspace, page by page. */
export function useMembers() {
  return useInfiniteQuery({
    queryKey: MEMBERS_KEY,
    queryFn: ({ pageParam }) => listMembers(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useChangeMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => updateMember(id, { role }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MEMBERS_KEY }),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeMember(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MEMBERS_KEY }),
  });
}
