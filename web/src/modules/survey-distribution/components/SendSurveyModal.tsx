import { Alert, Button, Code, Group, Modal, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TSurvey, TSurveyCampaign } from '@tandem/shared';
import { IconInfoCircle, IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { useFormatters } from '../../../i18n/format';
import { useCurrentWorkspace } from '../../auth';
import { invitationPreview } from '../distribution';
import { useErrorMessage } from '../../../ui/errors';
import { useDistributionSettings, useSendSurvey, useSurveyCampaigns } from '../hooks/useDistribution';
import { CampaignCounts } from './CampaignCounts';

/**
 * "Gửi qua e-mail": who gets it, what the e-mail says (Tandem's standard invitation with the personal
 * one-time link), why it may be sent (consent for customers, work mail for employees), the reminder,
 * then the campaign's live counts.
 */
export function SendSurveyModal({ survey, opened, onClose }: { survey: TSurvey; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<TSurveyCampaign | null>(null);
  const close = () => {
    setSent(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('surveyDistribution.send.title', { name: survey.name })} size="lg">
      {sent ? <Progressing survey={survey} first={sent} onClose={close} /> : <SendForm survey={survey} onSent={setSent} onCancel={close} />}
    </Modal>
  );
}

function SendForm({ survey, onSent, onCancel }: { survey: TSurvey; onSent: (c: TSurveyCampaign) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const send = useSendSurvey(survey.id);
  const { workspace } = useCurrentWorkspace();
  const settings = useDistributionSettings();
  const [remind, setRemind] = useState(true);
  const [days, setDays] = useState<number | string>(3);
  const [error, setError] = useState<string | null>(null);
  const employees = survey.audience.type === 'employees';
  const a = survey.audience;
  const audienceLabel =
    a.type === 'employees'
      ? t(a.departmentId ? 'surveyDistribution.audience.department' : 'surveyDistribution.audience.allEmployees')
      : t(a.viewId ? 'surveyDistribution.audience.view' : 'surveyDistribution.audience.allCustomers');
  const submit = async () => {
    setError(null);
    const reminder = remind ? Number(days) : null;
    if (reminder !== null && (!Number.isInteger(reminder) || reminder < 1 || reminder > 60)) {
      setError(t('surveyDistribution.send.reminderRange'));
      return;
    }
    try {
      onSent(await send.mutateAsync(reminder));
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setError(fields.reminderAfterDays ?? errorMessage(e));
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  const preview = invitationPreview(survey, workspace?.name ?? 'Tandem');
  return (
    <Stack>
      {survey.status !== 'active' ? <Alert color="yellow">{t('surveyDistribution.send.notActive')}</Alert> : null}
      <Stack gap={4}>
        <Title order={6}>{t('surveyDistribution.send.audience')}</Title>
        <Text size="sm" data-testid="send-audience">
          {audienceLabel}
        </Text>
        <Text size="sm" c="dimmed">
          {t('surveyDistribution.send.audienceHelp', { links: fmt.number(survey.recipientCount), responses: fmt.number(survey.responseCount) })}
        </Text>
      </Stack>
      <Alert color={employees ? 'blue' : 'orange'} icon={<IconInfoCircle size={18} />} title={employees ? t('surveyDistribution.purpose.employeesTitle') : t('surveyDistribution.purpose.customersTitle')} data-testid="send-purpose">
        {employees ? t('surveyDistribution.purpose.employees') : t('surveyDistribution.purpose.customers')}
        {settings.data ? (
          <Text size="sm" mt={4}>
            {settings.data.contactFrequencyDays > 0
              ? t('surveyDistribution.purpose.frequency', { days: settings.data.contactFrequencyDays })
              : t('surveyDistribution.purpose.noFrequency')}{' '}
            {t('surveyDistribution.purpose.rate', { rate: fmt.number(settings.data.sendsPerMinute) })}
          </Text>
        ) : null}
      </Alert>
      <Stack gap={4}>
        <Title order={6}>{t('surveyDistribution.send.message')}</Title>
        <Text size="sm">
          <b>{t('surveyDistribution.send.subject')}:</b> {preview.subject}
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap' }} data-testid="send-preview">
          {preview.text}
        </Code>
        <Text size="xs" c="dimmed">
          {t('surveyDistribution.send.templateNote', { link: '{{link}}', recipient: '{{recipient}}', interpolation: { escapeValue: false } })}
        </Text>
      </Stack>
      <Group align="flex-end">
        <Switch label={t('surveyDistribution.send.remind')} checked={remind} onChange={(e) => setRemind(e.currentTarget.checked)} data-testid="send-remind" />
        <NumberInput
          label={t('surveyDistribution.send.remindAfter')}
          min={1}
          max={60}
          allowDecimal={false}
          value={days}
          onChange={setDays}
          disabled={!remind}
          w={160}
          data-testid="send-remind-days"
        />
      </Group>
      {error ? (
        <Alert color="red" data-testid="send-error">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={send.isPending} disabled={survey.status !== 'active'} leftSection={<IconMailCheck size={16} />} data-testid="send-confirm">
          {t('surveyDistribution.send.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function Progressing({ survey, first, onClose }: { survey: TSurvey; first: TSurveyCampaign; onClose: () => void }) {
  const { t } = useTranslation();
  const campaigns = useSurveyCampaigns(survey.id);
  const live = campaigns.data?.data.find((c) => c.id === first.id) ?? first;
  return (
    <Stack>
      <Alert color="teal" icon={<IconMailCheck size={18} />} data-testid="send-started">
        {t('surveyDistribution.send.started')}
      </Alert>
      <CampaignCounts campaign={live} responseCount={survey.responseCount} />
      <Group justify="flex-end">
        <Button onClick={onClose} data-testid="send-close">
          {t('common.done')}
        </Button>
      </Group>
    </Stack>
  );
}
