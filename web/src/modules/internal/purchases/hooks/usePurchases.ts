import { useMutation, useQuery } from '@tanstack/react-query';
import type { TCreateDiscountPolicy } from '../../common/types';
import { useRefreshInternal } from '../../common/useRefresh';
import { createPolicy, discountUsage, listPolicies, listProductCategories, updatePolicy } from '../api/purchasesApi';

export function usePolicies() {
  return useQuery({ queryKey: ['internal', 'policies'], queryFn: listPolicies });
}

/** Mine without an id; another employee's needs `purchases.manage`. */
export function useDiscountUsage(employeeId: string | undefined, enabled = true) {
  return useQuery({ queryKey: ['internal', 'usage', employeeId ?? 'me'], queryFn: () => discountUsage(employeeId), enabled });
}

export function useSavePolicy() {
  const refresh = useRefreshInternal();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TCreateDiscountPolicy }) => (id ? updatePolicy(id, body) : createPolicy(body)),
    onSuccess: refresh,
  });
}

export function useSetPolicyActive() {
  const refresh = useRefreshInternal();
  return useMutation({ mutationFn: ({ id, active }: { id: string; active: boolean }) => updatePolicy(id, { active }), onSuccess: refresh });
}

export function useProductCategories(enabled: boolean) {
  return useQuery({ queryKey: ['internal', 'product-categories'], queryFn: listProductCategories, enabled, staleTime: 5 * 60_000 });
}
