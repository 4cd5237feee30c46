import { appRoute } from './app';
import { analyticsRoute, customersRoute, feedbackRoute, internalRoute, workRoute } from './areas';
import { homeRoute } from './home';
import { inviteRoute } from './invite';
import { rootRoute } from './root';
import { settingsRoute } from './settings';
import { signInRoute } from './signIn';

export const routeTree = rootRoute.addChildren([
  signInRoute,
  inviteRoute,
  appRoute.addChildren([
    homeRoute,
    customersRoute,
    internalRoute,
    workRoute,
    feedbackRoute,
    analyticsRoute,
    settingsRoute,
  ]),
]);
