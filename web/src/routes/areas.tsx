import { createRoute } from '@tanstack/react-router';
import { ComingSoonPage } from '../modules/shell';
import { appRoute } from './app';

export const customersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers',
  component: () => <ComingSoonPage area="customers" />,
});

export const internalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/internal',
  component: () => <ComingSoonPage area="internal" />,
});

export const workRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work',
  component: () => <ComingSoonPage area="work" />,
});

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
