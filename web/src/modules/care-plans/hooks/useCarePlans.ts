import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCarePlanPreviewRequest, TCreateCarePlanRequest, TUpdateCarePlanRequest } from '@tandem/shared';
import { createCarePlan, deleteCarePlan, listCarePlanRuns, listCarePlans, previewCarePlan, previewSavedCarePlan, runCarePlans, updateCarePlan } from '../api/carePlansApi';

const CARE_PLANS_KEY = ['care-plans'] as const;

export function useCarePlans() {
  return useInfiniteQuery({
    queryKey: CARE_PLANS_KEY,
    queryFn: ({ pageParam }) => listCarePlans(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSaveCarePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TCreateCarePlanRequest }) => (id ? updateCarePlan(id, body) : createCarePlan(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CARE_PLANS_KEY }),
  });
}

export function useSetCarePlanEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => updateCarePlan(id, { enabled } satisfies TUpdateCarePlanRequest),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CARE_PLANS_KEY }),
  });
}

export function useDeleteCarePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCarePlan(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CARE_PLANS_KEY }),
  });
}

export function useRunCarePlans() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => runCarePlans(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CARE_PLANS_KEY }),
  });
}

/** The preview of a rule being written; `null` while the rule is not complete enough to ask. */
export function useCarePlanPreview(body: TCarePlanPreviewRequest | null) {
  return useQuery({
    queryKey: [...CARE_PLANS_KEY, 'preview', body],
    queryFn: () => previewCarePlan(body!),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The preview of a saved rule (asked before switching it on). */
export function useSavedCarePlanPreview(id: string | null) {
  return useQuery({
    queryKey: [...CARE_PLANS_KEY, 'preview', id],
    queryFn: () => previewSavedCarePlan(id!),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCarePlanRuns(id: string | null) {
  return useInfiniteQuery({
    queryKey: [...CARE_PLANS_KEY, 'runs', id],
    queryFn: ({ pageParam }) => listCarePlanRuns(id!, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: id !== null,
  });
}
