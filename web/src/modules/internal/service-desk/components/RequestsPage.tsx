import { Box, EmptyState, Group, NativeSelect, Paper, SegmentedControl, Select, Skeleton, Stack, Switch, Table, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { LoadMore, QueryError } from '../../../../ui/ListStates';
import { PageHeader } from '../../../../ui/PageHeader';
import { InternalTabs } from '../../common/InternalTabs';
import { REQUEST_STATUSES } from '../../common/lists';
import { useInternalPermissions } from '../../common/permissions';
import type { TInternalRequest } from '../../common/types';
import { useDepartments } from '../../departments/hooks/useDepartments';
import { useMyEmployee } from '../../employees/hooks/useEmployees';
import type { RequestListQuery } from '../api/serviceDeskApi';
import { REQUEST_VIEWS, type RequestsSearch } from '../../searchParams';
import { useRequestList } from '../hooks/useServiceDesk';
import tableClasses from '../../common/InternalTable.module.css';
import { PriorityBadge, RequestSlaBadge, RequestStatusBadge } from './RequestBadges';
import { RequestLink } from '../../common/links';
import { DepartmentSelect } from '../../common/ui';

type RequestsPageProps = { search: RequestsSearch; onSearchChange: (next: RequestsSearch) => void };

/** My requests, those assigned to me, and a department's queue, with SLA badges and an "overdue only" filter. */
export function RequestsPage({ search, onSearchChange }: RequestsPageProps) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const me = useMyEmployee();
  const departments = useDepartments();
  const view = search.view ?? 'mine';
  const seesAll = can('requests.manageAll') || can('servicedesk.configure');
  const views = REQUEST_VIEWS.filter((v) => v !== 'all' || seesAll);
  const queueDepartment = view === 'department' ? (search.departmentId ?? me.employee?.departmentId ?? undefined) : search.departmentId;

  const query: RequestListQuery = {
    scope: view === 'mine' ? 'mine' : view === 'assigned' ? 'assigned' : 'all',
    providerDepartmentId: view === 'department' || view === 'all' ? queueDepartment : undefined,
    status: search.status,
    breached: search.breached,
  };
  // A department queue needs a department: one's own, or the one chosen.
  const waitingForDepartment = view === 'department' && !queueDepartment;
  const list = useRequestList(query);
  const changeView = (next: string) => onSearchChange({ ...search, view: REQUEST_VIEWS.find((v) => v === next) ?? 'mine', departmentId: undefined });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader title={t('requests.title')} description={t('requests.description')} />
      <InternalTabs active="requests" />

      <Stack gap="sm" mb="md">
        {/* Four views do not fit a phone's width as segments: a select there. */}
        <SegmentedControl
          visibleFrom="sm"
          w="fit-content"
          value={view}
          onChange={changeView}
          data={views.map((v) => ({ value: v, label: t(`requests.views.${v}`) }))}
          data-testid="request-views"
        />
        <NativeSelect
          hiddenFrom="sm"
          aria-label={t('requests.view')}
          value={view}
          onChange={(e) => changeView(e.currentTarget.value)}
          data={views.map((v) => ({ value: v, label: t(`requests.views.${v}`) }))}
        />
        <Group gap="sm" align="flex-end">
          {view === 'department' || view === 'all' ? (
            <DepartmentSelect
              aria-label={t('requests.provider')}
              placeholder={view === 'all' ? t('common.allDepartments') : t('requests.chooseDepartment')}
              departments={departments.data ?? []}
              value={queueDepartment ?? null}
              onChange={(value) => onSearchChange({ ...search, departmentId: value ?? undefined })}
              clearable={view === 'all'}
              searchable
              w={{ base: '100%', xs: 260 }}
              data-testid="queue-department"
            />
          ) : null}
          <Select
            aria-label={t('requests.status')}
            placeholder={t('requests.anyStatus')}
            data={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`requestStatus.${s}`) }))}
            value={search.status ?? null}
            onChange={(value) => onSearchChange({ ...search, status: REQUEST_STATUSES.find((s) => s === value) })}
            clearable
            w={{ base: '100%', xs: 200 }}
            data-testid="status-filter"
          />
          <Switch
            label={t('requests.breachedOnly')}
            checked={search.breached ?? false}
            onChange={(e) => onSearchChange({ ...search, breached: e.currentTarget.checked || undefined })}
            color="red"
            mb={8}
            data-testid="breached-filter"
          />
        </Group>
      </Stack>

      {waitingForDepartment ? (
        <EmptyState variant="light" icon={<IconInbox size={28} />} title={t('requests.chooseDepartment')} description={t('requests.noOwnDepartment')} py="xl" />
      ) : list.isPending ? (
        <Stack gap="xs">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} h={52} radius="md" />
          ))}
        </Stack>
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconInbox size={28} />}
          title={search.breached || search.status ? t('requests.noMatch') : t(`requests.empty.${view}`)}
          description={view === 'mine' && !search.status && !search.breached ? t('requests.emptyMineText') : undefined}
          py="xl"
          data-testid="requests-empty"
        />
      ) : (
        <>
          <RequestTable rows={rows} showRequester={view !== 'mine'} />
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}
    </>
  );
}

