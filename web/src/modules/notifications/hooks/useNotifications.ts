import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listNotifications, markAllRead, markRead, unreadCount } from '../api/notificationsApi';

const KEY = ['notifications'] as const;

/** The unread count for the bell, refreshed every minute (and when the window regains focus). */
export function useUnreadCount() {
  return useQuery({ queryKey: [...KEY, 'unread'], queryFn: unreadCount, refetchInterval: 60_000, staleTime: 15_000 });
}

export function useNotificationList(enabled: boolean, unreadOnly = false) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'list', unreadOnly],
    queryFn: ({ pageParam }) => listNotifications(pageParam, unreadOnly),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) => markRead(id, read),
    onSuccess: (count) => {
      client.setQueryData([...KEY, 'unread'], count);
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (before?: string) => markAllRead(before),
    onSuccess: ({ unreadCount: n, unreadCapped }) => {
      client.setQueryData([...KEY, 'unread'], { unreadCount: n, unreadCapped });
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}
