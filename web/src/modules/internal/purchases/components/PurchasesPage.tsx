import { ActionIcon, Alert, Badge, Button, Group, Paper, Skeleton, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconDiscount2, IconInfoCircle, IconPencil, IconPlus, IconUserSearch, IconWallet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { useErrorMessage } from '../../../../ui/errors';
import { QueryError } from '../../../../ui/ListStates';
import { notifyError } from '../../../../ui/notify';
import { PageHeader } from '../../../../ui/PageHeader';
import { InternalTabs } from '../../common/InternalTabs';
import { useInternalPermissions } from '../../common/permissions';
import type { TDiscountPolicy } from '../../common/types';
import { EmployeeSelect, Panel } from '../../common/ui';
import { useAllEmployees, useMyEmployee } from '../../employees/hooks/useEmployees';
import { usePolicies, useProductCategories, useSetPolicyActive } from '../hooks/usePurchases';
import tableClasses from '../../common/InternalTable.module.css';
import { DiscountUsageList } from './DiscountUsageList';
import { PolicyFormModal } from './PolicyFormModal';

/** Employees as customers: discount policies, what I have left this period, and (HR) anyone's. */
export function PurchasesPage() {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const me = useMyEmployee();
  const manage = can('purchases.manage');

  return (
    <>
      <PageHeader title={t('discounts.title')} description={t('discounts.description')} />
      <InternalTabs active="purchases" />
      <Stack gap="md">
        <Panel title={t('discounts.mine')} icon={<IconWallet size={18} color="var(--mantine-color-teal-7)" />} testId="my-discounts">
          {me.isPending ? (
            <Skeleton h={90} />
          ) : me.employee ? (
            <DiscountUsageList />
          ) : (
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
              {t('discounts.noRecord')}
            </Alert>
          )}
        </Panel>
        <Policies manage={manage} />
        {manage ? <EmployeeUsage /> : null}
      </Stack>
    </>
  );
}

function Policies({ manage }: { manage: boolean }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const policies = usePolicies();
  const categories = useProductCategories(manage);
  const setActive = useSetPolicyActive();
  const [editing, setEditing] = useState<TDiscountPolicy | 'new' | null>(null);
  const list = (policies.data ?? []).filter((p) => p.active || manage);
  const categoryOptions = [...new Set([...(categories.data ?? []), ...list.flatMap((p) => (p.category ? [p.category] : []))])];

  const eligibility = (p: TDiscountPolicy) =>
    [
      p.minTenureMonths ? t('policies.fromTenure', { count: p.minTenureMonths }) : null,
      p.contractTypes?.length ? p.contractTypes.map((c) => t(`contractType.${c}`)).join(', ') : null,
    ]
      .filter(Boolean)
      .join(' · ') || t('policies.everyone');

  return (
    <Panel
      title={t('policies.title')}
      icon={<IconDiscount2 size={18} color="var(--mantine-color-ocean-7)" />}
      action={
        manage ? (
          <Button size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="add-policy">
            {t('policies.add')}
          </Button>
        ) : null
      }
      testId="policies"
    >
      {policies.isPending ? (
        <Skeleton h={120} />
      ) : policies.isError ? (
        <QueryError error={policies.error} onRetry={() => void policies.refetch()} />
      ) : list.length ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" fz="sm" highlightOnHover className={tableClasses.table}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('policies.name')}</Table.Th>
                <Table.Th ta="right">{t('policies.percentShort')}</Table.Th>
                <Table.Th>{t('policies.cap')}</Table.Th>
                <Table.Th>{t('policies.eligibility')}</Table.Th>
                {manage ? <Table.Th>{t('policies.activeShort')}</Table.Th> : null}
                {manage ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => (
                <Table.Tr key={p.id} data-testid="policy-row" opacity={p.active ? 1 : 0.6}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {p.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.category ?? t('policies.allCategories')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge size="lg" variant="light" color="teal">
                      −{p.percent}%
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {p.capAmount === null ? t('policies.noCap') : t('policies.capPer', { amount: format.money(p.capAmount), period: t(`policies.per.${p.period}`) })}
                  </Table.Td>
                  <Table.Td data-wrap miw={200}>
                    <Text size="sm">{eligibility(p)}</Text>
                  </Table.Td>
                  {manage ? (
                    <Table.Td>
                      <Switch
                        checked={p.active}
                        onChange={(e) =>
                          setActive.mutate({ id: p.id, active: e.currentTarget.checked }, { onError: (error) => notifyError(t('policies.saveFailed'), errorMessage(error)) })
                        }
                        aria-label={t('policies.active')}
                      />
                    </Table.Td>
                  ) : null}
                  {manage ? (
                    <Table.Td>
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(p)} aria-label={t('common.edit')}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('policies.empty')}
        </Text>
      )}
      <PolicyFormModal opened={editing !== null} onClose={() => setEditing(null)} policy={editing === 'new' ? null : editing} categories={categoryOptions} />
    </Panel>
  );
}

function EmployeeUsage() {
  const { t } = useTranslation('internal');
  const employees = useAllEmployees();
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  return (
    <Panel title={t('discounts.byEmployee')} icon={<IconUserSearch size={18} color="var(--mantine-color-grape-7)" />} testId="employee-discounts">
      <Stack gap="sm">
        <EmployeeSelect employees={employees.data ?? []} value={employeeId} onChange={setEmployeeId} placeholder={t('discounts.chooseEmployee')} aria-label={t('discounts.chooseEmployee')} clearable maw={360} />
        {employeeId ? (
          <DiscountUsageList employeeId={employeeId} />
        ) : (
          <Paper p="md" radius="md" bg="var(--mantine-color-default-hover)">
            <Text size="sm" c="dimmed">
              {t('discounts.byEmployeeHint')}
            </Text>
          </Paper>
        )}
      </Stack>
    </Panel>
  );
}
