import { createRoute } from '@tanstack/react-router';
import { ReferralLandingPage } from '../modules/internal';
import { rootRoute } from './root';

/** `/r/<code>`: an employee's public referral page; no sign-in. */
export const referralLandingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/r/$code',
  component: function ReferralLandingRoute() {
    const { code } = referralLandingRoute.useParams();
    return <ReferralLandingPage key={code} code={code} />;
  },
});
