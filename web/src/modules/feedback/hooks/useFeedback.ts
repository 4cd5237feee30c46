import type { TCreateFeedbackRequest, TFeedbackReplyRequest, TUpdateFeedbackRequest } from '@tandem/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFeedback, getFeedback, getLoopMetrics, getProductPhases, listFeedback, listProducts, replyToFeedback, setLaunchDate, updateFeedback, type FeedbackFilters } from '../api/feedbackApi';

const KEY = ['feedback'] as const;

export function useFeedbackList(filters: FeedbackFilters) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'list', filters],
    queryFn: ({ pageParam }) => listFeedback(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
export const useFeedbackItem = (id: string | null) => useQuery({ queryKey: [...KEY, 'one', id], queryFn: () => getFeedback(id!), enabled: Boolean(id) });
export const useLoopMetrics = (from?: string, to?: string) => useQuery({ queryKey: [...KEY, 'loop', from, to], queryFn: () => getLoopMetrics(from, to) });
export const useProducts = () => useQuery({ queryKey: ['products', 'options'], queryFn: listProducts, staleTime: 60_000 });
export const useProductPhases = (productId: string | null, earlyDays: number) =>
  useQuery({ queryKey: [...KEY, 'phases', productId, earlyDays], queryFn: () => getProductPhases(productId!, earlyDays), enabled: Boolean(productId), retry: false });

export function useCreateFeedback() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: TCreateFeedbackRequest) => createFeedback(body), onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}
export function useUpdateFeedback(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateFeedbackRequest) => updateFeedback(id, body),
    onSuccess: (item) => {
      client.setQueryData([...KEY, 'one', id], item);
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
      void client.invalidateQueries({ queryKey: [...KEY, 'loop'] });
    },
  });
}
export function useReplyToFeedback(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TFeedbackReplyRequest) => replyToFeedback(id, body),
    onSuccess: (item) => {
      client.setQueryData([...KEY, 'one', id], item);
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
      void client.invalidateQueries({ queryKey: [...KEY, 'loop'] });
    },
  });
}
export function useSetLaunchDate(productId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (launchDate: string | null) => setLaunchDate(productId, launchDate),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['products'] });
      void client.invalidateQueries({ queryKey: [...KEY, 'phases', productId] });
    },
  });
}
