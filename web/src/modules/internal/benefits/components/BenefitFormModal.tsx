import { Alert, Button, Grid, Group, Modal, NumberInput, ScrollArea, Select, Stack, TextInput, Textarea, useMantineTheme } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import type { BenefitKind, TBenefit } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../ui/notify';
import { useSaveFailure } from '../../common/formErrors';
import { usePolicies } from '../../purchases/hooks/usePurchases';
import { useSaveBenefit } from '../hooks/useBenefits';
import { BENEFIT_AMOUNT_PERIODS, BENEFIT_KINDS, hasAmount, isAmountPeriod, isBenefitKind, money, moneyInputProps, type BenefitAmountPeriod } from '../kinds';

type BenefitFormModalProps = { opened: boolean; onClose: () => void; benefit: TBenefit | null };

/** Add or change a benefit or policy of the catalog: kind, usual amount (HR only) or the discount policy it stands for. */
export function BenefitFormModal({ opened, onClose, benefit }: BenefitFormModalProps) {
  const { t } = useTranslation('internal');
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={benefit ? t('benefits.editTitle') : t('benefits.addTitle')}
      size="lg"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      closeOnClickOutside={false}
    >
      {opened ? <BenefitForm benefit={benefit} onDone={onClose} /> : null}
    </Modal>
  );
}

type Values = { name: string; kind: BenefitKind; description: string; defaultAmount: number | string; amountPeriod: BenefitAmountPeriod; discountPolicyId: string | null };

function BenefitForm({ benefit, onDone }: { benefit: TBenefit | null; onDone: () => void }) {
  const { t } = useTranslation('internal');
  const save = useSaveBenefit();
  const policies = usePolicies();
  const form = useForm<Values>({
    initialValues: {
      name: benefit?.name ?? '',
      kind: benefit?.kind ?? 'allowance',
      description: benefit?.description ?? '',
      defaultAmount: benefit?.defaultAmount ?? '',
      amountPeriod: benefit?.amountPeriod ?? 'month',
      discountPolicyId: benefit?.discountPolicy?.id ?? null,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('form.required')),
    },
  });
  const failure = useSaveFailure(form);
  const values = form.getValues();
  const withAmount = hasAmount(values.kind);

  const submit = form.onSubmit((v) => {
    failure.reset();
    const amount = hasAmount(v.kind) ? money(v.defaultAmount) : null;
    save.mutate(
      {
        benefitId: benefit?.id ?? null,
        body: {
          name: v.name.trim(),
          kind: v.kind,
          description: v.description.trim() || null,
          defaultAmount: amount,
          amountPeriod: hasAmount(v.kind) && amount !== null ? v.amountPeriod : null,
          discountPolicyId: v.kind === 'discount' ? v.discountPolicyId : null,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(benefit ? t('benefits.saved') : t('benefits.created'));
          onDone();
        },
        onError: failure.handleError,
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="benefit-form">
      <Stack gap="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <TextInput label={t('benefits.name')} placeholder={t('benefits.namePlaceholder')} required data-autofocus data-testid="benefit-name" {...form.getInputProps('name')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Select
              label={t('benefits.kind')}
              data={BENEFIT_KINDS.map((k) => ({ value: k, label: t(`benefits.kinds.${k}`) }))}
              allowDeselect={false}
              required
              data-testid="benefit-kind"
              {...form.getInputProps('kind')}
              onChange={(value) => {
                if (isBenefitKind(value)) form.setFieldValue('kind', value);
              }}
            />
          </Grid.Col>
          {withAmount ? (
            <>
              <Grid.Col span={{ base: 12, sm: 7 }}>
                <NumberInput
                  label={t('benefits.defaultAmount')}
                  description={t('benefits.defaultAmountHint')}
                  placeholder="730.000 ₫"
                  data-testid="benefit-amount"
                  {...moneyInputProps}
                  {...form.getInputProps('defaultAmount')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <Select
                  label={t('benefits.amountPeriod')}
                  data={BENEFIT_AMOUNT_PERIODS.map((p) => ({ value: p, label: t(`benefits.period.${p}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('amountPeriod')}
                  onChange={(value) => {
                    if (isAmountPeriod(value)) form.setFieldValue('amountPeriod', value);
                  }}
                />
              </Grid.Col>
            </>
          ) : null}
          {values.kind === 'discount' ? (
            <Grid.Col span={12}>
              <Select
                label={t('benefits.discountPolicy')}
                description={t('benefits.discountPolicyHint')}
                placeholder={t('benefits.discountPolicyPlaceholder')}
                data={(policies.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (−${p.percent}%)` }))}
                clearable
                searchable
                data-testid="benefit-policy"
                {...form.getInputProps('discountPolicyId')}
              />
            </Grid.Col>
          ) : null}
        </Grid>
        <Textarea label={t('benefits.description')} placeholder={t('benefits.descriptionPlaceholder')} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tandem-form-footer">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="benefit-submit">
            {benefit ? t('common.save') : t('benefits.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
