export { AppLayout } from './components/AppLayout';
export { ComingSoonPage } from './components/ComingSoonPage';
export { NAV_ITEMS, UPCOMING_AREAS } from './navItems';
export type { UpcomingArea } from './navItems';
