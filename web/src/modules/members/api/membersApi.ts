import type { TMember, TUpdateMemberRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export const MEMBERS_PAGE_SIZE = 50;

export const listMembers = (cursor: string | undefined): Promise<Page<TMember>> =>
  api.get<Page<TMember>>('/members', { query: { limit: MEMBERS_PAGE_SIZE, cursor } });

export const updateMember = (id: string, body: TUpdateMemberRequest): Promise<TMember> =>
  api.patch<TMember>(`/members/${encodeURIComponent(id)}`, body);

export const removeMember = (id: string): Promise<void> => api.delete(`/members/${encodeURIComponent(id)}`);
