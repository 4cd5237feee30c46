import { useMutation, useQuery } from '@tanstack/react-query';
import type { TCreateContract } from '../../common/types';
import { useRefreshInternal } from '../../common/useRefresh';
import { createContract, listContracts, listDocuments, updateContract, uploadDocument } from '../api/hrApi';

/** Contracts with salary: only asked for when the role may see them (`hr.sensitive`). */
export function useContracts(employeeId: string, enabled: boolean) {
  return useQuery({ queryKey: ['internal', 'hr', 'contracts', employeeId], queryFn: () => listContracts(employeeId), enabled });
}

export function useDocuments(employeeId: string, enabled: boolean) {
  return useQuery({ queryKey: ['internal', 'hr', 'documents', employeeId], queryFn: () => listDocuments(employeeId), enabled });
}

export function useSaveContract(employeeId: string) {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: ({ contractId, body }: { contractId: string | null; body: TCreateContract }) =>
      contractId ? updateContract(employeeId, contractId, body) : createContract(employeeId, body),
    onSuccess: refresh,
  });
}

export function useUploadDocument(employeeId: string) {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: (input: { file: File; title: string; kind: string | null }) => uploadDocument(employeeId, input),
    onSuccess: refresh,
  });
}
