import { ActionIcon, Anchor, Badge, Button, Group, Menu, Modal, ScrollArea, Select, Skeleton, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconDots, IconGift, IconLock, IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import type { BenefitKind, TBenefit } from '@tandem/shared';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { ConfirmModal } from '../../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../../ui/errors';
import { QueryError } from '../../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { PageHeader } from '../../../../ui/PageHeader';
import { InternalTabs } from '../../common/InternalTabs';
import { EmployeeLink } from '../../common/links';
import { useInternalPermissions } from '../../common/permissions';
import { Panel } from '../../common/ui';
import tableClasses from '../../common/InternalTable.module.css';
import { useArchiveBenefit, useBenefitHolders, useBenefits, useDeleteBenefit } from '../hooks/useBenefits';
import { BENEFIT_KINDS, KIND_COLOR, isBenefitKind } from '../kinds';
import { BenefitFormModal } from './BenefitFormModal';

/** The workspace's benefits and policies: insurance, allowances, the employee discount, leave; who holds each. */
export function BenefitsPage() {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const manage = can('benefits.manage');
  const [showArchived, setShowArchived] = useState(false);
  const [kind, setKind] = useState<BenefitKind | null>(null);
  const benefits = useBenefits(showArchived);
  const [editing, setEditing] = useState<TBenefit | 'new' | null>(null);
  const [holdersOf, setHoldersOf] = useState<TBenefit | null>(null);
  const list = (benefits.data ?? []).filter((b) => !kind || b.kind === kind);

  return (
    <>
      <PageHeader
        title={t('benefits.title')}
        description={t('benefits.lead')}
        actions={
          manage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="add-benefit">
              {t('benefits.add')}
            </Button>
          ) : null
        }
      />
      <InternalTabs active="employees" />
      <Stack gap="md">
        <Group gap="sm" wrap="wrap">
          <Select
            aria-label={t('benefits.kind')}
            placeholder={t('benefits.allKinds')}
            data={BENEFIT_KINDS.map((k) => ({ value: k, label: t(`benefits.kinds.${k}`) }))}
            value={kind}
            onChange={(value) => setKind(isBenefitKind(value) ? value : null)}
            clearable
            w={220}
            data-testid="benefit-kind-filter"
          />
          {manage ? <Switch label={t('benefits.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} /> : null}
          {!can('hr.sensitive') ? (
            <Group gap={6} c="dimmed" ml="auto">
              <IconLock size={14} />
              <Text size="xs">{t('benefits.amountsHrOnly')}</Text>
            </Group>
          ) : null}
        </Group>
        <Panel title={t('benefits.catalog')} icon={<IconGift size={18} color="var(--mantine-color-teal-7)" />} testId="benefits-catalog">
          {benefits.isPending ? (
            <Skeleton h={160} />
          ) : benefits.isError ? (
            <QueryError error={benefits.error} onRetry={() => void benefits.refetch()} />
          ) : list.length ? (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" fz="sm" highlightOnHover className={tableClasses.table}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('benefits.name')}</Table.Th>
                    <Table.Th>{t('benefits.kind')}</Table.Th>
                    <Table.Th ta="right">{t('benefits.defaultAmount')}</Table.Th>
                    <Table.Th ta="right">{t('benefits.holders')}</Table.Th>
                    {manage ? <Table.Th w={48} /> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((b) => (
                    <BenefitRow key={b.id} benefit={b} manage={manage} onEdit={() => setEditing(b)} onHolders={() => setHoldersOf(b)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text size="sm" c="dimmed">
              {kind ? t('benefits.emptyKind') : t('benefits.empty')}
            </Text>
          )}
        </Panel>
      </Stack>
      <BenefitFormModal opened={editing !== null} onClose={() => setEditing(null)} benefit={editing === 'new' ? null : editing} />
      <HoldersModal benefit={holdersOf} onClose={() => setHoldersOf(null)} />
    </>
  );
}

/** "730.000 ₫/tháng", a lock for roles that may not see amounts, or a dash. */
export function BenefitAmount({ amount, period, hidden }: { amount: number | null; period: TBenefit['amountPeriod']; hidden: boolean }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  if (hidden)
    return (
      <Tooltip label={t('benefits.amountsHrOnly')}>
        <Group gap={4} c="dimmed" justify="flex-end" wrap="nowrap" component="span" data-testid="benefit-amount-hidden">
          <IconLock size={14} />
          <Text span size="sm">
            {t('benefits.hidden')}
          </Text>
        </Group>
      </Tooltip>
    );
  if (amount === null)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  return (
    <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="benefit-amount-value">
      {format.money(amount)}
      {period ? (
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          {t(`benefits.per.${period}`)}
        </Text>
      ) : null}
    </Text>
  );
}

function BenefitRow({ benefit: b, manage, onEdit, onHolders }: { benefit: TBenefit; manage: boolean; onEdit: () => void; onHolders: () => void }) {
  const { t } = useTranslation('internal');
  const errorMessage = useErrorMessage();
  const archive = useArchiveBenefit();
  const remove = useDeleteBenefit();
  const [deleting, setDeleting] = useState(false);
  return (
    <Table.Tr data-testid="benefit-row" opacity={b.archived ? 0.6 : 1}>
      <Table.Td data-wrap miw={240}>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {b.name}
          </Text>
          {b.archived ? (
            <Badge size="xs" color="gray" variant="outline">
              {t('benefits.archived')}
            </Badge>
          ) : null}
        </Group>
        {b.description ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {b.description}
          </Text>
        ) : null}
        {b.discountPolicy ? (
          <Anchor component={Link} to="/internal/purchases" size="xs">
            {t('benefits.policyLine', { name: b.discountPolicy.name, percent: b.discountPolicy.percent })}
          </Anchor>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={KIND_COLOR[b.kind]}>
          {t(`benefits.kinds.${b.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <BenefitAmount amount={b.defaultAmount} period={b.amountPeriod} hidden={b.amountHidden} />
      </Table.Td>
      <Table.Td ta="right">
        <Button variant="subtle" size="compact-sm" leftSection={<IconUsers size={14} />} onClick={onHolders} data-testid="benefit-holders">
          {b.currentHolders}
        </Button>
      </Table.Td>
      {manage ? (
        <Table.Td>
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('common.more')} data-testid="benefit-menu">
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
                {t('common.edit')}
              </Menu.Item>
              <Menu.Item
                leftSection={b.archived ? <IconArrowBackUp size={14} /> : <IconArchive size={14} />}
                onClick={() =>
                  archive.mutate(
                    { benefitId: b.id, archived: !b.archived },
                    {
                      onSuccess: () => notifySuccess(b.archived ? t('benefits.restored') : t('benefits.archivedDone')),
                      onError: (error) => notifyError(t('benefits.saveFailed'), errorMessage(error)),
                    },
                  )
                }
              >
                {b.archived ? t('benefits.restore') : t('benefits.archive')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(true)}>
                {t('benefits.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <ConfirmModal
            opened={deleting}
            title={t('benefits.deleteTitle')}
            message={t('benefits.deleteText', { name: b.name })}
            confirmLabel={t('benefits.delete')}
            loading={remove.isPending}
            onConfirm={() =>
              remove.mutate(b.id, {
                onSuccess: () => {
                  setDeleting(false);
                  notifySuccess(t('benefits.deleted'));
                },
                onError: (error) => {
                  setDeleting(false);
                  notifyError(t('benefits.deleteFailed'), errorMessage(error));
                },
              })
            }
            onClose={() => setDeleting(false)}
          />
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** Who holds a benefit today. */
function HoldersModal({ benefit, onClose }: { benefit: TBenefit | null; onClose: () => void }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const holders = useBenefitHolders(benefit?.id ?? null);
  return (
    <Modal opened={benefit !== null} onClose={onClose} title={benefit ? t('benefits.holdersTitle', { name: benefit.name }) : ''} size="lg" scrollAreaComponent={ScrollArea.Autosize}>
      {holders.isPending ? (
        <Skeleton h={120} />
      ) : holders.isError ? (
        <QueryError error={holders.error} onRetry={() => void holders.refetch()} />
      ) : holders.data.length ? (
        <Table fz="sm" verticalSpacing={6} data-testid="benefit-holders-list">
          <Table.Tbody>
            {holders.data.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>
                  <EmployeeLink id={h.employeeId} size="sm">
                    {h.employeeName}
                  </EmployeeLink>
                </Table.Td>
                <Table.Td c="dimmed">{h.endDate ? t('benefits.term', { from: format.day(h.startDate), to: format.day(h.endDate) }) : t('benefits.termOpen', { from: format.day(h.startDate) })}</Table.Td>
                <Table.Td ta="right">
                  <BenefitAmount amount={h.amount} period={h.amountPeriod} hidden={h.amountHidden} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('benefits.noHolders')}
        </Text>
      )}
    </Modal>
  );
}
