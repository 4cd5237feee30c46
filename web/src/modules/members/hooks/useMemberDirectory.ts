import { useQuery } from '@tanstack/react-query';
import { listAllMembers } from '../api/membersApi';

/** Members by user id, and select options of them: who can own a customer. */
export function useMemberDirectory() {
  const members = useQuery({ queryKey: ['members', 'directory'], queryFn: listAllMembers, staleTime: 5 * 60_000 });
  const list = members.data ?? [];
  const names = new Map(list.map((m) => [m.userId, m.name]));
  return {
    isPending: members.isPending,
    options: list.map((m) => ({ value: m.userId, label: m.name })),
    nameOf: (userId: string | null | undefined): string | null => (userId ? (names.get(userId) ?? null) : null),
  };
}
