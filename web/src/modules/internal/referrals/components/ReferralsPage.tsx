import { Anchor, Avatar, EmptyState, Grid, Group, SegmentedControl, Select, SimpleGrid, Skeleton, Stack, Switch, Table, Text, ThemeIcon } from '@mantine/core';
import { IconAffiliate, IconCoin, IconLink, IconTrophy, IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { initials } from '../../../../ui/initials';
import { QueryError } from '../../../../ui/ListStates';
import { PageHeader } from '../../../../ui/PageHeader';
import { InternalTabs } from '../../common/InternalTabs';
import type { TReferralStats } from '../../common/types';
import { DepartmentSelect, Panel, StatCard } from '../../common/ui';
import { useDepartments } from '../../departments/hooks/useDepartments';
import { useMyEmployee } from '../../employees/hooks/useEmployees';
import { useReferralStats } from '../hooks/useReferrals';
import { rankReferrals, type ReferralSort } from '../ranking';
import tableClasses from '../../common/InternalTable.module.css';
import { ReferralShare } from './ReferralShare';
import { EmployeeLink } from '../../common/links';

const MEDAL = ['yellow', 'gray', 'orange'] as const;

/** Employees as the first ambassadors: who brought which customers, and the revenue they brought. */
export function ReferralsPage() {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const me = useMyEmployee();
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [sort, setSort] = useState<ReferralSort>('customers');
  const [everyone, setEveryone] = useState(false);
  const stats = useReferralStats(departmentId ?? undefined);
  const all = stats.data ?? [];
  const ranked = rankReferrals(all, sort).filter((r) => everyone || r.referredCustomers > 0 || r.referredRevenue > 0);
  const customers = all.reduce((sum, r) => sum + r.referredCustomers, 0);
  const revenue = all.reduce((sum, r) => sum + r.referredRevenue, 0);
  const ambassadors = all.filter((r) => r.referredCustomers > 0).length;

  return (
    <>
      <PageHeader title={t('referrals.title')} description={t('referrals.description')} />
      <InternalTabs active="referrals" />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              <StatCard label={t('referrals.customers')} value={stats.isPending ? <Skeleton h={30} w={40} /> : format.number(customers)} icon={<IconUsers size={20} />} />
              <StatCard label={t('referrals.revenue')} value={stats.isPending ? <Skeleton h={30} w={80} /> : <Text inherit fz={22}>{format.money(revenue)}</Text>} icon={<IconCoin size={20} />} color="teal" />
              <StatCard label={t('referrals.ambassadors')} value={stats.isPending ? <Skeleton h={30} w={40} /> : format.number(ambassadors)} icon={<IconAffiliate size={20} />} color="grape" />
            </SimpleGrid>
            <Panel
              title={t('referrals.leaderboard')}
              icon={<IconTrophy size={18} color="var(--mantine-color-yellow-7)" />}
              testId="referral-leaderboard"
              action={
                <SegmentedControl
                  size="xs"
                  value={sort}
                  onChange={(value) => setSort(value === 'revenue' ? 'revenue' : 'customers')}
                  data={[
                    { value: 'customers', label: t('referrals.byCustomers') },
                    { value: 'revenue', label: t('referrals.byRevenue') },
                  ]}
                />
              }
            >
              <Group gap="sm" mb="sm" justify="space-between">
                <DepartmentSelect
                  aria-label={t('common.department')}
                  placeholder={t('common.allDepartments')}
                  departments={departments.data ?? []}
                  value={departmentId}
                  onChange={setDepartmentId}
                  clearable
                  searchable
                  w={{ base: '100%', xs: 260 }}
                />
                <Switch label={t('referrals.showEveryone')} checked={everyone} onChange={(e) => setEveryone(e.currentTarget.checked)} />
              </Group>
              {stats.isPending ? (
                <Skeleton h={200} />
              ) : stats.isError ? (
                <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
              ) : ranked.length ? (
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing="sm" fz="sm" highlightOnHover className={tableClasses.table}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={48}>#</Table.Th>
                        <Table.Th>{t('referrals.employee')}</Table.Th>
                        <Table.Th ta="right">{t('referrals.customersShort')}</Table.Th>
                        <Table.Th ta="right">{t('referrals.revenueShort')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {ranked.map((row) => (
                        <LeaderRow key={row.employeeId} row={row} highlight={row.employeeId === me.employee?.id} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : (
                <EmptyState variant="light" icon={<IconAffiliate size={28} />} title={t('referrals.empty')} description={t('referrals.emptyText')} py="lg" />
              )}
            </Panel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Panel title={t('referrals.myLink')} icon={<IconLink size={18} color="var(--mantine-color-ocean-7)" />} testId="my-referral">
            {me.isPending ? (
              <Skeleton h={140} />
            ) : me.employee ? (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('referrals.myLinkLead')}
                </Text>
                <ReferralShare employee={me.employee} own />
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('referrals.noRecord')}
              </Text>
            )}
          </Panel>
        </Grid.Col>
      </Grid>
    </>
  );
}

function LeaderRow({ row, highlight }: { row: TReferralStats & { rank: number }; highlight: boolean }) {
  const format = useFormatters();
  const medal = row.rank <= 3 && (row.referredCustomers > 0 || row.referredRevenue > 0) ? MEDAL[row.rank - 1] : null;
  return (
    <Table.Tr data-testid="referral-row" bg={highlight ? 'var(--mantine-primary-color-light)' : undefined}>
      <Table.Td>
        {medal ? (
          <ThemeIcon color={medal} variant="filled" radius="xl" size={26}>
            <Text size="xs" fw={700}>
              {row.rank}
            </Text>
          </ThemeIcon>
        ) : (
          <Text size="sm" c="dimmed" pl={8}>
            {row.rank}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar size={32} radius="xl" color="initials" name={row.employeeName}>
            {initials(row.employeeName)}
          </Avatar>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <EmployeeLink id={row.employeeId} size="sm" fw={600} c="var(--mantine-color-text)">
              {row.employeeName}
            </EmployeeLink>
            <Text size="xs" c="dimmed" truncate="end">
              {row.departmentName ?? '—'}
            </Text>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td ta="right" fw={600}>
        {format.number(row.referredCustomers)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {format.money(row.referredRevenue)}
      </Table.Td>
    </Table.Tr>
  );
}
