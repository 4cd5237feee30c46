import { isEmployeeStatus, isRequestStatus } from './common/lists';
import type { EmployeeStatus, RequestStatus } from './common/types';
import type { Period } from './common/period';
import { presetPeriod } from './common/period';
import { todayInVietnam } from './employees/tenure';

// Address-bar state of the internal pages: what a route accepts from `?…`, anything else dropped.

type Raw = Record<string, unknown>;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
const id = (value: unknown): string | undefined => (typeof value === 'string' && ID.test(value) ? value : undefined);
const day = (value: unknown): string | undefined => (typeof value === 'string' && ISO_DAY.test(value) ? value : undefined);

/** Drops undefined members, so the URL carries no `?status=undefined`. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export type EmployeesSearch = { q?: string; departmentId?: string; status?: EmployeeStatus };

export const parseEmployeesSearch = (raw: Raw): EmployeesSearch =>
  compact({ q: text(raw.q), departmentId: id(raw.departmentId), status: isEmployeeStatus(raw.status) ? raw.status : undefined });

export const EMPLOYEE_TABS = ['profile', 'hr', 'discounts'] as const;
export type EmployeeTab = (typeof EMPLOYEE_TABS)[number];

export const parseEmployeeTab = (raw: Raw): { tab?: EmployeeTab } => {
  const tab = EMPLOYEE_TABS.find((t) => t === raw.tab);
  return tab && tab !== 'profile' ? { tab } : {};
};

export const REQUEST_VIEWS = ['mine', 'assigned', 'department', 'all'] as const;
export type RequestView = (typeof REQUEST_VIEWS)[number];
export type RequestsSearch = { view?: RequestView; departmentId?: string; status?: RequestStatus; breached?: boolean };

export const parseRequestsSearch = (raw: Raw): RequestsSearch =>
  compact({
    view: REQUEST_VIEWS.find((v) => v === raw.view),
    departmentId: id(raw.departmentId),
    status: isRequestStatus(raw.status) ? raw.status : undefined,
    breached: raw.breached === true || raw.breached === 'true' ? true : undefined,
  });

export type DepartmentFilter = { departmentId?: string };

export const parseDepartmentFilter = (raw: Raw): DepartmentFilter => compact({ departmentId: id(raw.departmentId) });

export type TurnoverSearch = { from?: string; to?: string; departmentId?: string };

export const parseTurnoverSearch = (raw: Raw): TurnoverSearch => {
  const from = day(raw.from);
  const to = day(raw.to);
  return compact({ ...(from && to && from <= to ? { from, to } : {}), departmentId: id(raw.departmentId) });
};

/** The report period of a turnover address: this year unless one is given. */
export const turnoverPeriod = (search: TurnoverSearch): Period =>
  search.from && search.to ? { from: search.from, to: search.to } : presetPeriod('thisYear', todayInVietnam());
