import type { TCreateInteractionRequest, TInteraction } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export type InteractionSubject = { personId: string } | { organizationId: string } | { employeeId: string };

export const listInteractions = (subject: InteractionSubject, cursor?: string) =>
  api.get<Page<TInteraction>>('/interactions', { query: { limit: 50, cursor, ...subject } });

export const createInteraction = (body: TCreateInteractionRequest) => api.post<TInteraction>('/interactions', body);

/** Attach one file; answers the interaction with all its attachments. */
export const uploadInteractionFile = (interactionId: string, file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<TInteraction>(`/interactions/${encodeURIComponent(interactionId)}/attachments`, form);
};
