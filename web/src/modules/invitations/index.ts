export { AcceptInvitationPage } from './components/AcceptInvitationPage';
export { InvitationsPanel } from './components/InvitationsPanel';
