import type { TCreateFeedbackRequest, TFeedback, TFeedbackReplyRequest, TLoopMetrics, TProductPhases, TUpdateFeedbackRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export type FeedbackFilters = {
  status?: string;
  sentiment?: string;
  source?: string;
  tag?: string;
  owner?: string;
  productId?: string;
  from?: string;
  to?: string;
};
export type ProductOption = { id: string; name: string; launchDate: string | null };

export const listFeedback = (filters: FeedbackFilters, cursor?: string): Promise<Page<TFeedback>> => api.get<Page<TFeedback>>('/feedback', { query: { limit: 30, cursor, ...filters } });
export const getFeedback = (id: string): Promise<TFeedback> => api.get<TFeedback>(`/feedback/${encodeURIComponent(id)}`);
export const createFeedback = (body: TCreateFeedbackRequest): Promise<TFeedback> => api.post<TFeedback>('/feedback', body);
export const updateFeedback = (id: string, body: TUpdateFeedbackRequest): Promise<TFeedback> => api.patch<TFeedback>(`/feedback/${encodeURIComponent(id)}`, body);
export const replyToFeedback = (id: string, body: TFeedbackReplyRequest): Promise<TFeedback> => api.post<TFeedback>(`/feedback/${encodeURIComponent(id)}/reply`, body);
export const getLoopMetrics = (from?: string, to?: string): Promise<TLoopMetrics> => api.get<TLoopMetrics>('/feedback/loop-metrics', { query: { from, to } });
export const getProductPhases = (productId: string, earlyDays: number): Promise<TProductPhases> =>
  api.get<TProductPhases>(`/feedback/products/${encodeURIComponent(productId)}/phases`, { query: { earlyDays } });
export const setLaunchDate = (productId: string, launchDate: string | null): Promise<void> => api.put(`/feedback/products/${encodeURIComponent(productId)}/launch-date`, { launchDate });
export const listProducts = async (): Promise<ProductOption[]> => (await api.get<{ data: ProductOption[] }>('/products')).data;
