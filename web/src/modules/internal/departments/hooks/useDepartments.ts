import { useMutation, useQuery } from '@tanstack/react-query';
import type { TCreateDepartment, TUpdateDepartment } from '../../common/types';
import { useRefreshInternal } from '../../common/useRefresh';
import {
  createDepartment,
  createPosition,
  departmentServiceSummary,
  listDepartments,
  listLocations,
  listPositions,
  updateDepartment,
} from '../api/departmentsApi';

export function useDepartments() {
  return useQuery({ queryKey: ['internal', 'departments'], queryFn: listDepartments, staleTime: 60_000 });
}

export function useDepartmentSummary(departmentId: string, period: { from?: string; to?: string }) {
  return useQuery({
    queryKey: ['internal', 'departments', departmentId, 'summary', period],
    queryFn: () => departmentServiceSummary(departmentId, period),
  });
}

export function usePositions() {
  return useQuery({ queryKey: ['internal', 'positions'], queryFn: listPositions, staleTime: 5 * 60_000 });
}

export function useLocations() {
  return useQuery({ queryKey: ['internal', 'locations'], queryFn: listLocations, staleTime: 5 * 60_000 });
}

export function useCreateDepartment() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: (body: TCreateDepartment) => createDepartment(body), onSuccess: refresh });
}

export function useUpdateDepartment() {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateDepartment }) => updateDepartment(id, body),
    onSuccess: refresh,
  });
}

export function useCreatePosition() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: (title: string) => createPosition(title), onSuccess: refresh });
}
