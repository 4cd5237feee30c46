import type { TCarePlan, TCarePlanPreview, TCarePlanPreviewRequest, TCarePlanRun, TCarePlanRunResult, TCreateCarePlanRequest, TUpdateCarePlanRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export const listCarePlans = (cursor: string | undefined): Promise<Page<TCarePlan>> => api.get<Page<TCarePlan>>('/care-plans', { query: { limit: 50, cursor } });

export const createCarePlan = (body: TCreateCarePlanRequest): Promise<TCarePlan> => api.post<TCarePlan>('/care-plans', body);

export const updateCarePlan = (id: string, body: TUpdateCarePlanRequest): Promise<TCarePlan> => api.patch<TCarePlan>(`/care-plans/${encodeURIComponent(id)}`, body);

export const deleteCarePlan = (id: string): Promise<void> => api.delete(`/care-plans/${encodeURIComponent(id)}`);

/** How many people a rule being written would act on now. */
export const previewCarePlan = (body: TCarePlanPreviewRequest): Promise<TCarePlanPreview> => api.post<TCarePlanPreview>('/care-plans/preview', body);

/** How many people a saved rule would act on now (not those it already acted on). */
export const previewSavedCarePlan = (id: string): Promise<TCarePlanPreview> => api.post<TCarePlanPreview>(`/care-plans/${encodeURIComponent(id)}/preview`, {});

export const runCarePlans = (id?: string): Promise<TCarePlanRunResult> => api.post<TCarePlanRunResult>('/care-plans/run', id ? { id } : {});

export const listCarePlanRuns = (id: string, cursor: string | undefined): Promise<Page<TCarePlanRun>> =>
  api.get<Page<TCarePlanRun>>(`/care-plans/${encodeURIComponent(id)}/runs`, { query: { limit: 20, cursor } });
