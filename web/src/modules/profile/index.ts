export { ProfilePanel } from './components/ProfilePanel';
