import { api, type Page } from '../../../../api/client';
import type { EmployeeStatus, TCreateEmployee, TEmployee, TTurnoverRow, TUpdateEmployee } from '../../common/types';

export const EMPLOYEES_PAGE_SIZE = 50;

export type EmployeeListQuery = { q?: string; departmentId?: string; status?: EmployeeStatus };

const id = (value: string) => encodeURIComponent(value);

/** One page of the directory, by name; never a count, never an offset. */
export const listEmployees = (query: EmployeeListQuery, cursor: string | undefined, limit = EMPLOYEES_PAGE_SIZE): Promise<Page<TEmployee>> =>
  api.get<Page<TEmployee>>('/employees', { query: { limit, cursor, q: query.q, departmentId: query.departmentId, status: query.status } });

/** Every employee (an SME has far fewer than a few hundred), for pickers and for finding one's own record. */
export const listAllEmployees = async (): Promise<TEmployee[]> => {
  const all: TEmployee[] = [];
  let cursor: string | undefined;
  do {
    const page = await listEmployees({}, cursor, 200);
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
};

export const getEmployee = (employeeId: string): Promise<TEmployee> => api.get<TEmployee>(`/employees/${id(employeeId)}`);

export const createEmployee = (body: TCreateEmployee): Promise<TEmployee> => api.post<TEmployee>('/employees', body);

export const updateEmployee = (employeeId: string, body: TUpdateEmployee): Promise<TEmployee> =>
  api.patch<TEmployee>(`/employees/${id(employeeId)}`, body);

export const deleteEmployee = (employeeId: string): Promise<void> => api.delete(`/employees/${id(employeeId)}`);

/** Headcount, hires, exits, turnover and tenure per department for [from, to] (ISO days). */
export const turnoverReport = async (query: { from: string; to: string; departmentId?: string }): Promise<TTurnoverRow[]> =>
  (await api.get<{ data: TTurnoverRow[] }>('/employees/turnover', { query })).data;

/** The customer record linked to an employee (the same human as a buyer): its name, for the profile and the form. */
export const getLinkedPerson = async (personId: string): Promise<{ id: string; fullName: string }> => {
  const person = await api.get<{ id: string; fullName: string }>(`/people/${id(personId)}`);
  return { id: person.id, fullName: person.fullName };
};
