import { createRoute, redirect, useNavigate } from '@tanstack/react-router';
import { parseListSearch, type ListSearch } from '../modules/customers';
import { ImportPage } from '../modules/imports';
import { ORGANIZATIONS_LIST, OrganizationPage, OrganizationsListPage } from '../modules/organizations';
import { PEOPLE_LIST, PeopleListPage, PersonPage } from '../modules/people';
import { CarePlansPage } from '../modules/care-plans';
import { appRoute } from './app';

/** Khách hàng opens on the people list. */
export const customersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers',
  beforeLoad: () => {
    throw redirect({ to: '/customers/people', replace: true });
  },
});

export const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/people',
  validateSearch: (search: Record<string, unknown>): ListSearch => parseListSearch(search, PEOPLE_LIST),
  component: PeopleRoute,
});

function PeopleRoute() {
  const search = peopleRoute.useSearch();
  const navigate = useNavigate();
  return <PeopleListPage search={search} onSearchChange={(next) => void navigate({ to: '/customers/people', search: next, replace: true })} />;
}

export const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/people/$personId',
  component: function PersonRoute() {
    const { personId } = personRoute.useParams();
    return <PersonPage key={personId} personId={personId} />;
  },
});

export const organizationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/organizations',
  validateSearch: (search: Record<string, unknown>): ListSearch => parseListSearch(search, ORGANIZATIONS_LIST),
  component: OrganizationsRoute,
});

function OrganizationsRoute() {
  const search = organizationsRoute.useSearch();
  const navigate = useNavigate();
  return (
    <OrganizationsListPage
      search={search}
      onSearchChange={(next) => void navigate({ to: '/customers/organizations', search: next, replace: true })}
    />
  );
}

export const organizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/organizations/$organizationId',
  component: function OrganizationRoute() {
    const { organizationId } = organizationRoute.useParams();
    return <OrganizationPage key={organizationId} organizationId={organizationId} />;
  },
});

export const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/import',
  component: ImportPage,
});

/** Chăm sóc khách hàng: care-plan rules. */
export const carePlansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/care-plans',
  component: CarePlansPage,
});
