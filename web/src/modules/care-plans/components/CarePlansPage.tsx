import { ActionIcon, Anchor, Badge, Button, Group, Menu, Modal, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconHeartHandshake, IconList, IconMail, IconPencil, IconPlayerPlay, IconPlus, IconChecklist, IconTrash } from '@tabler/icons-react';
import type { TCarePlan } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { ListSkeleton, LoadMore, QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { usePermissions } from '../../auth';
import { CustomersTabs, PersonLink } from '../../customers';
import { useCarePlanRuns, useCarePlans, useDeleteCarePlan, useRunCarePlans, useSavedCarePlanPreview, useSetCarePlanEnabled } from '../hooks/useCarePlans';
import { CarePlanFormModal } from './CarePlanFormModal';
import { CarePlanPreviewPanel } from './CarePlanPreviewPanel';

/** Chăm sóc khách hàng: the workspace's care-plan rules, their switch, last run and firings. */
export function CarePlansPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const { can } = usePermissions();
  const plans = useCarePlans();
  const setEnabled = useSetCarePlanEnabled();
  const remove = useDeleteCarePlan();
  const runNow = useRunCarePlans();
  const [editing, setEditing] = useState<TCarePlan | 'new' | null>(null);
  const [enabling, setEnabling] = useState<TCarePlan | null>(null);
  const [deleting, setDeleting] = useState<TCarePlan | null>(null);
  const [showingRuns, setShowingRuns] = useState<TCarePlan | null>(null);
  const manage = can('carePlans.manage');
  const rows = plans.data?.pages.flatMap((p) => p.data) ?? [];

  const toggle = (plan: TCarePlan, enabled: boolean) => {
    // Switching on first shows who the rule would act on right away.
    if (enabled) return setEnabling(plan);
    setEnabled.mutate(
      { id: plan.id, enabled: false },
      { onSuccess: () => notifySuccess(t('carePlans.disabled', { name: plan.name })), onError: (e) => notifyError(t('carePlans.toggleFailed'), errorMessage(e)) },
    );
  };

  const describe = (plan: TCarePlan) => {
    const values = { days: plan.trigger.days, stage: plan.trigger.stage ? t(`customers.stages.${plan.trigger.stage}`) : '' };
    const trigger = plan.trigger.days === 0 ? t(`carePlans.summaryNow.${plan.trigger.type}`, values) : t(`carePlans.summary.${plan.trigger.type}`, values);
    const audience = [
      ...plan.audience.lifecycleStages.map((s) => t(`customers.stages.${s}`)),
      ...plan.audience.customerTypes.map((s) => t(`customers.types.${s}`)),
      ...plan.audience.tags.map((tag) => `#${tag}`),
    ];
    return { trigger, audience };
  };

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={t('carePlans.description')}
        actions={
          <Group gap="xs">
            {can('carePlans.run') ? (
              <Button
                variant="default"
                leftSection={<IconPlayerPlay size={18} />}
                loading={runNow.isPending}
                data-testid="care-plans-run"
                onClick={() =>
                  runNow.mutate(undefined, {
                    onSuccess: (r) => notifySuccess(t('carePlans.ran', { count: r.fired })),
                    onError: (e) => notifyError(t('carePlans.runFailed'), errorMessage(e)),
                  })
                }
              >
                {t('carePlans.runNow')}
              </Button>
            ) : null}
            {manage ? (
              <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')} data-testid="care-plan-create">
                {t('carePlans.create')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <CustomersTabs active="care-plans" />
      {plans.isPending ? (
        <ListSkeleton />
      ) : plans.isError ? (
        <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : rows.length === 0 ? (
        <Stack align="center" py="xl" gap="xs">
          <IconHeartHandshake size={40} stroke={1.4} color="var(--mantine-color-dimmed)" />
          <Text c="dimmed" size="sm" ta="center" maw={480}>
            {t('carePlans.empty')}
          </Text>
        </Stack>
      ) : (
        <Table verticalSpacing="sm" highlightOnHover data-testid="care-plans-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('carePlans.columns.on')}</Table.Th>
              <Table.Th>{t('carePlans.columns.rule')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('carePlans.columns.actions')}</Table.Th>
              <Table.Th visibleFrom="md">{t('carePlans.columns.lastRun')}</Table.Th>
              <Table.Th ta="right">{t('carePlans.columns.fired')}</Table.Th>
              <Table.Th w={52} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((plan) => {
              const { trigger, audience } = describe(plan);
              return (
                <Table.Tr key={plan.id} data-testid="care-plan-row" data-enabled={plan.enabled || undefined}>
                  <Table.Td>
                    <Switch
                      checked={plan.enabled}
                      disabled={!manage}
                      aria-label={t('carePlans.toggle', { name: plan.name })}
                      onChange={(e) => toggle(plan, e.currentTarget.checked)}
                      data-testid="care-plan-toggle"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {plan.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {trigger}
                      {audience.length ? ` · ${audience.join(', ')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Group gap={4}>
                      {plan.task ? (
                        <Badge variant="light" leftSection={<IconChecklist size={12} />}>
                          {t('carePlans.actionTask')}
                        </Badge>
                      ) : null}
                      {plan.email ? (
                        <Badge variant="light" color={plan.email.purpose === 'marketing' ? 'grape' : 'teal'} leftSection={<IconMail size={12} />}>
                          {t(`carePlans.purposes.${plan.email.purpose}`)}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text size="sm" c={plan.lastRunAt ? undefined : 'dimmed'}>
                      {plan.lastRunAt ? format.relative(plan.lastRunAt) : t('carePlans.neverRun')}
                    </Text>
                    {plan.lastRunAt ? (
                      <Text size="xs" c="dimmed">
                        {t('carePlans.lastFired', { count: plan.lastFired })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Anchor component="button" type="button" size="sm" fw={600} onClick={() => setShowingRuns(plan)} data-testid="care-plan-fired">
                      {format.number(plan.firedTotal)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('carePlans.more')}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconList size={16} />} onClick={() => setShowingRuns(plan)}>
                          {t('carePlans.showRuns')}
                        </Menu.Item>
                        {manage ? (
                          <>
                            <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(plan)} data-testid="care-plan-edit">
                              {t('carePlans.edit')}
                            </Menu.Item>
                            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(plan)}>
                              {t('carePlans.delete')}
                            </Menu.Item>
                          </>
                        ) : null}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore hasMore={Boolean(plans.hasNextPage)} loading={plans.isFetchingNextPage} onLoadMore={() => void plans.fetchNextPage()} />

      <CarePlanFormModal opened={editing !== null} plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <EnableModal
        plan={enabling}
        onClose={() => setEnabling(null)}
        loading={setEnabled.isPending}
        onConfirm={(plan) =>
          setEnabled.mutate(
            { id: plan.id, enabled: true },
            {
              onSuccess: () => {
                notifySuccess(t('carePlans.enabled', { name: plan.name }));
                setEnabling(null);
              },
              onError: (e) => notifyError(t('carePlans.toggleFailed'), errorMessage(e)),
            },
          )
        }
      />
      <RunsModal plan={showingRuns} onClose={() => setShowingRuns(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('carePlans.deleteTitle')}
        message={t('carePlans.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('carePlans.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => setDeleting(null),
            onError: (e) => notifyError(t('carePlans.deleteFailed'), errorMessage(e)),
          })
        }
      />
    </>
  );
}

/** Before a rule is switched on: how many customers it would act on at its first run. */
function EnableModal({ plan, loading, onConfirm, onClose }: { plan: TCarePlan | null; loading: boolean; onConfirm: (plan: TCarePlan) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const preview = useSavedCarePlanPreview(plan?.id ?? null);
  return (
    <Modal opened={plan !== null} onClose={onClose} title={t('carePlans.enableTitle', { name: plan?.name ?? '' })} size="lg">
      <Stack>
        <CarePlanPreviewPanel preview={preview.data ?? null} loading={preview.isFetching} error={preview.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => plan && onConfirm(plan)} loading={loading} disabled={preview.isPending} data-testid="care-plan-enable-confirm">
            {t('carePlans.enableConfirm', { count: preview.data?.count ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A rule's firings: who, for which occurrence, and the task or e-mail it made. */
function RunsModal({ plan, onClose }: { plan: TCarePlan | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const runs = useCarePlanRuns(plan?.id ?? null);
  const rows = runs.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Modal opened={plan !== null} onClose={onClose} title={t('carePlans.runsTitle', { name: plan?.name ?? '' })} size="xl">
      {runs.isPending ? (
        <ListSkeleton rows={3} />
      ) : runs.isError ? (
        <QueryError error={runs.error} onRetry={() => void runs.refetch()} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="lg">
          {t('carePlans.noRuns')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="care-plan-runs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('carePlans.runs.customer')}</Table.Th>
              <Table.Th>{t('carePlans.runs.due')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('carePlans.runs.firedAt')}</Table.Th>
              <Table.Th>{t('carePlans.runs.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.triggerKey}>
                <Table.Td>
                  <PersonLink id={r.personId} size="sm">
                    {r.fullName ?? t('carePlans.runs.deleted')}
                  </PersonLink>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.day(r.triggerDate)}</Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{format.dateTime(r.firedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.taskId ? <Badge variant="light">{t('carePlans.actionTask')}</Badge> : null}
                    {r.emailStatus ? (
                      <Tooltip label={t('carePlans.runs.emailHelp')}>
                        <Badge variant="light" color={r.emailStatus.startsWith('blocked') ? 'orange' : 'teal'}>
                          {t(`carePlans.emailStatus.${r.emailStatus.replace(':', '_')}`, { defaultValue: r.emailStatus })}
                        </Badge>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore hasMore={Boolean(runs.hasNextPage)} loading={runs.isFetchingNextPage} onLoadMore={() => void runs.fetchNextPage()} />
    </Modal>
  );
}
