import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateInternalRequest, TCreateService, TInternalRequest, TUpdateInternalRequest, TUpdateService, TUpdateWorkCalendar } from '../../common/types';
import { useRefreshInternal } from '../../common/useRefresh';
import {
  addComment,
  createRequest,
  createService,
  getRequest,
  getService,
  getWorkCalendar,
  internalCsat,
  listComments,
  listRequests,
  listServices,
  rateRequest,
  saveWorkCalendar,
  updateRequest,
  updateService,
  type RequestListQuery,
} from '../api/serviceDeskApi';

const requestKey = (id: string) => ['internal', 'requests', 'one', id] as const;

export function useServices(departmentId?: string) {
  return useQuery({ queryKey: ['internal', 'services', 'list', departmentId ?? null], queryFn: () => listServices(departmentId), staleTime: 60_000 });
}

export function useService(id: string | null) {
  return useQuery({ queryKey: ['internal', 'services', 'one', id], queryFn: () => getService(id ?? ''), enabled: id !== null });
}

export function useRequestList(query: RequestListQuery) {
  return useInfiniteQuery({
    queryKey: ['internal', 'requests', 'list', query],
    queryFn: ({ pageParam }) => listRequests(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useRequest(id: string) {
  // SLA clocks are computed when read: a page left open reads them again every minute.
  return useQuery({ queryKey: requestKey(id), queryFn: () => getRequest(id), refetchInterval: 60_000 });
}

export function useComments(id: string) {
  return useQuery({ queryKey: ['internal', 'requests', 'comments', id], queryFn: () => listComments(id) });
}

export function useCsat(query: { groupBy: 'department' | 'service'; from?: string; to?: string }) {
  return useQuery({ queryKey: ['internal', 'csat', query], queryFn: () => internalCsat(query) });
}

export function useWorkCalendar() {
  return useQuery({ queryKey: ['internal', 'calendar'], queryFn: getWorkCalendar, staleTime: 5 * 60_000 });
}

function useRefreshRequest() {
  const queryClient = useQueryClient();
  const refresh = useRefreshInternal();
  return (request?: TInternalRequest) => {
    if (request) queryClient.setQueryData(requestKey(request.id), request);
    refresh();
  };
}

export function useSaveService() {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: ({ id, body, active }: { id: string | null; body: TCreateService; active?: boolean }) => {
      const update: TUpdateService = active === undefined ? body : { ...body, active };
      return id ? updateService(id, update) : createService(body);
    },
    onSuccess: refresh,
  });
}

export function useSetServiceActive() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: ({ id, active }: { id: string; active: boolean }) => updateService(id, { active }), onSuccess: refresh });
}

export function useCreateRequest() {
  const refresh = useRefreshRequest();
  return useMutation({ mutationFn: (body: TCreateInternalRequest) => createRequest(body), onSuccess: refresh });
}

export function useUpdateRequest(id: string) {
  const refresh = useRefreshRequest();
  return useMutation({ mutationFn: (body: TUpdateInternalRequest) => updateRequest(id, body), onSuccess: refresh });
}

export function useAddComment(id: string) {
  const refresh = useRefreshRequest();
  // A provider's first comment is the first response: the request's clocks change too.
  return useMutation({ mutationFn: (body: string) => addComment(id, body), onSuccess: () => refresh() });
}

export function useRateRequest(id: string) {
  const refresh = useRefreshRequest();
  return useMutation({ mutationFn: (body: { score: number; comment?: string | null }) => rateRequest(id, body), onSuccess: refresh });
}

export function useSaveWorkCalendar() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: (body: TUpdateWorkCalendar) => saveWorkCalendar(body), onSuccess: refresh });
}
