import { ActionIcon, Alert, Badge, Button, Grid, Group, Menu, Modal, NumberInput, Paper, ScrollArea, Select, Skeleton, Stack, Text, Textarea, useMantineTheme } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconCalendarX, IconDots, IconGift, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { TEmployeeBenefit } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, parseDay, useFormatters } from '../../../../i18n/format';
import { ConfirmModal } from '../../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../../ui/errors';
import { QueryError } from '../../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { useSaveFailure } from '../../common/formErrors';
import { useInternalPermissions } from '../../common/permissions';
import type { TEmployee } from '../../common/types';
import { DayInput, Panel } from '../../common/ui';
import { todayInVietnam } from '../../employees/tenure';
import { useBenefits, useDeleteEmployeeBenefit, useEmployeeBenefits, useEndEmployeeBenefit, useSaveEmployeeBenefit } from '../hooks/useBenefits';
import { KIND_COLOR, hasAmount, money, moneyInputProps } from '../kinds';
import { BenefitAmount } from './BenefitsPage';

const STATE_COLOR: Record<TEmployeeBenefit['state'], string> = { current: 'teal', upcoming: 'blue', ended: 'gray' };

/**
 * The benefits an employee holds or held. Everyone who may see the employee sees which benefits and
 * when; amounts and HR's notes only reach HR and the owner, and only they change anything.
 */
