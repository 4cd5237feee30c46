import { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { isApiError } from './api/client';
import { routeTree } from './routes/tree';
import { FullPageLoader } from './ui/StatusScreens';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change by asking again; only retry network and server errors.
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPendingComponent: FullPageLoader,
  scrollRestoration: true,
});

// TanStack Router's type registration is an interface by design (module augmentation).
declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
