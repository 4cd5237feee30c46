import { createRoute, useNavigate } from '@tanstack/react-router';
import {
  BenefitsPage,
  DepartmentPage,
  EmployeePage,
  EmployeesPage,
  InternalOverviewPage,
  PurchasesPage,
  ReferralsPage,
  RequestPage,
  RequestsPage,
  ServiceCatalogPage,
  ServiceEditorPage,
  TurnoverPage,
  WorkCalendarPage,
  parseDepartmentFilter,
  parseEmployeeTab,
  parseEmployeesSearch,
  parseRequestsSearch,
  parseTurnoverSearch,
  turnoverPeriod,
} from '../modules/internal';
import { appRoute } from './app';

/** Nội bộ: the organization and how departments serve one another. */
export const internalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal',
  component: InternalOverviewPage,
});

export const departmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/departments/$departmentId',
  component: function DepartmentRoute() {
    const { departmentId } = departmentRoute.useParams();
    return <DepartmentPage key={departmentId} departmentId={departmentId} />;
  },
});

export const employeesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/employees',
  validateSearch: parseEmployeesSearch,
  component: function EmployeesRoute() {
    const search = employeesRoute.useSearch();
    const navigate = useNavigate();
    return <EmployeesPage search={search} onSearchChange={(next) => void navigate({ to: '/internal/employees', search: next, replace: true })} />;
  },
});

export const employeeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/employees/$employeeId',
  validateSearch: parseEmployeeTab,
  component: function EmployeeRoute() {
    const { employeeId } = employeeRoute.useParams();
    const { tab } = employeeRoute.useSearch();
    const navigate = useNavigate();
    return (
      <EmployeePage
        key={employeeId}
        employeeId={employeeId}
        tab={tab}
        onTabChange={(next) => void navigate({ to: '/internal/employees/$employeeId', params: { employeeId }, search: next === 'profile' ? {} : { tab: next }, replace: true })}
      />
    );
  },
});

export const turnoverRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/turnover',
  validateSearch: parseTurnoverSearch,
  component: function TurnoverRoute() {
    const search = turnoverRoute.useSearch();
    const navigate = useNavigate();
    return (
      <TurnoverPage
        period={turnoverPeriod(search)}
        departmentId={search.departmentId}
        onChange={({ period, departmentId }) => void navigate({ to: '/internal/turnover', search: { ...period, ...(departmentId ? { departmentId } : {}) }, replace: true })}
      />
    );
  },
});

/** Benefits and policies (insurance, allowances, the employee discount): part of HR, next to the employees. */
export const benefitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/benefits',
  component: BenefitsPage,
});

export const servicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/services',
  validateSearch: parseDepartmentFilter,
  component: function ServicesRoute() {
    const { departmentId } = servicesRoute.useSearch();
    const navigate = useNavigate();
    return (
      <ServiceCatalogPage
        departmentId={departmentId}
        onDepartmentChange={(next) => void navigate({ to: '/internal/services', search: next ? { departmentId: next } : {}, replace: true })}
      />
    );
  },
});

export const newServiceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/services/new',
  validateSearch: parseDepartmentFilter,
  component: function NewServiceRoute() {
    const { departmentId } = newServiceRoute.useSearch();
    return <ServiceEditorPage serviceId={null} departmentId={departmentId} />;
  },
});

export const editServiceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/services/$serviceId/edit',
  component: function EditServiceRoute() {
    const { serviceId } = editServiceRoute.useParams();
    return <ServiceEditorPage key={serviceId} serviceId={serviceId} />;
  },
});

export const workCalendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/calendar',
  component: WorkCalendarPage,
});

export const requestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/requests',
  validateSearch: parseRequestsSearch,
  component: function RequestsRoute() {
    const search = requestsRoute.useSearch();
    const navigate = useNavigate();
    return <RequestsPage search={search} onSearchChange={(next) => void navigate({ to: '/internal/requests', search: parseRequestsSearch(next), replace: true })} />;
  },
});

export const requestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/requests/$requestId',
  component: function RequestRoute() {
    const { requestId } = requestRoute.useParams();
    return <RequestPage key={requestId} requestId={requestId} />;
  },
});

export const purchasesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/purchases',
  component: PurchasesPage,
});

export const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal/referrals',
  component: ReferralsPage,
});

/** Every signed-in page of the internal area, for the route tree. */
export const internalRoutes = [
  internalRoute,
  departmentRoute,
  employeesRoute,
  employeeRoute,
  turnoverRoute,
  benefitsRoute,
  servicesRoute,
  newServiceRoute,
  editServiceRoute,
  workCalendarRoute,
  requestsRoute,
  requestRoute,
  purchasesRoute,
  referralsRoute,
] as const;
