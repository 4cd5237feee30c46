import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage } from '../modules/shell';
import { appRoute } from './app';

export const feedbackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/feedback',
  component: () => <ComingSoonPage area="feedback" />,
});

export const analyticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/analytics',
  component: () => <ComingSoonPage area="analytics" />,
});