function RequestTable({ rows, showRequester }: { rows: TInternalRequest[]; showRequester: boolean }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false });

  if (isPhone) {
    return (
      <Stack gap="xs" data-testid="request-cards">
        {rows.map((r) => (
          <Paper key={r.id} withBorder p="sm" radius="md" data-testid="request-row">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <RequestLink id={r.id} fw={600} size="sm" c="var(--mantine-color-text)" style={{ minWidth: 0 }}>
                  <Text span c="dimmed" size="sm">
                    #{r.number}{' '}
                  </Text>
                  {r.title}
                </RequestLink>
                <RequestStatusBadge status={r.status} />
              </Group>
              <Text size="xs" c="dimmed">
                {r.serviceName} · {r.providerDepartmentName}
                {showRequester ? ` · ${r.requesterName}` : ''}
              </Text>
              <Group gap={6}>
                <RequestSlaBadge request={r} />
                <PriorityBadge priority={r.priority} />
                <Text size="xs" c="dimmed" ml="auto">
                  {format.relative(r.createdAt)}
                </Text>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" fz="sm" className={tableClasses.table} data-testid="request-table">
          <Table.Thead bg="var(--mantine-color-default-hover)">
            <Table.Tr>
              <Table.Th>{t('requests.request')}</Table.Th>
              {showRequester ? <Table.Th>{t('requests.requester')}</Table.Th> : null}
              <Table.Th>{t('requests.assignee')}</Table.Th>
              <Table.Th>{t('requests.status')}</Table.Th>
              <Table.Th>{t('requests.sla')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="request-row">
                <Table.Td data-wrap>
                  <Box maw={340} miw={240}>
                  <RequestLink id={r.id} fw={600} size="sm" c="var(--mantine-color-text)" lineClamp={1}>
                    <Text span c="dimmed" size="sm" fw={500}>
                      #{r.number}{' '}
                    </Text>
                    {r.title}
                  </RequestLink>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" c="dimmed" truncate="end" title={format.dateTime(r.createdAt)}>
                      {format.relative(r.createdAt)} · {r.serviceName} · {r.providerDepartmentName}
                    </Text>
                    <PriorityBadge priority={r.priority} />
                  </Group>
                  </Box>
                </Table.Td>
                {showRequester ? <Table.Td data-wrap>{r.requesterName}</Table.Td> : null}
                <Table.Td data-wrap>{r.assigneeName ?? <Text span size="sm" c="dimmed">{t('requests.unassigned')}</Text>}</Table.Td>
                <Table.Td>
                  <RequestStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>
                  <RequestSlaBadge request={r} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
