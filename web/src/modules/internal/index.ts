// The internal-customers area: departments, employees and HR, the service desk between departments,
// employee purchases and referrals, and the public referral page.
export { InternalOverviewPage } from './departments/components/InternalOverviewPage';
export { DepartmentPage } from './departments/components/DepartmentPage';
export { EmployeesPage } from './employees/components/EmployeesPage';
export { EmployeePage } from './employees/components/EmployeePage';
export { TurnoverPage } from './employees/components/TurnoverPage';
export { BenefitsPage } from './benefits/components/BenefitsPage';
export { ServiceCatalogPage } from './service-desk/components/ServiceCatalogPage';
export { ServiceEditorPage } from './service-desk/components/ServiceEditorPage';
export { RequestsPage } from './service-desk/components/RequestsPage';
export { RequestPage } from './service-desk/components/RequestPage';
export { WorkCalendarPage } from './service-desk/components/WorkCalendarPage';
export { PurchasesPage } from './purchases/components/PurchasesPage';
export { ReferralsPage } from './referrals/components/ReferralsPage';
export { ReferralLandingPage } from './referrals/components/ReferralLandingPage';
export {
  parseDepartmentFilter,
  parseEmployeeTab,
  parseEmployeesSearch,
  parseRequestsSearch,
  parseTurnoverSearch,
  turnoverPeriod,
  type DepartmentFilter,
  type EmployeeTab,
  type EmployeesSearch,
  type RequestsSearch,
  type TurnoverSearch,
} from './searchParams';
