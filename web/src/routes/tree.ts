import { appRoute } from './app';
import { analyticsRoute, feedbackRoute } from './areas';
import { interactionRecordsRoute, workRoute, workloadRoute } from './work';
import { carePlansRoute, customersRoute, importRoute, organizationRoute, organizationsRoute, peopleRoute, personRoute } from './customers';
import { homeRoute } from './home';
import { internalRoutes } from './internal';
import { referralLandingRoute } from './internalPublic';
import { inviteRoute } from './invite';
import { rootRoute } from './root';
import { settingsRoute } from './settings';
import { signInRoute } from './signIn';

export const routeTree = rootRoute.addChildren([
  signInRoute,
  inviteRoute,
  referralLandingRoute,
  appRoute.addChildren([
    homeRoute,
    customersRoute,
    peopleRoute,
    personRoute,
    organizationsRoute,
    organizationRoute,
    importRoute,
    carePlansRoute,
    ...internalRoutes,
    workRoute,
    workloadRoute,
    interactionRecordsRoute,
    feedbackRoute,
    analyticsRoute,
    settingsRoute,
  ]),
]);
