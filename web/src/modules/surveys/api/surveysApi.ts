import type { TSurvey, TSurveyQuestion, TSurveyResults, TUpdateSurveyRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export type SurveyTemplate = Omit<TSurvey, 'id' | 'status' | 'publicId' | 'publicUrl' | 'recipientCount' | 'responseCount' | 'createdAt' | 'updatedAt' | 'productId' | 'metricQuestionId' | 'name'> & {
  id: string;
  name: { vi: string; en: string };
  questions: TSurveyQuestion[];
};

export type ResultsFilters = { from?: string; to?: string; groupBy?: 'week' | 'month'; segment?: string; departmentId?: string; channel?: string };

export const listSurveys = (cursor?: string): Promise<Page<TSurvey>> => api.get<Page<TSurvey>>('/surveys', { query: { limit: 50, cursor } });
export const listTemplates = (): Promise<{ data: SurveyTemplate[] }> => api.get('/surveys/templates');
export const getSurvey = (id: string): Promise<TSurvey> => api.get<TSurvey>(`/surveys/${encodeURIComponent(id)}`);
export const createSurvey = (body: { name: string; template?: string; kind?: string }): Promise<TSurvey> => api.post<TSurvey>('/surveys', body);
export const updateSurvey = (id: string, body: TUpdateSurveyRequest): Promise<TSurvey> => api.patch<TSurvey>(`/surveys/${encodeURIComponent(id)}`, body);
export const deleteSurvey = (id: string): Promise<void> => api.delete(`/surveys/${encodeURIComponent(id)}`);
export const getResults = (id: string, filters: ResultsFilters): Promise<TSurveyResults> => api.get<TSurveyResults>(`/surveys/${encodeURIComponent(id)}/results`, { query: filters });
export const issueAudienceLinks = (id: string): Promise<{ issued: number }> => api.post(`/surveys/${encodeURIComponent(id)}/links`, { audience: true });
export const getSurveySettings = (): Promise<{ anonymityThreshold: number }> => api.get('/surveys/settings');
export const putSurveySettings = (anonymityThreshold: number): Promise<{ anonymityThreshold: number }> => api.put('/surveys/settings', { anonymityThreshold });
