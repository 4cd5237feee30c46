import { createRoute, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/client';
import { sessionQueryOptions, syncLocaleOnce } from '../modules/auth';
import { AppLayout } from '../modules/shell';
import { rootRoute } from './root';

/** Every signed-in page sits under this route: no session, no entry. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
      await syncLocaleOnce(session);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: '/sign-in', search: location.href === '/' ? {} : { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
});
