/**
 * Where a figure of the workload report opens in the app. The API gives, per figure, the list call
 * behind it (`/api/v1/tasks?...`, `/api/v1/people?filter=...`, `/api/v1/interactions?...`); each maps
 * to the page that shows that list with the same query.
 */
export type AppLink =
  | { to: '/work'; search: Record<string, string> }
  | { to: '/customers/people' | '/customers/organizations'; search: { filter: unknown } }
  | { to: '/work/interactions'; search: Record<string, string> };

export function appLinkOf(apiLink: string | null): AppLink | null {
  if (!apiLink) return null;
  const url = new URL(apiLink, 'http://x');
  const params = Object.fromEntries(url.searchParams.entries());
  switch (url.pathname) {
    case '/api/v1/tasks':
      return { to: '/work', search: params };
    case '/api/v1/interactions':
      return { to: '/work/interactions', search: params };
    case '/api/v1/people':
    case '/api/v1/organizations': {
      try {
        return { to: url.pathname === '/api/v1/people' ? '/customers/people' : '/customers/organizations', search: { filter: JSON.parse(params.filter ?? '[]') } };
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}
