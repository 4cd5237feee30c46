import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateEmployee, TEmployee, TUpdateEmployee } from '../../common/types';
import { useRefreshInternal } from '../../common/useRefresh';
import { useSession } from '../../../auth';
import {
  createEmployee,
  deleteEmployee,
  getEmployee,
  getLinkedPerson,
  listAllEmployees,
  listEmployees,
  turnoverReport,
  updateEmployee,
  type EmployeeListQuery,
} from '../api/employeesApi';

const employeeKey = (id: string) => ['internal', 'employees', 'one', id] as const;

/** The directory, page after page by cursor; the previous rows stay while a new filter loads. */
export function useEmployeeList(query: EmployeeListQuery) {
  return useInfiniteQuery({
    queryKey: ['internal', 'employees', 'list', query],
    queryFn: ({ pageParam }) => listEmployees(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Everyone, for pickers (manager, head, assignee) and name look-ups. */
export function useAllEmployees() {
  return useQuery({ queryKey: ['internal', 'employees', 'all'], queryFn: listAllEmployees, staleTime: 5 * 60_000 });
}

/**
 * The signed-in user's own employee record, if HR linked their account: it makes them a requester,
 * a rater and a buyer with discounts. (The API has no "me" look-up, so it is found among everyone.)
 */
export function useMyEmployee(): { isPending: boolean; employee: TEmployee | null } {
  const session = useSession();
  const all = useAllEmployees();
  return { isPending: all.isPending, employee: all.data?.find((e) => e.userId === session.user.id) ?? null };
}

export function useEmployee(id: string) {
  return useQuery({ queryKey: employeeKey(id), queryFn: () => getEmployee(id) });
}

export function useTurnover(query: { from: string; to: string; departmentId?: string }) {
  return useQuery({ queryKey: ['internal', 'turnover', query], queryFn: () => turnoverReport(query), placeholderData: keepPreviousData });
}

function useRefreshEmployee() {
  const queryClient = useQueryClient();
  const refresh = useRefreshInternal();
  return (employee?: TEmployee) => {
    if (employee) queryClient.setQueryData(employeeKey(employee.id), employee);
    refresh();
  };
}

export function useCreateEmployee() {
  const refresh = useRefreshEmployee();
  return useMutation({ mutationFn: (body: TCreateEmployee) => createEmployee(body), onSuccess: refresh });
}

export function useUpdateEmployee() {
  const refresh = useRefreshEmployee();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateEmployee }) => updateEmployee(id, body),
    onSuccess: refresh,
  });
}

export function useDeleteEmployee() {
  const refresh = useRefreshEmployee();
  return useMutation({ mutationFn: (id: string) => deleteEmployee(id), onSuccess: () => refresh() });
}

export function useLinkedPerson(personId: string | null) {
  return useQuery({
    queryKey: ['internal', 'person', personId],
    queryFn: () => getLinkedPerson(personId ?? ''),
    enabled: personId !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
