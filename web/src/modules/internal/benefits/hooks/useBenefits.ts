import type { TAssignBenefitRequest, TCreateBenefitRequest, TUpdateBenefitRequest } from '@tandem/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRefreshInternal } from '../../common/useRefresh';
import {
  assignBenefit,
  createBenefit,
  deleteBenefit,
  deleteEmployeeBenefit,
  endEmployeeBenefit,
  listBenefitHolders,
  listBenefits,
  listEmployeeBenefits,
  updateBenefit,
  updateEmployeeBenefit,
} from '../api/benefitsApi';

export function useBenefits(includeArchived = false) {
  return useQuery({ queryKey: ['internal', 'benefits', { includeArchived }], queryFn: () => listBenefits(includeArchived) });
}

export function useBenefitHolders(benefitId: string | null) {
  return useQuery({ queryKey: ['internal', 'benefits', 'holders', benefitId], queryFn: () => listBenefitHolders(benefitId!), enabled: benefitId !== null });
}

export function useEmployeeBenefits(employeeId: string) {
  return useQuery({ queryKey: ['internal', 'benefits', 'employee', employeeId], queryFn: () => listEmployeeBenefits(employeeId) });
}

export function useSaveBenefit() {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: ({ benefitId, body }: { benefitId: string | null; body: TCreateBenefitRequest & TUpdateBenefitRequest }) =>
      benefitId ? updateBenefit(benefitId, body) : createBenefit(body),
    onSuccess: refresh,
  });
}

export function useArchiveBenefit() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: ({ benefitId, archived }: { benefitId: string; archived: boolean }) => updateBenefit(benefitId, { archived }), onSuccess: refresh });
}

export function useDeleteBenefit() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: (benefitId: string) => deleteBenefit(benefitId), onSuccess: refresh });
}

export function useSaveEmployeeBenefit(employeeId: string) {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string | null; body: TAssignBenefitRequest }) => {
      if (!assignmentId) return assignBenefit(employeeId, body);
      const { benefitId: _unused, ...changes } = body;
      return updateEmployeeBenefit(employeeId, assignmentId, changes);
    },
    onSuccess: refresh,
  });
}

export function useEndEmployeeBenefit(employeeId: string) {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: ({ assignmentId, endDate }: { assignmentId: string; endDate: string }) => endEmployeeBenefit(employeeId, assignmentId, endDate), onSuccess: refresh });
}

export function useDeleteEmployeeBenefit(employeeId: string) {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: (assignmentId: string) => deleteEmployeeBenefit(employeeId, assignmentId), onSuccess: refresh });
}
