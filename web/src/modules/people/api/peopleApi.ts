import type {
  TConsentInput,
  TCreatePersonRequest,
  TDuplicateMatch,
  TMergePeopleRequest,
  TPerson,
  TPersonRow,
  TUpdatePersonRequest,
} from '@tandem/shared';
import { api, type Page } from '../../../api/client';
import { filterParam, type Filter } from '../../customers';

export const PEOPLE_PAGE_SIZE = 50;

export type PeopleListQuery = { filter: Filter; sort: string; trash: boolean };

/** One page of people, newest first unless sorted otherwise; never a count, never an offset. */
export const listPeople = (query: PeopleListQuery, cursor: string | undefined): Promise<Page<TPersonRow>> =>
  api.get<Page<TPersonRow>>('/people', {
    query: { limit: PEOPLE_PAGE_SIZE, cursor, sort: query.sort, filter: filterParam(query.filter), deleted: query.trash ? 'true' : undefined },
  });

export const getPerson = (id: string): Promise<TPerson> => api.get<TPerson>(`/people/${encodeURIComponent(id)}`);

/** 409 `conflict` with `duplicates` when a phone or e-mail is already on a record, unless `allowDuplicate`. */
export const createPerson = (body: TCreatePersonRequest): Promise<TPerson> => api.post<TPerson>('/people', body);

export const updatePerson = (id: string, body: TUpdatePersonRequest): Promise<TPerson> =>
  api.patch<TPerson>(`/people/${encodeURIComponent(id)}`, body);

export const deletePerson = (id: string): Promise<void> => api.delete(`/people/${encodeURIComponent(id)}`);

export const restorePerson = (id: string): Promise<TPerson> => api.post<TPerson>(`/people/${encodeURIComponent(id)}/restore`);

export const personDuplicates = async (id: string): Promise<TDuplicateMatch[]> =>
  (await api.get<{ data: TDuplicateMatch[] }>(`/people/${encodeURIComponent(id)}/duplicates`)).data;

/** The target stays; the sources are merged into it and left in the trash, pointing at it. */
export const mergePeople = (body: TMergePeopleRequest): Promise<TPerson> => api.post<TPerson>('/people/merge', body);

/** One recorded consent change: never overwritten, so the history proves what was agreed when. */
export type ConsentRecord = {
  id: string;
  channel: string;
  status: string;
  method: string;
  evidence: string | null;
  recordedAt: string;
  recordedByName: string | null;
};

export const consentHistory = async (id: string): Promise<ConsentRecord[]> =>
  (await api.get<{ data: ConsentRecord[] }>(`/people/${encodeURIComponent(id)}/consents`)).data;

export const recordConsent = (id: string, body: TConsentInput): Promise<TPerson> =>
  api.post<TPerson>(`/people/${encodeURIComponent(id)}/consents`, body);
