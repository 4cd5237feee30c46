import type { TMember, TUpdateMemberRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';

export const MEMBERS_PAGE_SIZE = 50;

export const listMembers = (cursor: string | undefined): Promise<Page<TMember>> =>
  api.get<Page<TMember>>('/members', { query: { limit: MEMBERS_PAGE_SIZE, cursor } });

export const updateMember = (id: string, body: TUpdateMemberRequest): Promise<TMember> =>
  api.patch<TMember>(`/members/${encodeURIComponent(id)}`, body);

export const removeMember = (id: string): Promise<void> => api.delete(`/members/${encodeURIComponent(id)}`);

/** Every member at once (a workspace of an SME has far fewer than 200), for pickers and name look-ups. */
export const listAllMembers = async (): Promise<TMember[]> => {
  const all: TMember[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<TMember>>('/members', { query: { limit: 200, cursor } });
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
};
