import type { TInteraction, TWorkloadReport } from '@tandem/shared';
import { api, apiUrl, type Page } from '../../../api/client';

export type WorkloadQuery = { from: string; to: string; groupBy: 'employee' | 'team'; departmentId?: string };

export const getWorkload = (q: WorkloadQuery): Promise<TWorkloadReport> => api.get<TWorkloadReport>('/reports/workload', { query: q });
export const workloadExportUrl = (q: WorkloadQuery, format: 'csv' | 'xlsx'): string => apiUrl('/reports/workload/export', { ...q, format });

export type InteractionFilters = { userId?: string; departmentId?: string; from?: string; to?: string };
export const listInteractions = (filters: InteractionFilters, cursor?: string): Promise<Page<TInteraction>> =>
  api.get<Page<TInteraction>>('/interactions', { query: { limit: 50, cursor, ...filters } });
