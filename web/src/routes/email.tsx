import { createRoute, useNavigate } from '@tanstack/react-router';
import { CustomersTabs } from '../modules/customers/components/CustomersTabs';
import { EmailTabs, EmailTemplatesPage, OutboxPage, isOutboxFilter, type OutboxFilter } from '../modules/email';
import { appRoute } from './app';

/** E-mail: the outbox and every message (?status=), under the customers area. */
export const emailMessagesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/email',
  validateSearch: (search: Record<string, unknown>): { status?: OutboxFilter } => (isOutboxFilter(search.status) ? { status: search.status } : {}),
  component: function EmailMessagesRoute() {
    const { status } = emailMessagesRoute.useSearch();
    const navigate = useNavigate();
    return (
      <>
        <CustomersTabs active="email" />
        <EmailTabs active="messages" />
        <OutboxPage filter={status ?? 'outbox'} onFilterChange={(next) => void navigate({ to: '/customers/email', search: { status: next }, replace: true })} />
      </>
    );
  },
});

export const emailTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/email/templates',
  component: function EmailTemplatesRoute() {
    return (
      <>
        <CustomersTabs active="email" />
        <EmailTabs active="templates" />
        <EmailTemplatesPage />
      </>
    );
  },
});
