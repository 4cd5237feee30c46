import { createRoute, useNavigate } from '@tanstack/react-router';
import { SettingsPage, isSettingsTab, type SettingsTab } from '../modules/settings';
import { appRoute } from './app';

export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  validateSearch: (search: Record<string, unknown>): { tab?: SettingsTab } =>
    isSettingsTab(search.tab) ? { tab: search.tab } : {},
  component: SettingsRoute,
});

function SettingsRoute() {
  const { tab } = settingsRoute.useSearch();
  const navigate = useNavigate();
  return (
    <SettingsPage tab={tab} onTabChange={(next) => void navigate({ to: '/settings', search: { tab: next }, replace: true })} />
  );
}
