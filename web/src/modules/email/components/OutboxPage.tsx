import { Alert, Anchor, Button, Card, Group, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import type { TEmailMessage } from '@tandem/shared';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useFormatters } from '../../../i18n/format';
import { ListSkeleton, LoadMore, QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useErrorMessage } from '../../../ui/errors';
import { usePermissions } from '../../auth';
import { PersonLink } from '../../customers';
import { useEmailMessages, useEmailSettings, useRetryEmail } from '../hooks/useEmail';
import { EmailStatusBadge, useBlockedReason, useEmailSource } from './EmailStatusBadge';

const FILTERS = ['outbox', 'failed', 'blocked', 'queued', 'sent', 'all'] as const;
export type OutboxFilter = (typeof FILTERS)[number];
export const isOutboxFilter = (v: unknown): v is OutboxFilter => typeof v === 'string' && (FILTERS as readonly string[]).includes(v);

/** The outbox: messages not sent (no SMTP), failed after their retries, blocked by consent — and the rest. */
export function OutboxPage({ filter, onFilterChange }: { filter: OutboxFilter; onFilterChange: (f: OutboxFilter) => void }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const messages = useEmailMessages(filter === 'all' ? {} : { status: filter });
  const settings = useEmailSettings(can('email.configure'));
  const rows = messages.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader title={t('email.messages.title')} description={t('email.messages.description')} />
      <Stack gap="md">
        {settings.data && !settings.data.configured ? (
          <Alert color="orange" icon={<IconInfoCircle size={18} />} data-testid="outbox-no-smtp">
            {t('email.messages.noSmtp')}{' '}
            <Anchor renderRoot={(root) => <Link {...root} to="/settings" search={{ tab: 'email' }} />}>{t('email.messages.configure')}</Anchor>
          </Alert>
        ) : null}
        <SegmentedControl
          value={filter}
          onChange={(v) => isOutboxFilter(v) && onFilterChange(v)}
          data={FILTERS.map((f) => ({ value: f, label: t(`email.filters.${f}`) }))}
          w="fit-content"
          data-testid="outbox-filter"
        />
        <Card p={0}>
          {messages.isPending ? (
            <ListSkeleton rows={4} />
          ) : messages.isError ? (
            <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
          ) : rows.length === 0 ? (
            <Text c="dimmed" size="sm" p="lg" data-testid="outbox-empty">
              {t('email.messages.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="outbox-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('email.messages.created')}</Table.Th>
                    <Table.Th>{t('email.messages.to')}</Table.Th>
                    <Table.Th>{t('email.messages.subject')}</Table.Th>
                    <Table.Th>{t('email.messages.status')}</Table.Th>
                    <Table.Th>{t('email.messages.detail')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((m) => (
                    <MessageRow key={m.id} message={m} canRetry={can('email.send')} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <LoadMore hasMore={messages.hasNextPage} loading={messages.isFetchingNextPage} onLoadMore={() => void messages.fetchNextPage()} />
      </Stack>
    </>
  );
}

function MessageRow({ message: m, canRetry }: { message: TEmailMessage; canRetry: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const retry = useRetryEmail();
  const errorMessage = useErrorMessage();
  const blocked = useBlockedReason();
  const source = useEmailSource();
  const detail =
    m.status === 'blocked'
      ? blocked(m.blockedReason)
      : m.lastError
        ? `${t('email.messages.attempts', { n: m.attempts, max: m.maxAttempts })} · ${m.lastError}`
        : m.status === 'sent' && m.sentAt
          ? t('email.messages.sentAt', { at: format.dateTime(m.sentAt) })
          : m.status === 'queued' && m.nextAttemptAt
            ? t('email.messages.nextAttempt', { at: format.dateTime(m.nextAttemptAt) })
            : '';
  return (
    <Table.Tr data-testid="outbox-row">
      <Table.Td>
        <Tooltip label={format.dateTime(m.createdAt)}>
          <Text size="sm">{format.date(m.createdAt)}</Text>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        {m.personId ? (
          <PersonLink id={m.personId} size="sm">
            {m.personName ?? m.toName}
          </PersonLink>
        ) : (
          <Text size="sm">{m.toName ?? m.toAddress}</Text>
        )}
        <Text size="xs" c="dimmed">
          {m.toAddress ?? t('email.messages.noAddress')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {m.subject}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`email.purposes.${m.purpose}`)}
          {m.source !== 'user' ? ` · ${source(m.source)}` : ''}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <EmailStatusBadge status={m.status} />
      </Table.Td>
      <Table.Td maw={280}>
        <Text size="xs" c={m.status === 'failed' ? 'red' : 'dimmed'} lineClamp={3}>
          {detail}
        </Text>
      </Table.Td>
      <Table.Td>
        {canRetry && ['outbox', 'failed', 'blocked'].includes(m.status) ? (
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              loading={retry.isPending}
              data-testid="outbox-retry"
              onClick={() =>
                retry.mutate(m.id, {
                  onSuccess: () => notifySuccess(t('email.messages.retried')),
                  onError: (error) => {
                    const path = isApiError(error) ? error.problem.errors?.[0]?.path : undefined;
                    notifyError(
                      t('email.messages.retryFailed'),
                      path === 'settings' ? t('email.messages.retryNoSmtp') : path === 'purpose' ? t('email.messages.retryNoConsent') : errorMessage(error),
                    );
                  },
                })
              }
            >
              {t('email.messages.retry')}
            </Button>
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
