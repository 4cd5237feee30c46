import type { TApiKey, TCreateApiKeyRequest, TCreateApiKeyResponse } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export const listApiKeys = (cursor: string | undefined): Promise<Page<TApiKey>> =>
  api.get<Page<TApiKey>>('/api-keys', { query: { limit: 50, cursor } });

/** The response holds the secret key; it is never returned again. */
export const createApiKey = (body: TCreateApiKeyRequest): Promise<TCreateApiKeyResponse> =>
  api.post<TCreateApiKeyResponse>('/api-keys', body);

export const revokeApiKey = (id: string): Promise<void> => api.delete(`/api-keys/${encodeURIComponent(id)}`);
