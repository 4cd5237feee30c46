import { Alert, Button, Grid, Group, Modal, MultiSelect, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../ui/notify';
import { useSaveFailure } from '../../common/formErrors';
import { CONTRACT_TYPES, DISCOUNT_PERIODS, isContractType, isDiscountPeriod } from '../../common/lists';
import type { DiscountPeriod, TDiscountPolicy } from '../../common/types';
import { useSavePolicy } from '../hooks/usePurchases';

type PolicyFormModalProps = { opened: boolean; onClose: () => void; policy: TDiscountPolicy | null; categories: string[] };

/** An employee discount: how much off, on which category, capped per period, for whom. */
export function PolicyFormModal({ opened, onClose, policy, categories }: PolicyFormModalProps) {
  const { t } = useTranslation('internal');
  return (
    <Modal opened={opened} onClose={onClose} title={policy ? t('policies.editTitle') : t('policies.addTitle')} size="lg">
      {opened ? <PolicyForm policy={policy} categories={categories} onDone={onClose} /> : null}
    </Modal>
  );
}

type Values = {
  name: string;
  category: string | null;
  percent: number | string;
  capAmount: number | string;
  period: DiscountPeriod;
  minTenureMonths: number | string;
  contractTypes: string[];
  active: boolean;
};

function PolicyForm({ policy, categories, onDone }: { policy: TDiscountPolicy | null; categories: string[]; onDone: () => void }) {
  const { t } = useTranslation('internal');
  const save = useSavePolicy();
  const form = useForm<Values>({
    initialValues: {
      name: policy?.name ?? '',
      category: policy?.category ?? null,
      percent: policy?.percent ?? 10,
      capAmount: policy?.capAmount ?? '',
      period: policy?.period ?? 'month',
      minTenureMonths: policy?.minTenureMonths ?? 0,
      contractTypes: policy?.contractTypes ?? [],
      active: policy?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('form.required')),
      percent: (v) => (Number(v) >= 1 && Number(v) <= 100 ? null : t('policies.percentInvalid')),
    },
  });
  const failure = useSaveFailure(form);

  const submit = form.onSubmit((v) => {
    failure.reset();
    const contractTypes = v.contractTypes.filter(isContractType);
    save.mutate(
      {
        id: policy?.id ?? null,
        body: {
          name: v.name.trim(),
          category: v.category?.trim() || null,
          percent: Math.round(Number(v.percent)),
          capAmount: v.capAmount === '' ? null : Math.round(Number(v.capAmount)),
          period: v.period,
          minTenureMonths: Math.round(Number(v.minTenureMonths) || 0),
          contractTypes: contractTypes.length ? contractTypes : null,
          active: v.active,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(policy ? t('policies.saved') : t('policies.created'));
          onDone();
        },
        onError: failure.handleError,
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('policies.name')} placeholder={t('policies.namePlaceholder')} required data-autofocus {...form.getInputProps('name')} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <Select
              label={t('policies.category')}
              description={t('policies.categoryHint')}
              placeholder={t('policies.allCategories')}
              data={categories}
              searchable
              clearable
              {...form.getInputProps('category')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <NumberInput label={t('policies.percent')} description={'\u00a0'} min={1} max={100} suffix=" %" allowDecimal={false} {...form.getInputProps('percent')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <NumberInput
              label={t('policies.cap')}
              description={t('policies.capHint')}
              placeholder={t('policies.noCap')}
              thousandSeparator="."
              decimalSeparator=","
              allowDecimal={false}
              allowNegative={false}
              suffix=" ₫"
              hideControls
              {...form.getInputProps('capAmount')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Select
              label={t('policies.period')}
              description={'\u00a0'}
              data={DISCOUNT_PERIODS.map((p) => ({ value: p, label: t(`policies.periodName.${p}`) }))}
              allowDeselect={false}
              {...form.getInputProps('period')}
              onChange={(value) => {
                if (isDiscountPeriod(value)) form.setFieldValue('period', value);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <NumberInput label={t('policies.minTenure')} min={0} max={600} allowDecimal={false} suffix={` ${t('policies.monthsUnit')}`} {...form.getInputProps('minTenureMonths')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <MultiSelect
              label={t('policies.contractTypes')}
              placeholder={t('policies.anyContract')}
              data={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`contractType.${c}`) }))}
              clearable
              {...form.getInputProps('contractTypes')}
            />
          </Grid.Col>
        </Grid>
        <Switch label={t('policies.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {policy ? t('common.save') : t('policies.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
