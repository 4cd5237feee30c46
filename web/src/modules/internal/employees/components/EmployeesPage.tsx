import { Anchor, Avatar, Button, EmptyState, Group, Paper, Select, Skeleton, Stack, Table, Text, TextInput, useMantineTheme } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { IconChartLine, IconGift, IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { initials } from '../../../../ui/initials';
import { LoadMore, QueryError } from '../../../../ui/ListStates';
import { PageHeader } from '../../../../ui/PageHeader';
import { InternalTabs } from '../../common/InternalTabs';
import { EMPLOYEE_STATUSES } from '../../common/lists';
import { useInternalPermissions } from '../../common/permissions';
import type { TEmployee } from '../../common/types';
import type { EmployeesSearch } from '../../searchParams';
import { DepartmentSelect, EmployeeStatusBadge } from '../../common/ui';
import { useDepartments } from '../../departments/hooks/useDepartments';
import { useEmployeeList } from '../hooks/useEmployees';
import { useTenureText } from '../useTenureText';
import tableClasses from '../../common/InternalTable.module.css';
import { EmployeeFormModal } from './EmployeeFormModal';
import { DepartmentLink, EmployeeLink } from '../../common/links';

type EmployeesPageProps = { search: EmployeesSearch; onSearchChange: (next: EmployeesSearch) => void };

/** Everyone in the company: search by name (accents optional), filter by department and status. */
export function EmployeesPage({ search, onSearchChange }: EmployeesPageProps) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const navigate = useNavigate();
  const departments = useDepartments();
  const list = useEmployeeList(search);
  const [text, setText] = useState(search.q ?? '');
  const [adding, setAdding] = useState(false);
  const pushQuery = useDebouncedCallback((q: string) => onSearchChange({ ...search, q: q.trim() || undefined }), 300);
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = Boolean(search.q || search.departmentId || search.status);

  return (
    <>
      <PageHeader
        title={t('employees.title')}
        description={t('employees.description')}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/internal/turnover" variant="default" leftSection={<IconChartLine size={16} />}>
              {t('turnover.title')}
            </Button>
            <Button component={Link} to="/internal/benefits" variant="default" leftSection={<IconGift size={16} />} data-testid="benefits-link">
              {t('benefits.title')}
            </Button>
            {can('internal.manage') ? (
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="add-employee">
                {t('employees.add')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <InternalTabs active="employees" />

      <Group gap="sm" mb="md" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('employees.search')}
          aria-label={t('employees.search')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            pushQuery(e.currentTarget.value);
          }}
          miw={220}
          data-testid="employee-search"
        />
        <DepartmentSelect
          aria-label={t('common.department')}
          placeholder={t('common.allDepartments')}
          departments={departments.data ?? []}
          value={search.departmentId ?? null}
          onChange={(value) => onSearchChange({ ...search, departmentId: value ?? undefined })}
          clearable
          searchable
          miw={200}
          data-testid="employee-department-filter"
        />
        <Select
          aria-label={t('employees.status')}
          placeholder={t('employees.anyStatus')}
          data={EMPLOYEE_STATUSES.map((s) => ({ value: s, label: t(`employeeStatus.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onSearchChange({ ...search, status: EMPLOYEE_STATUSES.find((s) => s === value) })}
          clearable
          miw={160}
          data-testid="employee-status-filter"
        />
      </Group>

      {list.isPending ? (
        <Stack gap="xs">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} h={52} radius="md" />
          ))}
        </Stack>
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconUsers size={28} />}
          title={filtered ? t('employees.noMatch') : t('employees.empty')}
          description={filtered ? undefined : t('employees.emptyText')}
          py="xl"
        >
          {!filtered && can('internal.manage') ? (
            <EmptyState.Actions>
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
                {t('employees.add')}
              </Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <EmployeeTable rows={rows} />
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}

      <EmployeeFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        employee={null}
        onSaved={(employee) => void navigate({ to: '/internal/employees/$employeeId', params: { employeeId: employee.id } })}
      />
    </>
  );
}

function EmployeeTable({ rows }: { rows: TEmployee[] }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const tenure = useTenureText();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false });
  const name = (e: TEmployee) => (
    <Group gap="sm" wrap="nowrap">
      <Avatar size={36} radius="xl" color="initials" name={e.fullName}>
        {initials(e.fullName)}
      </Avatar>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <EmployeeLink id={e.id} fw={600} size="sm" c="var(--mantine-color-text)" truncate="end">
          {e.fullName}
        </EmployeeLink>
        <Text size="xs" c="dimmed" truncate="end">
          {e.positionTitle ?? e.email ?? '—'}
        </Text>
      </Stack>
    </Group>
  );

  if (isPhone) {
    return (
      <Stack gap="xs" data-testid="employee-cards">
        {rows.map((e) => (
          <Paper key={e.id} withBorder p="sm" radius="md" data-testid="employee-row">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              {name(e)}
              {e.status !== 'active' ? <EmployeeStatusBadge status={e.status} /> : null}
            </Group>
            <Text size="xs" c="dimmed" mt={6}>
              {[e.departmentName, tenure(e)].filter(Boolean).join(' · ')}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" fz="sm" className={tableClasses.table} data-testid="employee-table">
          <Table.Thead bg="var(--mantine-color-default-hover)">
            <Table.Tr>
              <Table.Th>{t('employees.name')}</Table.Th>
              <Table.Th>{t('common.department')}</Table.Th>
              <Table.Th>{t('employees.startDate')}</Table.Th>
              <Table.Th>{t('employees.tenure')}</Table.Th>
              <Table.Th>{t('employees.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id} data-testid="employee-row">
                <Table.Td maw={300}>{name(e)}</Table.Td>
                <Table.Td>
                  {e.departmentId ? (
                    <DepartmentLink id={e.departmentId} size="sm" c="var(--mantine-color-text)">
                      {e.departmentName}
                    </DepartmentLink>
                  ) : (
                    <Text span c="dimmed" size="sm">
                      —
                    </Text>
                  )}
                  {e.managerName ? (
                    <Text size="xs" c="dimmed">
                      {t('employees.managedBy', { name: e.managerName })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(e.startDate)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{tenure(e)}</Table.Td>
                <Table.Td>
                  <EmployeeStatusBadge status={e.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
