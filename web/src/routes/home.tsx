import { createRoute } from '@tanstack/react-router';
import { HomePage } from '../modules/home';
import { appRoute } from './app';

export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: HomePage,
});
