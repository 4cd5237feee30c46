import { api } from '../../../../api/client';
import type { TCreateDepartment, TDepartment, TLocation, TPosition, TServiceSummary, TUpdateDepartment } from '../../common/types';

const id = (value: string) => encodeURIComponent(value);

/** Every department (an SME has tens): the screens build the tree from `parentId`. */
export const listDepartments = async (): Promise<TDepartment[]> => (await api.get<{ data: TDepartment[] }>('/departments')).data;

export const getDepartment = (departmentId: string): Promise<TDepartment> => api.get<TDepartment>(`/departments/${id(departmentId)}`);

export const createDepartment = (body: TCreateDepartment): Promise<TDepartment> => api.post<TDepartment>('/departments', body);

export const updateDepartment = (departmentId: string, body: TUpdateDepartment): Promise<TDepartment> =>
  api.patch<TDepartment>(`/departments/${id(departmentId)}`, body);

/** What a department provides (requests, SLA, internal CSAT) and consumes, for a period (ISO days). */
export const departmentServiceSummary = (departmentId: string, period: { from?: string; to?: string }): Promise<TServiceSummary> =>
  api.get<TServiceSummary>(`/departments/${id(departmentId)}/service-summary`, { query: period });

export const listPositions = async (): Promise<TPosition[]> => (await api.get<{ data: TPosition[] }>('/positions')).data;

export const createPosition = (title: string): Promise<TPosition> => api.post<TPosition>('/positions', { title });

export const listLocations = async (): Promise<TLocation[]> => (await api.get<{ data: TLocation[] }>('/locations')).data;
