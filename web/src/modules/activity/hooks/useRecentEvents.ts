import { useQuery } from '@tanstack/react-query';
import { listEvents } from '../api/eventsApi';

/** The latest audit events of the current workspace, newest first. */
export function useRecentEvents(limit = 10) {
  return useQuery({
    queryKey: ['events', 'recent', limit],
    queryFn: () => listEvents({ limit }),
    refetchInterval: 60_000,
  });
}
