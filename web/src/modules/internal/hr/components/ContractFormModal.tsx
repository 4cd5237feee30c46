import { ActionIcon, Alert, Button, Grid, Group, Modal, NumberInput, ScrollArea, Select, Stack, Text, TextInput, Textarea, useMantineTheme } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDay, parseDay, useFormatters } from '../../../../i18n/format';
import { notifySuccess } from '../../../../ui/notify';
import { useSaveFailure } from '../../common/formErrors';
import { CONTRACT_TYPES, isContractType } from '../../common/lists';
import type { ContractType, TContract } from '../../common/types';
import { DayInput } from '../../common/ui';
import { todayInVietnam } from '../../employees/tenure';
import { useSaveContract } from '../hooks/useHr';

type ContractFormModalProps = { opened: boolean; onClose: () => void; employeeId: string; contract: TContract | null };

/** Add or change a labour contract: type, term, salary and allowances in whole đồng. */
export function ContractFormModal({ opened, onClose, employeeId, contract }: ContractFormModalProps) {
  const { t } = useTranslation('internal');
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contract ? t('contracts.editTitle') : t('contracts.addTitle')}
      size="lg"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      closeOnClickOutside={false}
    >
      {opened ? <ContractForm employeeId={employeeId} contract={contract} onDone={onClose} /> : null}
    </Modal>
  );
}

type Values = {
  type: ContractType;
  number: string;
  startDate: string;
  endDate: string;
  salary: number | string;
  allowances: { name: string; amount: number | string }[];
  notes: string;
};

const money = (value: number | string): number | null => {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
};

function ContractForm({ employeeId, contract, onDone }: { employeeId: string; contract: TContract | null; onDone: () => void }) {
  const { t, i18n } = useTranslation('internal');
  const format = useFormatters();
  const save = useSaveContract(employeeId);
  const form = useForm<Values>({
    initialValues: {
      type: contract?.type ?? 'probation',
      number: contract?.number ?? '',
      startDate: formatDay(contract?.startDate ?? todayInVietnam(), i18n.language),
      endDate: contract?.endDate ? formatDay(contract.endDate, i18n.language) : '',
      salary: contract?.salary ?? '',
      allowances: contract?.allowances.map((a) => ({ name: a.name, amount: a.amount })) ?? [],
      notes: contract?.notes ?? '',
    },
    validate: {
      startDate: (v) => (parseDay(v) ? null : t('common.dayInvalid')),
      endDate: (v, values) => {
        if (!v.trim()) return null;
        const end = parseDay(v);
        const start = parseDay(values.startDate);
        if (!end) return t('common.dayInvalid');
        return start && end < start ? t('contracts.endBeforeStart') : null;
      },
      allowances: {
        name: (v, values, path) => {
          const index = Number(path.split('.')[1]);
          const row = values.allowances[index];
          return row && !v.trim() && money(row.amount) ? t('form.required') : null;
        },
      },
    },
  });
  const failure = useSaveFailure(form);
  const values = form.getValues();
  const total = (money(values.salary) ?? 0) + values.allowances.reduce((sum, a) => sum + (money(a.amount) ?? 0), 0);

  const submit = form.onSubmit((v) => {
    failure.reset();
    save.mutate(
      {
        contractId: contract?.id ?? null,
        body: {
          type: v.type,
          number: v.number.trim() || null,
          startDate: parseDay(v.startDate) ?? '',
          endDate: v.endDate.trim() ? parseDay(v.endDate) : null,
          salary: money(v.salary),
          allowances: v.allowances.filter((a) => a.name.trim()).map((a) => ({ name: a.name.trim(), amount: money(a.amount) ?? 0 })),
          notes: v.notes.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(contract ? t('contracts.saved') : t('contracts.created'));
          onDone();
        },
        onError: failure.handleError,
      },
    );
  });

  const moneyProps = { thousandSeparator: '.', decimalSeparator: ',', allowDecimal: false, allowNegative: false, suffix: ' ₫', hideControls: true } as const;

  return (
    <form onSubmit={submit} noValidate data-testid="contract-form">
      <Stack gap="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('contracts.type')}
              data={CONTRACT_TYPES.map((type) => ({ value: type, label: t(`contractType.${type}`) }))}
              allowDeselect={false}
              required
              data-testid="contract-type"
              {...form.getInputProps('type')}
              onChange={(value) => {
                if (isContractType(value)) form.setFieldValue('type', value);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('contracts.number')} placeholder="12/2025/HĐLĐ" {...form.getInputProps('number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6 }}>
            <DayInput label={t('contracts.start')} required data-testid="contract-start" {...form.getInputProps('startDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6 }}>
            <DayInput label={t('contracts.end')} description={values.type === 'indefinite' ? t('contracts.endIndefinite') : undefined} {...form.getInputProps('endDate')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <NumberInput label={t('contracts.salary')} description={t('contracts.salaryHint')} placeholder="15.000.000 ₫" data-testid="contract-salary-input" {...moneyProps} {...form.getInputProps('salary')} />
          </Grid.Col>
        </Grid>

        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('contracts.allowances')}
            </Text>
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('allowances', { name: '', amount: '' })} data-testid="add-allowance">
              {t('contracts.addAllowance')}
            </Button>
          </Group>
          {values.allowances.map((_, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput placeholder={t('contracts.allowanceName')} aria-label={t('contracts.allowanceName')} style={{ flex: 1 }} {...form.getInputProps(`allowances.${i}.name`)} />
              <NumberInput placeholder="0 ₫" aria-label={t('contracts.allowanceAmount')} w={160} {...moneyProps} {...form.getInputProps(`allowances.${i}.amount`)} />
              <ActionIcon variant="subtle" color="red" mt={4} onClick={() => form.removeListItem('allowances', i)} aria-label={t('contracts.removeAllowance')}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {values.allowances.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('contracts.allowancesHint')}
            </Text>
          ) : null}
          <Group justify="space-between" py={6} px="sm" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Text size="sm">{t('contracts.monthlyTotal')}</Text>
            <Text size="sm" fw={700}>
              {format.money(total)}
            </Text>
          </Group>
        </Stack>

        <Textarea label={t('contracts.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tandem-form-footer">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contract-submit">
            {contract ? t('common.save') : t('contracts.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
