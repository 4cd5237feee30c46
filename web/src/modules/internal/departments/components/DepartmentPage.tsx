import { Anchor, Avatar, Badge, Breadcrumbs, Button, Card, Grid, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconBuilding,
  IconBuildingPlus,
  IconChartBar,
  IconClockCheck,
  IconHeadset,
  IconInbox,
  IconMoodSmile,
  IconPencil,
  IconPlus,
  IconSend,
  IconShoppingCart,
  IconUsers,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { useFormatters } from '../../../../i18n/format';
import { initials } from '../../../../ui/initials';
import { LoadMore, QueryError } from '../../../../ui/ListStates';
import { NotFoundScreen } from '../../../../ui/StatusScreens';
import { PeriodPicker } from '../../common/PeriodPicker';
import { presetPeriod, type Period } from '../../common/period';
import { useInternalPermissions } from '../../common/permissions';
import type { TDepartment, TService } from '../../common/types';
import { CsatFigure, EmployeeStatusBadge, Panel, StatCard, usePercent } from '../../common/ui';
import { useEmployeeList } from '../../employees/hooks/useEmployees';
import { todayInVietnam } from '../../employees/tenure';
import { useServices } from '../../service-desk/hooks/useServiceDesk';
import { RequestFormModal } from '../../service-desk/components/RequestFormModal';
import { ServiceSla } from '../../service-desk/components/ServiceSla';
import { useDepartmentSummary, useDepartments } from '../hooks/useDepartments';
import { ancestorsOf } from '../tree';
import { DepartmentFormModal } from './DepartmentFormModal';
import { DepartmentLink, EmployeeLink } from '../../common/links';

/** One department: who it is, what it provides to the others, what it asks of them, and its people. */
export function DepartmentPage({ departmentId }: { departmentId: string }) {
  const departments = useDepartments();
  if (departments.isPending) return <Skeleton h={400} radius="lg" />;
  if (departments.isError) {
    if (isApiError(departments.error) && departments.error.status === 404) return <NotFoundScreen homeHref="/internal" />;
    return <QueryError error={departments.error} onRetry={() => void departments.refetch()} />;
  }
  const department = departments.data.find((d) => d.id === departmentId);
  if (!department) return <NotFoundScreen homeHref="/internal" />;
  return <DepartmentView department={department} all={departments.data} />;
}

function DepartmentView({ department, all }: { department: TDepartment; all: TDepartment[] }) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const [period, setPeriod] = useState<Period | null>(() => presetPeriod('last12Months', todayInVietnam()));
  const [editing, setEditing] = useState(false);
  const [addingSub, setAddingSub] = useState(false);
  const ancestors = ancestorsOf(all, department.id);
  const children = all.filter((d) => d.parentId === department.id && !d.archived);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/internal" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('departments.backToOverview')}
        </Group>
      </Anchor>

      <Card>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
            {ancestors.length ? (
              <Breadcrumbs separator="›" separatorMargin={6}>
                {ancestors.map((a) => (
                  <DepartmentLink key={a.id} id={a.id} size="xs" c="dimmed">
                    {a.name}
                  </DepartmentLink>
                ))}
              </Breadcrumbs>
            ) : null}
            <Group gap="xs">
              <Title order={2} fz={{ base: 20, sm: 24 }} data-testid="department-title">
                {department.name}
              </Title>
              {department.code ? (
                <Badge variant="outline" color="gray">
                  {department.code}
                </Badge>
              ) : null}
              {department.archived ? <Badge color="gray">{t('departments.archivedBadge')}</Badge> : null}
            </Group>
            <Group gap="lg" c="dimmed">
              <Text size="sm">
                {t('departments.head')}:{' '}
                {department.headEmployeeId ? (
                  <EmployeeLink id={department.headEmployeeId} size="sm" fw={500}>
                    {department.headName}
                  </EmployeeLink>
                ) : (
                  <Text span size="sm">
                    {t('departments.noHead')}
                  </Text>
                )}
              </Text>
              <Group gap={4}>
                <IconUsers size={15} />
                <Text size="sm">{t('departments.headcount', { count: department.headcount })}</Text>
              </Group>
            </Group>
            {department.description ? (
              <Text size="sm" maw={720}>
                {department.description}
              </Text>
            ) : null}
          </Stack>
          {can('internal.manage') ? (
            <Group gap="xs">
              <Button variant="default" leftSection={<IconBuildingPlus size={16} />} onClick={() => setAddingSub(true)}>
                {t('departments.addSub')}
              </Button>
              <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="edit-department">
                {t('common.edit')}
              </Button>
            </Group>
          ) : null}
        </Group>
      </Card>

      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={3} fz="lg">
            {t('departments.serviceTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('departments.serviceLead')}
          </Text>
        </Stack>
        <PeriodPicker value={period} onChange={setPeriod} allowAll />
      </Group>

      <SummaryStats department={department} period={period} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <ServicesPanel department={department} />
            <DepartmentEmployees departmentId={department.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ConsumesPanel department={department} period={period} />
            {children.length ? (
              <Panel title={t('departments.subDepartments')} icon={<IconBuilding size={18} color="var(--mantine-color-ocean-7)" />}>
                <Stack gap={6}>
                  {children.map((child) => (
                    <Group key={child.id} justify="space-between" wrap="nowrap">
                      <DepartmentLink id={child.id} size="sm" fw={500} truncate="end">
                        {child.name}
                      </DepartmentLink>
                      <Badge variant="light" color="gray" leftSection={<IconUsers size={12} />}>
                        {child.headcount}
                      </Badge>
                    </Group>
                  ))}
                </Stack>
              </Panel>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>

      <DepartmentFormModal opened={editing} onClose={() => setEditing(false)} department={department} />
      <DepartmentFormModal opened={addingSub} onClose={() => setAddingSub(false)} department={null} parentId={department.id} />
    </Stack>
  );
}

function SummaryStats({ department, period }: { department: TDepartment; period: Period | null }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const percent = usePercent();
  const summary = useDepartmentSummary(department.id, period ?? {});
  const provides = summary.data?.provides;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" data-testid="department-provides">
      <StatCard label={t('departments.requests')} value={provides ? format.number(provides.requests) : <Skeleton h={30} w={40} />} hint={provides ? t('departments.resolvedCount', { count: provides.resolved }) : undefined} icon={<IconChartBar size={20} />} />
      <StatCard label={t('departments.open')} value={provides ? format.number(provides.open) : <Skeleton h={30} w={40} />} icon={<IconInbox size={20} />} color="orange" testId="department-open" />
      <StatCard
        label={t('departments.slaCompliance')}
        value={provides ? percent(provides.slaCompliance) : <Skeleton h={30} w={60} />}
        hint={provides ? t('departments.breachedCount', { count: provides.breached }) : undefined}
        icon={<IconClockCheck size={20} />}
        color="cyan"
        testId="department-sla"
      />
      <StatCard
        label={t('overview.csat')}
        value={provides ? <CsatFigure csat={provides.csat} ratings={provides.ratings} size="lg" testId="department-csat" /> : <Skeleton h={30} w={60} />}
        hint={provides?.average ? t('departments.average', { value: format.number(provides.average) }) : undefined}
        icon={<IconMoodSmile size={20} />}
        color="teal"
      />
    </SimpleGrid>
  );
}

function ServicesPanel({ department }: { department: TDepartment }) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const services = useServices(department.id);
  const [asking, setAsking] = useState<TService | null>(null);
  const visibleServices = (services.data ?? []).filter((s) => s.active || can('servicedesk.configure'));
  return (
    <Panel
      title={t('departments.provides')}
      icon={<IconHeadset size={18} color="var(--mantine-color-ocean-7)" />}
      action={
        <Group gap="xs">
          <Button renderRoot={(root) => <Link {...root} to="/internal/requests" search={{ view: 'department', departmentId: department.id }} />} variant="subtle" size="compact-sm">
            {t('departments.queue')}
          </Button>
          {can('servicedesk.configure') ? (
            <Button renderRoot={(root) => <Link {...root} to="/internal/services/new" search={{ departmentId: department.id }} />} variant="light" size="compact-sm" leftSection={<IconPlus size={14} />}>
              {t('services.add')}
            </Button>
          ) : null}
        </Group>
      }
      testId="department-services"
    >
      {services.isPending ? (
        <Skeleton h={80} />
      ) : visibleServices.length ? (
        <Stack gap={0}>
          {visibleServices.map((service, i) => (
            <Group
              key={service.id}
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py="xs"
              style={i ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            >
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {service.name}
                  </Text>
                  {!service.active ? <Badge size="xs" color="gray">{t('services.inactive')}</Badge> : null}
                </Group>
                <ServiceSla service={service} />
              </Stack>
              {service.active && can('requests.create') ? (
                <Button size="compact-sm" variant="light" leftSection={<IconSend size={14} />} onClick={() => setAsking(service)} style={{ flex: 'none' }}>
                  {t('services.ask')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('departments.noServices')}
        </Text>
      )}
      <RequestFormModal service={asking} onClose={() => setAsking(null)} />
    </Panel>
  );
}

function ConsumesPanel({ department, period }: { department: TDepartment; period: Period | null }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const summary = useDepartmentSummary(department.id, period ?? {});
  return (
    <Panel title={t('departments.consumes')} icon={<IconShoppingCart size={18} color="var(--mantine-color-grape-7)" />} testId="department-consumes">
      <Text size="xs" c="dimmed" mb="sm">
        {t('departments.consumesLead')}
      </Text>
      {summary.isPending ? (
        <Skeleton h={80} />
      ) : summary.data?.consumes.length ? (
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('departments.provider')}</Table.Th>
              <Table.Th ta="right">{t('departments.requests')}</Table.Th>
              <Table.Th ta="right">{t('overview.csat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.data.consumes.map((row) => (
              <Table.Tr key={row.departmentId}>
                <Table.Td>
                  <DepartmentLink id={row.departmentId} size="sm">
                    {row.departmentName}
                  </DepartmentLink>
                </Table.Td>
                <Table.Td ta="right">{format.number(row.requests)}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <CsatFigure csat={row.csat} ratings={row.ratings} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('departments.consumesNothing')}
        </Text>
      )}
    </Panel>
  );
}

function DepartmentEmployees({ departmentId }: { departmentId: string }) {
  const { t } = useTranslation('internal');
  const list = useEmployeeList({ departmentId });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Panel title={t('departments.employees')} icon={<IconUsers size={18} color="var(--mantine-color-ocean-7)" />} testId="department-employees"
      action={
        <Button renderRoot={(root) => <Link {...root} to="/internal/employees" search={{ departmentId }} />} variant="subtle" size="compact-sm">
          {t('departments.openDirectory')}
        </Button>
      }
    >
      {list.isPending ? (
        <Skeleton h={120} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length ? (
        <Stack gap={8}>
          {rows.map((e) => (
            <Group key={e.id} justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Avatar size={32} radius="xl" color="initials" name={e.fullName}>
                  {initials(e.fullName)}
                </Avatar>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <EmployeeLink id={e.id} size="sm" fw={500} truncate="end">
                    {e.fullName}
                  </EmployeeLink>
                  <Text size="xs" c="dimmed" truncate="end">
                    {e.positionTitle ?? '—'}
                  </Text>
                </Stack>
              </Group>
              {e.status !== 'active' ? <EmployeeStatusBadge status={e.status} /> : null}
            </Group>
          ))}
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('departments.noEmployees')}
        </Text>
      )}
    </Panel>
  );
}
