export { OrganizationsListPage } from './components/OrganizationsListPage';
export { OrganizationPage } from './components/OrganizationPage';
export { OrganizationSelect } from './components/OrganizationSelect';
export { ORGANIZATIONS_LIST } from './organizationsList';