export function EmployeeBenefitsPanel({ employee }: { employee: TEmployee }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const { can } = useInternalPermissions();
  const manage = can('benefits.manage');
  const benefits = useEmployeeBenefits(employee.id);
  const [editing, setEditing] = useState<TEmployeeBenefit | 'new' | null>(null);
  const [ending, setEnding] = useState<TEmployeeBenefit | null>(null);
  const [removing, setRemoving] = useState<TEmployeeBenefit | null>(null);
  const errorMessage = useErrorMessage();
  const remove = useDeleteEmployeeBenefit(employee.id);

  return (
    <Panel
      title={t('benefits.employeeTitle')}
      icon={<IconGift size={18} color="var(--mantine-color-teal-7)" />}
      action={
        manage && employee.status !== 'left' ? (
          <Button size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="add-employee-benefit">
            {t('benefits.assign')}
          </Button>
        ) : null
      }
      testId="employee-benefits"
    >
      {benefits.isPending ? (
        <Skeleton h={100} />
      ) : benefits.isError ? (
        <QueryError error={benefits.error} onRetry={() => void benefits.refetch()} />
      ) : benefits.data.length ? (
        <Stack gap="xs">
          {benefits.data.map((b) => (
            <Paper key={b.id} withBorder p="sm" radius="md" data-testid="employee-benefit" opacity={b.state === 'ended' ? 0.75 : 1}>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {b.benefitName}
                    </Text>
                    <Badge size="xs" variant="light" color={KIND_COLOR[b.kind]}>
                      {t(`benefits.kinds.${b.kind}`)}
                    </Badge>
                    <Badge size="xs" color={STATE_COLOR[b.state]}>
                      {t(`benefits.state.${b.state}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {b.endDate ? t('benefits.term', { from: format.day(b.startDate), to: format.day(b.endDate) }) : t('benefits.termOpen', { from: format.day(b.startDate) })}
                  </Text>
                  {b.notes ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {b.notes}
                    </Text>
                  ) : null}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  {hasAmount(b.kind) ? <BenefitAmount amount={b.amount} period={b.amountPeriod} hidden={b.amountHidden} /> : null}
                  {manage ? (
                    <Menu position="bottom-end" shadow="md">
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('common.more')} data-testid="employee-benefit-menu">
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(b)}>
                          {t('common.edit')}
                        </Menu.Item>
                        {b.state !== 'ended' ? (
                          <Menu.Item leftSection={<IconCalendarX size={14} />} onClick={() => setEnding(b)} data-testid="end-employee-benefit">
                            {t('benefits.end')}
                          </Menu.Item>
                        ) : null}
                        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(b)}>
                          {t('benefits.remove')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('benefits.employeeEmpty')}
        </Text>
      )}
      {manage ? (
        <>
          <AssignBenefitModal employeeId={employee.id} assignment={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
          <EndBenefitModal employeeId={employee.id} assignment={ending} onClose={() => setEnding(null)} />
          <ConfirmModal
            opened={removing !== null}
            title={t('benefits.removeTitle')}
            message={t('benefits.removeText', { name: removing?.benefitName ?? '' })}
            confirmLabel={t('benefits.remove')}
            loading={remove.isPending}
            onConfirm={() =>
              removing &&
              remove.mutate(removing.id, {
                onSuccess: () => {
                  setRemoving(null);
                  notifySuccess(t('benefits.removed'));
                },
                onError: (error) => notifyError(t('benefits.saveFailed'), errorMessage(error)),
              })
            }
            onClose={() => setRemoving(null)}
          />
        </>
      ) : null}
    </Panel>
  );
}

type AssignValues = { benefitId: string | null; startDate: string; endDate: string; amount: number | string; notes: string };

function AssignBenefitModal({ employeeId, assignment, opened, onClose }: { employeeId: string; assignment: TEmployeeBenefit | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('internal');
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal opened={opened} onClose={onClose} title={assignment ? t('benefits.editAssignment') : t('benefits.assignTitle')} size="md" fullScreen={isPhone} scrollAreaComponent={ScrollArea.Autosize} closeOnClickOutside={false}>
      {opened ? <AssignForm employeeId={employeeId} assignment={assignment} onDone={onClose} /> : null}
    </Modal>
  );
}

function AssignForm({ employeeId, assignment, onDone }: { employeeId: string; assignment: TEmployeeBenefit | null; onDone: () => void }) {
  const { t, i18n } = useTranslation('internal');
  const catalog = useBenefits();
  const save = useSaveEmployeeBenefit(employeeId);
  const form = useForm<AssignValues>({
    initialValues: {
      benefitId: assignment?.benefitId ?? null,
      startDate: formatDay(assignment?.startDate ?? todayInVietnam(), i18n.language),
      endDate: assignment?.endDate ? formatDay(assignment.endDate, i18n.language) : '',
      amount: assignment?.amount ?? '',
      notes: assignment?.notes ?? '',
    },
    validate: {
      benefitId: (v) => (v ? null : t('form.required')),
      startDate: (v) => (parseDay(v) ? null : t('common.dayInvalid')),
      endDate: (v, values) => {
        if (!v.trim()) return null;
        const end = parseDay(v);
        const start = parseDay(values.startDate);
        if (!end) return t('common.dayInvalid');
        return start && end < start ? t('benefits.endBeforeStart') : null;
      },
    },
  });
  const failure = useSaveFailure(form);
  const values = form.getValues();
  const chosen = catalog.data?.find((b) => b.id === values.benefitId);
  const kind = chosen?.kind ?? assignment?.kind ?? null;
  const withAmount = kind !== null && hasAmount(kind);

  const submit = form.onSubmit((v) => {
    failure.reset();
    const amount = withAmount ? money(v.amount) : null;
    save.mutate(
      {
        assignmentId: assignment?.id ?? null,
        body: {
          benefitId: v.benefitId ?? '',
          startDate: parseDay(v.startDate) ?? '',
          endDate: v.endDate.trim() ? parseDay(v.endDate) : null,
          // Empty on a new assignment: the catalog's usual amount applies.
          ...(withAmount ? (amount !== null || assignment ? { amount } : {}) : {}),
          notes: v.notes.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(assignment ? t('benefits.assignmentSaved') : t('benefits.assigned'));
          onDone();
        },
        onError: failure.handleError,
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="assign-benefit-form">
      <Stack gap="md">
        <Select
          label={t('benefits.benefit')}
          data={(catalog.data ?? []).map((b) => ({ value: b.id, label: `${b.name} · ${t(`benefits.kinds.${b.kind}`)}` }))}
          searchable
          required
          disabled={assignment !== null}
          placeholder={assignment ? assignment.benefitName : t('benefits.choose')}
          data-testid="assign-benefit-select"
          {...form.getInputProps('benefitId')}
          onChange={(value) => {
            form.setFieldValue('benefitId', value);
            const b = catalog.data?.find((x) => x.id === value);
            if (b?.defaultAmount != null && form.getValues().amount === '') form.setFieldValue('amount', b.defaultAmount);
          }}
        />
        <Grid>
          <Grid.Col span={6}>
            <DayInput label={t('benefits.start')} required data-testid="assign-benefit-start" {...form.getInputProps('startDate')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <DayInput label={t('benefits.endDate')} description={t('benefits.endHint')} {...form.getInputProps('endDate')} />
          </Grid.Col>
        </Grid>
        {withAmount ? (
          <NumberInput
            label={t('benefits.amount')}
            description={chosen?.amountPeriod ? t('benefits.amountHint', { period: t(`benefits.per.${chosen.amountPeriod}`) }) : t('benefits.amountHintPlain')}
            placeholder="0 ₫"
            data-testid="assign-benefit-amount"
            {...moneyInputProps}
            {...form.getInputProps('amount')}
          />
        ) : null}
        <Textarea label={t('benefits.notes')} description={t('benefits.notesHint')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tandem-form-footer">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="assign-benefit-submit">
            {assignment ? t('common.save') : t('benefits.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EndBenefitModal({ employeeId, assignment, onClose }: { employeeId: string; assignment: TEmployeeBenefit | null; onClose: () => void }) {
  const { t } = useTranslation('internal');
  return (
    <Modal opened={assignment !== null} onClose={onClose} title={assignment ? t('benefits.endTitle', { name: assignment.benefitName }) : ''}>
      {assignment ? <EndBenefitForm key={assignment.id} employeeId={employeeId} assignment={assignment} onDone={onClose} /> : null}
    </Modal>
  );
}

/** The last day of a benefit, today by default (Vietnam time). */
function EndBenefitForm({ employeeId, assignment, onDone }: { employeeId: string; assignment: TEmployeeBenefit; onDone: () => void }) {
  const { t, i18n } = useTranslation('internal');
  const errorMessage = useErrorMessage();
  const end = useEndEmployeeBenefit(employeeId);
  const [text, setText] = useState(() => formatDay(todayInVietnam(), i18n.language));
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const day = parseDay(text);
    if (!day) return setError(t('common.dayInvalid'));
    if (day < assignment.startDate) return setError(t('benefits.endBeforeStart'));
    setError(null);
    end.mutate(
      { assignmentId: assignment.id, endDate: day },
      {
        onSuccess: () => {
          notifySuccess(t('benefits.ended'));
          onDone();
        },
        onError: (e) => notifyError(t('benefits.saveFailed'), errorMessage(e)),
      },
    );
  };
  return (
    <Stack>
      <DayInput label={t('benefits.lastDay')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} data-testid="end-benefit-date" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={end.isPending} onClick={submit} data-testid="end-benefit-submit">
          {t('benefits.end')}
        </Button>
      </Group>
    </Stack>
  );
}
