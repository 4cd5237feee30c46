import type { TSearchHit } from '@tandem/shared';
import { api } from '../../../api/client';

export type SearchKind = TSearchHit['kind'];

/** People and organizations by name, phone, e-mail or tax code — accents, spacing and one typo forgiven — best first. */
export const searchCustomers = async (q: string, options: { kind?: SearchKind; limit?: number; signal?: AbortSignal } = {}): Promise<TSearchHit[]> =>
  (await api.get<{ data: TSearchHit[] }>('/search', { query: { q, kind: options.kind, limit: options.limit ?? 10 }, signal: options.signal })).data;
