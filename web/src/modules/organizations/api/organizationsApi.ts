import type { TCreateOrganizationRequest, TOrganization, TOrganizationRow, TUpdateOrganizationRequest } from '@tandem/shared';
import { api, type Page } from '../../../api/client';
import { filterParam, type Filter } from '../../customers';

export const ORGANIZATIONS_PAGE_SIZE = 50;

export type OrganizationsListQuery = { filter: Filter; sort: string; trash: boolean };

export const listOrganizations = (query: OrganizationsListQuery, cursor: string | undefined): Promise<Page<TOrganizationRow>> =>
  api.get<Page<TOrganizationRow>>('/organizations', {
    query: {
      limit: ORGANIZATIONS_PAGE_SIZE,
      cursor,
      sort: query.sort,
      filter: filterParam(query.filter),
      deleted: query.trash ? 'true' : undefined,
    },
  });

/** An organization with the people who work there. */
export const getOrganization = (id: string): Promise<TOrganization> => api.get<TOrganization>(`/organizations/${encodeURIComponent(id)}`);

export const createOrganization = (body: TCreateOrganizationRequest): Promise<TOrganization> => api.post<TOrganization>('/organizations', body);

export const updateOrganization = (id: string, body: TUpdateOrganizationRequest): Promise<TOrganization> =>
  api.patch<TOrganization>(`/organizations/${encodeURIComponent(id)}`, body);

export const deleteOrganization = (id: string): Promise<void> => api.delete(`/organizations/${encodeURIComponent(id)}`);

export const restoreOrganization = (id: string): Promise<TOrganization> =>
  api.post<TOrganization>(`/organizations/${encodeURIComponent(id)}/restore`);
