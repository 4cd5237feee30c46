import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateOrganizationRequest, TOrganization, TUpdateOrganizationRequest } from '@tandem/shared';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  restoreOrganization,
  updateOrganization,
  type OrganizationsListQuery,
} from '../api/organizationsApi';

const organizationKey = (id: string) => ['organizations', 'one', id] as const;

export function useOrganizationsList(query: OrganizationsListQuery) {
  return useInfiniteQuery({
    queryKey: ['organizations', 'list', query],
    queryFn: ({ pageParam }) => listOrganizations(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: organizationKey(id), queryFn: () => getOrganization(id) });
}

function useRefreshOrganizations() {
  const queryClient = useQueryClient();
  return (organization?: TOrganization) => {
    if (organization) queryClient.setQueryData(organizationKey(organization.id), organization);
    void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    void queryClient.invalidateQueries({ queryKey: ['events'] });
    // People pages show the names of their organizations.
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

export function useCreateOrganization() {
  const refresh = useRefreshOrganizations();
  return useMutation({ mutationFn: (body: TCreateOrganizationRequest) => createOrganization(body), onSuccess: refresh });
}

export function useUpdateOrganization() {
  const refresh = useRefreshOrganizations();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateOrganizationRequest }) => updateOrganization(id, body),
    onSuccess: refresh,
  });
}

export function useDeleteOrganization() {
  const refresh = useRefreshOrganizations();
  return useMutation({ mutationFn: (id: string) => deleteOrganization(id), onSuccess: () => refresh() });
}

export function useRestoreOrganization() {
  const refresh = useRefreshOrganizations();
  return useMutation({ mutationFn: (id: string) => restoreOrganization(id), onSuccess: refresh });
}
