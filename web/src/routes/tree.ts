import { appRoute } from './app';
import { analyticsRoute, feedbackRoute } from './areas';
import { interactionRecordsRoute, workRoute, workloadRoute } from './work';
import { carePlansRoute, customersRoute, importRoute, organizationRoute, organizationsRoute, peopleRoute, personRoute } from './customers';
import { homeRoute } from './home';
import { emailMessagesRoute, emailTemplatesRoute } from './email';
import { internalRoutes } from './internal';
import { referralLandingRoute } from './internalPublic';
import { inviteRoute } from './invite';
import { rootRoute } from './root';
import { settingsRoute } from './settings';
import { signInRoute } from './signIn';
import { surveyResultsRoute, surveyRoute, surveysRoute } from './surveys';

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
    emailMessagesRoute,
    emailTemplatesRoute,
    carePlansRoute,
    ...internalRoutes,
    workRoute,
    workloadRoute,
    interactionRecordsRoute,
    surveysRoute,
    surveyRoute,
    surveyResultsRoute,
    feedbackRoute,
    analyticsRoute,
    settingsRoute,
  ]),
]);
