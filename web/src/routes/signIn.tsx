import { createRoute, redirect, useNavigate } from '@tanstack/react-router';
import { SignInPage, sessionQueryOptions } from '../modules/auth';
import { rootRoute } from './root';

/** Only same-site paths are followed after sign-in, never another origin. */
const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in')
    ? value
    : undefined;

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context, search }) => {
    // Someone already signed in has nothing to do here. A session check that just failed (the guard
    // sent us here) is not repeated.
    const { queryClient } = context;
    if (queryClient.getQueryState(sessionQueryOptions.queryKey)?.status === 'error') return;
    const signedIn = await queryClient.fetchQuery(sessionQueryOptions).then(
      () => true,
      () => false,
    );
    if (signedIn) throw redirect({ href: search.redirect ?? '/' });
  },
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect: target } = signInRoute.useSearch();
  const navigate = useNavigate();
  return <SignInPage onSignedIn={() => void navigate({ href: target ?? '/', replace: true })} />;
}
