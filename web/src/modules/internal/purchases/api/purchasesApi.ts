import { api } from '../../../../api/client';
import type { TCreateDiscountPolicy, TDiscountPolicy, TDiscountUsage, TUpdateDiscountPolicy } from '../../common/types';

export const listPolicies = async (): Promise<TDiscountPolicy[]> => (await api.get<{ data: TDiscountPolicy[] }>('/discount-policies')).data;

export const createPolicy = (body: TCreateDiscountPolicy): Promise<TDiscountPolicy> => api.post<TDiscountPolicy>('/discount-policies', body);

export const updatePolicy = (policyId: string, body: TUpdateDiscountPolicy): Promise<TDiscountPolicy> =>
  api.patch<TDiscountPolicy>(`/discount-policies/${encodeURIComponent(policyId)}`, body);

/** Discount used and left per active policy in its current period: mine, or an employee's for HR. */
export const discountUsage = async (employeeId?: string): Promise<TDiscountUsage[]> =>
  (await api.get<{ data: TDiscountUsage[] }>('/discount-policies/usage', { query: { employeeId } })).data;

/** Product categories, for the policy editor (products themselves belong to the sales area). */
export const listProductCategories = async (): Promise<string[]> => {
  const products = (await api.get<{ data: { category: string }[] }>('/products')).data;
  return [...new Set(products.map((p) => p.category))].sort((a, b) => a.localeCompare(b, 'vi'));
};
