import { useQueryClient } from '@tanstack/react-query';

/** Everything of the internal area lives under this key. */
export const INTERNAL_KEY = ['internal'] as const;

/**
 * After a change, the area's answers that are on screen are read again: headcounts, queues, CSAT and
 * reports depend on each other, and an SME's data is small enough to simply ask again. The audit feed
 * on Home follows too.
 */
export function useRefreshInternal() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: INTERNAL_KEY });
    void queryClient.invalidateQueries({ queryKey: ['events'] });
  };
}
