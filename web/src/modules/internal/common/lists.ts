import type { ContractType, DiscountPeriod, EmployeeStatus, FieldType, Priority, RequestStatus } from './types';

// The browser bundle takes only types from @tandem/shared (its runtime values would pull zod in), so
// the few lists the screens need are copied here and checked against the shared unions below.

export const EMPLOYEE_STATUSES = ['active', 'on_leave', 'left'] as const satisfies readonly EmployeeStatus[];
export const CONTRACT_TYPES = ['probation', 'fixed_term', 'indefinite', 'seasonal'] as const satisfies readonly ContractType[];
export const REQUEST_STATUSES = ['new', 'in_progress', 'waiting', 'resolved', 'closed'] as const satisfies readonly RequestStatus[];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];
export const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select'] as const satisfies readonly FieldType[];
export const DISCOUNT_PERIODS = ['month', 'quarter', 'year'] as const satisfies readonly DiscountPeriod[];

type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;
// A value added to a shared union and missing above fails the type check here.
export const statusesAreComplete: Exhaustive<EmployeeStatus, (typeof EMPLOYEE_STATUSES)[number]> = true;
export const contractTypesAreComplete: Exhaustive<ContractType, (typeof CONTRACT_TYPES)[number]> = true;
export const requestStatusesAreComplete: Exhaustive<RequestStatus, (typeof REQUEST_STATUSES)[number]> = true;
export const prioritiesAreComplete: Exhaustive<Priority, (typeof PRIORITIES)[number]> = true;
export const fieldTypesAreComplete: Exhaustive<FieldType, (typeof FIELD_TYPES)[number]> = true;
export const periodsAreComplete: Exhaustive<DiscountPeriod, (typeof DISCOUNT_PERIODS)[number]> = true;

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isEmployeeStatus = isOneOf(EMPLOYEE_STATUSES);
export const isContractType = isOneOf(CONTRACT_TYPES);
export const isRequestStatus = isOneOf(REQUEST_STATUSES);
export const isPriority = isOneOf(PRIORITIES);
export const isFieldType = isOneOf(FIELD_TYPES);
export const isDiscountPeriod = isOneOf(DISCOUNT_PERIODS);

/** Status moves the server allows (server/src/modules/service-desk/requests.service.ts). */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['in_progress', 'waiting', 'resolved', 'closed'],
  in_progress: ['waiting', 'resolved', 'closed'],
  waiting: ['in_progress', 'resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

/** Requests still being worked on. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'in_progress', 'waiting'];
