import {
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconHome2,
  IconMessageCircle2,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';

/** Areas of the product that are not built yet and show a preview instead. */
export const UPCOMING_AREAS = ['analytics'] as const;
export type UpcomingArea = (typeof UPCOMING_AREAS)[number];

export type NavKey = 'home' | 'customers' | 'internal' | 'work' | 'surveys' | 'feedback' | UpcomingArea | 'settings';

export type NavItem = {
  key: NavKey;
  to: '/' | '/customers' | '/internal' | '/work' | '/surveys' | '/feedback' | '/analytics' | '/settings';
  icon: typeof IconHome2;
};

/** The main navigation, in the order of the service-profit chain: customers, people, work, listening, results. */
export const NAV_ITEMS: NavItem[] = [
  { key: 'home', to: '/', icon: IconHome2 },
  { key: 'customers', to: '/customers', icon: IconUsers },
  { key: 'internal', to: '/internal', icon: IconBuildingCommunity },
  { key: 'work', to: '/work', icon: IconChecklist },
  { key: 'surveys', to: '/surveys', icon: IconClipboardList },
  { key: 'feedback', to: '/feedback', icon: IconMessageCircle2 },
  { key: 'analytics', to: '/analytics', icon: IconChartBar },
  { key: 'settings', to: '/settings', icon: IconSettings },
];
