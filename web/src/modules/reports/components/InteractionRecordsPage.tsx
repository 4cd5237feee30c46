import { Badge, EmptyState, Paper, Skeleton, Table, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { LoadMore, QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { OrganizationLink, PersonLink } from '../../customers';
import { listInteractions, type InteractionFilters } from '../api/reportsApi';

export function parseInteractionFilters(raw: Record<string, unknown>): InteractionFilters {
  const out: InteractionFilters = {};
  for (const k of ['userId', 'departmentId', 'from', 'to'] as const) if (typeof raw[k] === 'string' && (raw[k] as string).length <= 60) out[k] = raw[k] as string;
  return out;
}

/** The interactions behind a workload figure: who logged them, when, with whom. */
export function InteractionRecordsPage({ filters }: { filters: InteractionFilters }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const list = useInfiniteQuery({
    queryKey: ['interactions', 'records', filters],
    queryFn: ({ pageParam }) => listInteractions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const period = filters.from && filters.to ? `${format.date(filters.from)} – ${format.date(new Date(Date.parse(filters.to) - 1).toISOString())}` : null;
  return (
    <>
      <PageHeader title={t('workload.interactionsTitle')} description={period ?? undefined} />
      {list.isPending ? (
        <Skeleton h={240} radius="lg" />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState variant="light" icon={<IconMessages size={28} />} title={t('workload.noInteractions')} py="xl" />
      ) : (
        <>
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" horizontalSpacing="md" fz="sm" data-testid="interaction-records">
                <Table.Thead bg="var(--mantine-color-default-hover)">
                  <Table.Tr>
                    <Table.Th>{t('workload.when')}</Table.Th>
                    <Table.Th>{t('workload.kind')}</Table.Th>
                    <Table.Th>{t('workload.summary')}</Table.Th>
                    <Table.Th>{t('workload.customer')}</Table.Th>
                    <Table.Th>{t('workload.loggedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{format.dateTime(r.occurredAt)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" radius="sm">
                          {t(`workload.kinds.${r.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {r.summary}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {r.personId ? (
                          <PersonLink id={r.personId} size="sm">
                            {t('tasks.openPerson')}
                          </PersonLink>
                        ) : r.organizationId ? (
                          <OrganizationLink id={r.organizationId} size="sm">
                            {t('tasks.openOrganization')}
                          </OrganizationLink>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                      <Table.Td>{r.userName ?? '–'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}
    </>
  );
}
