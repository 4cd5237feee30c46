import type { TAssignBenefitRequest, TBenefit, TCreateBenefitRequest, TEmployeeBenefit, TUpdateBenefitRequest } from '@tandem/shared';
import { api } from '../../../../api/client';

// Benefits and policies. Amounts come back only for HR and the owner (`hr.sensitive`); everyone else
// gets `null` with `amountHidden`.

const id = (value: string) => encodeURIComponent(value);

export const listBenefits = async (includeArchived: boolean): Promise<TBenefit[]> =>
  (await api.get<{ data: TBenefit[] }>(`/benefits${includeArchived ? '?includeArchived=true' : ''}`)).data;

export const createBenefit = (body: TCreateBenefitRequest): Promise<TBenefit> => api.post<TBenefit>('/benefits', body);

export const updateBenefit = (benefitId: string, body: TUpdateBenefitRequest): Promise<TBenefit> => api.patch<TBenefit>(`/benefits/${id(benefitId)}`, body);

export const deleteBenefit = (benefitId: string): Promise<void> => api.delete(`/benefits/${id(benefitId)}`);

export const listBenefitHolders = async (benefitId: string): Promise<TEmployeeBenefit[]> =>
  (await api.get<{ data: TEmployeeBenefit[] }>(`/benefits/${id(benefitId)}/holders`)).data;

export const listEmployeeBenefits = async (employeeId: string): Promise<TEmployeeBenefit[]> =>
  (await api.get<{ data: TEmployeeBenefit[] }>(`/employees/${id(employeeId)}/benefits`)).data;

export const assignBenefit = (employeeId: string, body: TAssignBenefitRequest): Promise<TEmployeeBenefit> =>
  api.post<TEmployeeBenefit>(`/employees/${id(employeeId)}/benefits`, body);

export const updateEmployeeBenefit = (employeeId: string, assignmentId: string, body: Omit<Partial<TAssignBenefitRequest>, 'benefitId'>): Promise<TEmployeeBenefit> =>
  api.patch<TEmployeeBenefit>(`/employees/${id(employeeId)}/benefits/${id(assignmentId)}`, body);

export const endEmployeeBenefit = (employeeId: string, assignmentId: string, endDate: string): Promise<TEmployeeBenefit> =>
  api.post<TEmployeeBenefit>(`/employees/${id(employeeId)}/benefits/${id(assignmentId)}/end`, { endDate });

export const deleteEmployeeBenefit = (employeeId: string, assignmentId: string): Promise<void> => api.delete(`/employees/${id(employeeId)}/benefits/${id(assignmentId)}`);
