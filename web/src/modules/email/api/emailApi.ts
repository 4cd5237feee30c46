import type { EmailStatus, TEmailMessage, TEmailSettings, TEmailTemplate, TCreateEmailTemplateRequest, TSendEmailRequest, TTimelineItem, TUpdateEmailSettingsRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export type EmailSettingsInput = TUpdateEmailSettingsRequest;
export type EmailTemplateInput = TCreateEmailTemplateRequest;
export type SendEmailInput = TSendEmailRequest;

export const getEmailSettings = (): Promise<TEmailSettings> => api.get<TEmailSettings>('/email/settings');
export const saveEmailSettings = (body: EmailSettingsInput): Promise<TEmailSettings> => api.put<TEmailSettings>('/email/settings', body);
export const deleteEmailSettings = (): Promise<void> => api.delete('/email/settings');
export const testEmailSettings = (to: string) => api.post<{ ok: true; messageId: string | null; response: string }>('/email/settings/test', { to });

export const listEmailTemplates = (): Promise<Page<TEmailTemplate>> => api.get<Page<TEmailTemplate>>('/email/templates');
export const createEmailTemplate = (body: EmailTemplateInput): Promise<TEmailTemplate> => api.post<TEmailTemplate>('/email/templates', body);
export const updateEmailTemplate = (id: string, body: Partial<EmailTemplateInput>): Promise<TEmailTemplate> =>
  api.patch<TEmailTemplate>(`/email/templates/${encodeURIComponent(id)}`, body);
export const deleteEmailTemplate = (id: string): Promise<void> => api.delete(`/email/templates/${encodeURIComponent(id)}`);

export const sendEmail = (body: SendEmailInput): Promise<{ data: TEmailMessage[] }> => api.post<{ data: TEmailMessage[] }>('/email/send', body);
export const listEmailMessages = (filters: { status?: EmailStatus; personId?: string }, cursor?: string): Promise<Page<TEmailMessage>> =>
  api.get<Page<TEmailMessage>>('/email/messages', { query: { limit: 50, cursor, ...filters } });
export const retryEmailMessage = (id: string): Promise<TEmailMessage> => api.post<TEmailMessage>(`/email/messages/${encodeURIComponent(id)}/retry`);

/** The e-mail items of a person's timeline (the server's `email` branch). */
export const personEmailTimeline = (personId: string, cursor?: string): Promise<Page<TTimelineItem>> =>
  api.get<Page<TTimelineItem>>('/timeline', { query: { personId, kinds: 'email', limit: 50, cursor } });
