import { Anchor, Button, EmptyState, Grid, Group, Progress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import {
  IconBuilding,
  IconBuildingPlus,
  IconHeadset,
  IconHeartHandshake,
  IconHierarchy2,
  IconInbox,
  IconMoodSmile,
  IconSend,
  IconUsers,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { QueryError } from '../../../../ui/ListStates';
import { PageHeader } from '../../../../ui/PageHeader';
import { pooledCsat } from '../../common/csat';
import { InternalTabs } from '../../common/InternalTabs';
import { presetPeriod } from '../../common/period';
import { useInternalPermissions } from '../../common/permissions';
import type { TInternalCsat } from '../../common/types';
import { CsatFigure, Panel, StatCard, csatColor, usePercent } from '../../common/ui';
import { todayInVietnam } from '../../employees/tenure';
import { useCsat, useServices } from '../../service-desk/hooks/useServiceDesk';
import { useDepartments } from '../hooks/useDepartments';
import { buildDepartmentTree } from '../tree';
import { DepartmentFormModal } from './DepartmentFormModal';
import { DepartmentTree } from './DepartmentTree';
import { DepartmentLink } from '../../common/links';

/** Nội bộ: the organization tree and how well departments serve one another. */
export function InternalOverviewPage() {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const { can } = useInternalPermissions();
  const departments = useDepartments();
  const services = useServices();
  const period = presetPeriod('last12Months', todayInVietnam());
  const csat = useCsat({ groupBy: 'department', ...period });
  const [adding, setAdding] = useState(false);

  const active = (departments.data ?? []).filter((d) => !d.archived);
  const tree = buildDepartmentTree(active);
  const headcount = active.reduce((sum, d) => sum + d.headcount, 0);
  const overall = pooledCsat(csat.data ?? []);
  const serviceCount = (services.data ?? []).filter((s) => s.active).length;

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description')}
        actions={
          <Group gap="xs">
            {can('requests.create') ? (
              <Button component={Link} to="/internal/services" variant="light" leftSection={<IconSend size={16} />}>
                {t('overview.askService')}
              </Button>
            ) : null}
            {can('internal.manage') ? (
              <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setAdding(true)} data-testid="add-department">
                {t('departments.add')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <InternalTabs active="overview" />

      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
        <StatCard label={t('overview.departments')} value={departments.isPending ? <Skeleton h={30} w={40} /> : active.length} icon={<IconBuilding size={20} />} />
        <StatCard label={t('overview.headcount')} value={departments.isPending ? <Skeleton h={30} w={40} /> : format.number(headcount)} icon={<IconUsers size={20} />} color="grape" />
        <StatCard label={t('overview.services')} value={services.isPending ? <Skeleton h={30} w={40} /> : serviceCount} icon={<IconHeadset size={20} />} color="cyan" />
        <StatCard
          label={t('overview.csat')}
          value={csat.isPending ? <Skeleton h={30} w={60} /> : <CsatFigure csat={overall.csat} ratings={overall.ratings} size="lg" testId="overall-csat" />}
          hint={t('overview.last12Months')}
          icon={<IconMoodSmile size={20} />}
          color="teal"
        />
      </SimpleGrid>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Panel title={t('overview.structure')} icon={<IconHierarchy2 size={18} color="var(--mantine-color-ocean-7)" />} testId="department-tree">
            {departments.isPending ? (
              <Stack gap="xs">
                {Array.from({ length: 5 }, (_, i) => (
                  <Skeleton key={i} h={44} radius="md" />
                ))}
              </Stack>
            ) : departments.isError ? (
              <QueryError error={departments.error} onRetry={() => void departments.refetch()} />
            ) : tree.length ? (
              <DepartmentTree roots={tree} />
            ) : (
              <EmptyState variant="light" icon={<IconBuilding size={28} />} title={t('departments.empty')} description={t('departments.emptyText')} py="xl">
                {can('internal.manage') ? (
                  <EmptyState.Actions>
                    <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setAdding(true)}>
                      {t('departments.addFirst')}
                    </Button>
                  </EmptyState.Actions>
                ) : null}
              </EmptyState>
            )}
          </Panel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Panel title={t('overview.csatByDepartment')} icon={<IconHeartHandshake size={18} color="var(--mantine-color-teal-7)" />} testId="csat-by-department">
              <Text size="xs" c="dimmed" mb="sm">
                {t('overview.csatExplained')}
              </Text>
              {csat.isPending ? (
                <Skeleton h={120} />
              ) : csat.isError ? (
                <QueryError error={csat.error} onRetry={() => void csat.refetch()} />
              ) : csat.data.length ? (
                <Stack gap="sm">
                  {[...csat.data]
                    .sort((a, b) => (b.csat ?? -1) - (a.csat ?? -1))
                    .map((row) => (
                      <CsatRow key={row.departmentId ?? 'none'} row={row} />
                    ))}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('overview.noRatings')}
                </Text>
              )}
            </Panel>
            <Panel title={t('overview.myWork')} icon={<IconInbox size={18} color="var(--mantine-color-ocean-7)" />}>
              <Stack gap={6}>
                <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/internal/requests" search={{ view: 'mine' }} />}>
                  {t('requests.views.mine')}
                </Anchor>
                <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/internal/requests" search={{ view: 'assigned' }} />}>
                  {t('requests.views.assigned')}
                </Anchor>
                <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/internal/requests" search={{ view: 'department' }} />}>
                  {t('requests.views.department')}
                </Anchor>
              </Stack>
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>

      <DepartmentFormModal opened={adding} onClose={() => setAdding(false)} department={null} />
    </>
  );
}

function CsatRow({ row }: { row: TInternalCsat }) {
  const percent = usePercent();
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
        {row.departmentId ? (
          <DepartmentLink id={row.departmentId} size="sm" c="var(--mantine-color-text)" truncate="end" fw={500}>
            {row.departmentName}
          </DepartmentLink>
        ) : (
          <Text size="sm">{row.departmentName}</Text>
        )}
        <CsatFigure csat={row.csat} ratings={row.ratings} />
      </Group>
      <Progress value={row.csat ?? 0} color={row.csat === null ? 'gray' : csatColor(row.csat).split('.')[0]} size="sm" radius="xl" aria-label={percent(row.csat)} />
    </div>
  );
}
