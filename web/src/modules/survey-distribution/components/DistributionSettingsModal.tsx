import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { useErrorMessage } from '../../../ui/errors';
import { useDistributionSettings, useUpdateDistributionSettings } from '../hooks/useDistribution';

/** Workspace settings of survey sending: the contact-frequency limit and the sending rate. */
export function DistributionSettingsModal({ opened, onClose, canEdit }: { opened: boolean; onClose: () => void; canEdit: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const settings = useDistributionSettings(opened);
  const update = useUpdateDistributionSettings();
  const [days, setDays] = useState<number | string>('');
  const [rate, setRate] = useState<number | string>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (settings.data) {
      setDays(settings.data.contactFrequencyDays);
      setRate(settings.data.sendsPerMinute);
    }
  }, [settings.data]);
  const submit = async () => {
    const local: Record<string, string> = {};
    const d = Number(days);
    const r = Number(rate);
    if (days === '' || !Number.isInteger(d) || d < 0 || d > 365) local.contactFrequencyDays = t('surveyDistribution.settings.daysRange');
    if (rate === '' || !Number.isInteger(r) || r < 1 || r > 10_000) local.sendsPerMinute = t('surveyDistribution.settings.rateRange');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await update.mutateAsync({ contactFrequencyDays: d, sendsPerMinute: r });
      notifications.show({ color: 'green', message: t('surveyDistribution.settings.saved') });
      onClose();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('surveyDistribution.settings.title')}>
      <Stack>
        {settings.error ? <Alert color="red">{errorMessage(settings.error)}</Alert> : null}
        <NumberInput
          label={t('surveyDistribution.settings.frequency')}
          description={t('surveyDistribution.settings.frequencyHelp')}
          min={0}
          max={365}
          allowDecimal={false}
          suffix={` ${t('surveyDistribution.settings.daysSuffix')}`}
          value={days}
          onChange={setDays}
          disabled={!canEdit}
          error={errors.contactFrequencyDays}
          data-testid="settings-frequency"
        />
        <NumberInput
          label={t('surveyDistribution.settings.rate')}
          description={t('surveyDistribution.settings.rateHelp')}
          min={1}
          max={10_000}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          value={rate}
          onChange={setRate}
          disabled={!canEdit}
          error={errors.sendsPerMinute}
          data-testid="settings-rate"
        />
        {!canEdit ? (
          <Text size="xs" c="dimmed">
            {t('surveyDistribution.settings.readOnly')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {canEdit ? (
            <Button onClick={() => void submit()} loading={update.isPending} data-testid="settings-save">
              {t('common.save')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
