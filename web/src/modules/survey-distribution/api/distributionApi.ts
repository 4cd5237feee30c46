import type { TSurveyCampaign } from '@tandem/shared';
import { SURVEY_TRIGGER_EVENTS } from '@tandem/shared';
import { api } from '../../../api/client';

export type SurveyTriggerEvent = (typeof SURVEY_TRIGGER_EVENTS)[number];
export type SurveyTrigger = { id: string; event: SurveyTriggerEvent; delayMinutes: number; active: boolean };
export type SurveyTriggerInput = Omit<SurveyTrigger, 'id'>;
export type DistributionSettings = { contactFrequencyDays: number; sendsPerMinute: number };

const base = (id: string) => `/surveys/${encodeURIComponent(id)}`;

/** `POST /surveys/:id/send`: starts an e-mail campaign (202 with its first counts). */
export const sendSurvey = (id: string, reminderAfterDays: number | null): Promise<TSurveyCampaign> => api.post<TSurveyCampaign>(`${base(id)}/send`, { reminderAfterDays });
export const listCampaigns = (id: string): Promise<{ data: TSurveyCampaign[] }> => api.get(`${base(id)}/campaigns`);
export const getTriggers = (id: string): Promise<{ triggers: SurveyTrigger[] }> => api.get(`${base(id)}/triggers`);
export const putTriggers = (id: string, triggers: SurveyTriggerInput[]): Promise<{ triggers: SurveyTrigger[] }> => api.put(`${base(id)}/triggers`, { triggers });
export const getDistributionSettings = (): Promise<DistributionSettings> => api.get('/survey-distribution/settings');
export const patchDistributionSettings = (body: Partial<DistributionSettings>): Promise<DistributionSettings> => api.patch('/survey-distribution/settings', body);
