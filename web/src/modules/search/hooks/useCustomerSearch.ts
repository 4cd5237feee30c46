import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchCustomers, type SearchKind } from '../api/searchApi';

/**
 * Search as someone types: waits for a short pause, cancels answers nobody waits for any more, and keeps
 * the last results on screen while the next ones load.
 */
export function useCustomerSearch(text: string, options: { kind?: SearchKind; limit?: number; delay?: number } = {}) {
  const [q] = useDebouncedValue(text.trim(), options.delay ?? 150);
  const query = useQuery({
    queryKey: ['search', q, options.kind ?? 'all', options.limit ?? 10],
    queryFn: ({ signal }) => searchCustomers(q, { kind: options.kind, limit: options.limit, signal }),
    enabled: q.length > 0,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
  return { ...query, q, settled: q === text.trim() && !query.isFetching };
}
