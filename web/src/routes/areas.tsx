import { createRoute, useNavigate } from '@tanstack/react-router';
import { FeedbackPage, parseFeedbackSearch } from '../modules/feedback';
import { ComingSoonPage } from '../modules/shell';
import { appRoute } from './app';

/** Phản hồi: the feedback inbox (deep link `/feedback?id=<feedback id>`), loop metrics and product phases. */
export const feedbackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/feedback',
  validateSearch: parseFeedbackSearch,
  component: function FeedbackRoute() {
    const search = feedbackRoute.useSearch();
    const navigate = useNavigate();
    return <FeedbackPage search={search} onSearchChange={(next) => void navigate({ to: '/feedback', search: next, replace: true })} />;
  },
});

export const analyticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/analytics',
  component: () => <ComingSoonPage area="analytics" />,
});
