import { api, type Page } from '../../../../api/client';
import type {
  RequestStatus,
  TCreateInternalRequest,
  TCreateService,
  TInternalCsat,
  TInternalRequest,
  TRequestComment,
  TService,
  TUpdateInternalRequest,
  TUpdateService,
  TUpdateWorkCalendar,
  TWorkCalendar,
} from '../../common/types';

const id = (value: string) => encodeURIComponent(value);

export const REQUESTS_PAGE_SIZE = 30;

export const listServices = async (departmentId?: string): Promise<TService[]> =>
  (await api.get<{ data: TService[] }>('/services', { query: { departmentId } })).data;

export const getService = (serviceId: string): Promise<TService> => api.get<TService>(`/services/${id(serviceId)}`);

export const createService = (body: TCreateService): Promise<TService> => api.post<TService>('/services', body);

export const updateService = (serviceId: string, body: TUpdateService): Promise<TService> => api.patch<TService>(`/services/${id(serviceId)}`, body);

/** mine = I asked; assigned = assigned to me; all = everything I may see, narrowed by department. */
export type RequestScope = 'all' | 'mine' | 'assigned';

export type RequestListQuery = {
  scope: RequestScope;
  providerDepartmentId?: string;
  requesterDepartmentId?: string;
  status?: RequestStatus;
  breached?: boolean;
};

/** Newest first, page by page. */
export const listRequests = (query: RequestListQuery, cursor: string | undefined): Promise<Page<TInternalRequest>> =>
  api.get<Page<TInternalRequest>>('/internal-requests', {
    query: {
      limit: REQUESTS_PAGE_SIZE,
      cursor,
      scope: query.scope,
      providerDepartmentId: query.providerDepartmentId,
      requesterDepartmentId: query.requesterDepartmentId,
      status: query.status,
      breached: query.breached ? 'true' : undefined,
    },
  });

export const getRequest = (requestId: string): Promise<TInternalRequest> => api.get<TInternalRequest>(`/internal-requests/${id(requestId)}`);

export const createRequest = (body: TCreateInternalRequest): Promise<TInternalRequest> => api.post<TInternalRequest>('/internal-requests', body);

export const updateRequest = (requestId: string, body: TUpdateInternalRequest): Promise<TInternalRequest> =>
  api.patch<TInternalRequest>(`/internal-requests/${id(requestId)}`, body);

export const listComments = async (requestId: string): Promise<TRequestComment[]> =>
  (await api.get<{ data: TRequestComment[] }>(`/internal-requests/${id(requestId)}/comments`)).data;

export const addComment = (requestId: string, body: string): Promise<TRequestComment> =>
  api.post<TRequestComment>(`/internal-requests/${id(requestId)}/comments`, { body });

/** The requester rates a resolved request once (1–5); it then closes. */
export const rateRequest = (requestId: string, body: { score: number; comment?: string | null }): Promise<TInternalRequest> =>
  api.post<TInternalRequest>(`/internal-requests/${id(requestId)}/rating`, body);

/** Internal CSAT per providing department or service, with the number of ratings (ISO days). */
export const internalCsat = async (query: { groupBy: 'department' | 'service'; from?: string; to?: string }): Promise<TInternalCsat[]> =>
  (await api.get<{ data: TInternalCsat[] }>('/internal-requests/csat', { query })).data;

export const getWorkCalendar = (): Promise<TWorkCalendar> => api.get<TWorkCalendar>('/work-calendar');

export const saveWorkCalendar = (body: TUpdateWorkCalendar): Promise<TWorkCalendar> =>
  api.put<TWorkCalendar>('/work-calendar', body);
