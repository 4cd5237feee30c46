import { createRoute, useNavigate } from '@tanstack/react-router';
import { AcceptInvitationPage } from '../modules/invitations';
import { rootRoute } from './root';

export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: InviteRoute,
});

function InviteRoute() {
  const { token } = inviteRoute.useParams();
  const navigate = useNavigate();
  return <AcceptInvitationPage token={token} onAccepted={() => void navigate({ to: '/', replace: true })} />;
}
