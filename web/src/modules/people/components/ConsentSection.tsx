import { Alert, Badge, Button, Checkbox, Collapse, Group, Modal, Select, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBrandMessenger, IconMail, IconMessage, IconPhoneCall, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentChannel, TPerson } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { CONSENT_CHANNELS, isConsentMethod, type ConsentMethod } from '../../../ui/customerLists';
import { useErrorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { Section, useCustomerLabels } from '../../customers';
import type { ConsentRecord } from '../api/peopleApi';
import { useRecordConsent } from '../hooks/usePeople';

const CHANNEL_ICON: Record<ConsentChannel, typeof IconMail> = {
  email: IconMail,
  sms: IconMessage,
  zalo: IconBrandMessenger,
  phone: IconPhoneCall,
};

/** Ways a member records consent by hand; `import` and `api` are recorded by those paths themselves. */
const MANUAL_METHODS: ConsentMethod[] = ['form', 'verbal', 'written', 'email'];

type ConsentSectionProps = {
  person: TPerson;
  history: ConsentRecord[];
  canWrite: boolean;
};

/**
 * Consent per channel (Law 91/2025): explicit, provable, never assumed. Each change is appended with
 * how it was obtained, so the history shows what was agreed and when.
 */
export function ConsentSection({ person, history, canWrite }: ConsentSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCustomerLabels();
  const [recording, setRecording] = useState<{ channel: ConsentChannel; status: 'given' | 'withdrawn' } | null>(null);
  const [historyOpen, historyToggle] = useDisclosure(false);

  return (
    <Section title={t('consent.title')} icon={<IconShieldCheck size={18} color="var(--mantine-color-ocean-7)" />} testId="consent-section">
      <Stack gap="sm">
        {CONSENT_CHANNELS.map((channel) => {
          const state = person.consents[channel] ?? null;
          const Icon = CHANNEL_ICON[channel];
          return (
            <Group key={channel} justify="space-between" wrap="nowrap" gap="xs" data-testid={`consent-${channel}`}>
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <ThemeIcon variant="light" color="gray" radius="xl" size={30}>
                  <Icon size={16} />
                </ThemeIcon>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text size="sm" fw={500}>
                      {t(`consent.channels.${channel}`)}
                    </Text>
                    <Badge
                      size="xs"
                      color={state?.status === 'given' ? 'teal' : state?.status === 'withdrawn' ? 'red' : 'gray'}
                      variant={state ? 'light' : 'outline'}
                      tt="none"
                      data-testid="consent-status"
                    >
                      {state ? t(`consent.status.${state.status}`) : t('consent.status.none')}
                    </Badge>
                  </Group>
                  {state ? (
                    <Text size="xs" c="dimmed">
                      {labels.method(state.method)} · {format.date(state.recordedAt)}
                    </Text>
                  ) : null}
                </Stack>
              </Group>
              {canWrite && !person.deletedAt ? (
                state?.status === 'given' ? (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRecording({ channel, status: 'withdrawn' })} data-testid="consent-withdraw">
                    {t('consent.withdraw')}
                  </Button>
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => setRecording({ channel, status: 'given' })} data-testid="consent-give">
                    {t('consent.giveShort')}
                  </Button>
                )
              ) : null}
            </Group>
          );
        })}
        {history.length ? (
          <>
            <Button variant="subtle" size="compact-xs" color="gray" onClick={historyToggle.toggle} w="fit-content">
              {historyOpen ? t('consent.hideHistory') : t('consent.showHistory', { count: history.length })}
            </Button>
            <Collapse expanded={historyOpen}>
              <Stack gap={6} data-testid="consent-history">
                {history.map((record) => (
                  <Text key={record.id} size="xs" c="dimmed">
                    {format.dateTime(record.recordedAt)} — {t(`consent.historyLine.${record.status === 'given' ? 'given' : 'withdrawn'}`, {
                      channel: CONSENT_CHANNELS.includes(record.channel as ConsentChannel) ? t(`consent.channels.${record.channel as ConsentChannel}`) : record.channel,
                      method: labels.method(record.method),
                    })}
                    {record.recordedByName ? ` · ${record.recordedByName}` : ''}
                    {record.evidence ? ` · ${record.evidence}` : ''}
                  </Text>
                ))}
              </Stack>
            </Collapse>
          </>
        ) : null}
      </Stack>
      <ConsentModal person={person} recording={recording} onClose={() => setRecording(null)} />
    </Section>
  );
}

type ConsentModalProps = {
  person: TPerson;
  recording: { channel: ConsentChannel; status: 'given' | 'withdrawn' } | null;
  onClose: () => void;
};

function ConsentModal({ person, recording, onClose }: ConsentModalProps) {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const errorMessage = useErrorMessage();
  const record = useRecordConsent(person.id);
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const [evidence, setEvidence] = useState('');
  // Consent is never pre-ticked: the member confirms it, every time.
  const [confirmed, setConfirmed] = useState(false);
  const close = () => {
    setMethod(null);
    setEvidence('');
    setConfirmed(false);
    record.reset();
    onClose();
  };
  if (!recording) return null;
  const channel = t(`consent.channels.${recording.channel}`);
  const giving = recording.status === 'given';
  return (
    <Modal opened onClose={close} title={giving ? t('consent.giveTitle', { channel }) : t('consent.withdrawTitle', { channel })}>
      <Stack>
        <Text size="sm">{giving ? t('consent.giveText', { name: person.fullName, channel }) : t('consent.withdrawText', { name: person.fullName, channel })}</Text>
        <Select
          label={t('consent.method')}
          placeholder={t('consent.methodPlaceholder')}
          required
          data={MANUAL_METHODS.map((value) => ({ value, label: labels.method(value) }))}
          value={method}
          onChange={(value) => setMethod(isConsentMethod(value) ? value : null)}
          data-testid="consent-method"
        />
        <TextInput
          label={t('consent.evidence')}
          description={t('consent.evidenceHint')}
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
          maxLength={1000}
          data-testid="consent-evidence"
        />
        {giving ? (
          <Checkbox
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
            label={t('consent.confirm', { channel })}
            data-testid="consent-confirm"
          />
        ) : null}
        {record.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color={giving ? undefined : 'red'}
            disabled={!method || (giving && !confirmed)}
            loading={record.isPending}
            onClick={() =>
              method &&
              record.mutate(
                { channel: recording.channel, status: recording.status, method, evidence: evidence.trim() || null },
                {
                  onSuccess: () => {
                    notifySuccess(giving ? t('consent.given', { channel }) : t('consent.withdrawn', { channel }));
                    close();
                  },
                },
              )
            }
            data-testid="consent-submit"
          >
            {giving ? t('consent.give') : t('consent.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
