export { RecentActivity } from './components/RecentActivity';
