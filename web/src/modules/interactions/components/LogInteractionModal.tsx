import { Button, FileInput, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip } from '@tabler/icons-react';
import { INTERACTION_KINDS, MAX_INTERACTION_FILE_BYTES, type InteractionKind } from '@tandem/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { CustomerPicker } from '../../tasks/components/CustomerPicker';
import { toLocalInput } from '../../tasks/components/TaskDrawer';
import { AttachmentUploadError, useLogInteraction } from '../hooks/useInteractions';
import { CALL_OUTCOMES, CHANNELS, DEFAULT_CHANNEL, KIND_ICON, parseDuration } from './interactionKinds';

type Values = {
  kind: InteractionKind;
  channel: string | null;
  direction: 'inbound' | 'outbound';
  when: string;
  duration: string;
  outcome: string | null;
  summary: string;
  personId: string | null;
  organizationId: string | null;
  files: File[];
};

const MAX_MB = MAX_INTERACTION_FILE_BYTES / 1024 / 1024;

/**
 * Log a call, e-mail, chat, meeting, visit or note with a customer: on a person's page the person is
 * fixed and an organization may be linked, on an organization's page the other way round.
 */
export function LogInteractionModal({
  opened,
  kind,
  onClose,
  personId = null,
  organizationId = null,
  employeeId = null,
}: {
  opened: boolean;
  kind: InteractionKind;
  onClose: () => void;
  personId?: string | null;
  organizationId?: string | null;
  /** With an employee (internal area): no customer to pick. */
  employeeId?: string | null;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const log = useLogInteraction();
  const fresh = (k: InteractionKind): Values => ({
    kind: k,
    channel: DEFAULT_CHANNEL[k],
    direction: 'outbound',
    when: toLocalInput(new Date().toISOString()),
    duration: '',
    outcome: k === 'call' ? 'answered' : null,
    summary: '',
    personId,
    organizationId,
    files: [],
  });
  const form = useForm<Values>({
    initialValues: fresh(kind),
    validate: {
      summary: (v) => (v.trim() ? null : t('interactions.form.summaryRequired')),
      when: (v) => (v && !Number.isNaN(new Date(v).getTime()) ? null : t('interactions.form.whenRequired')),
      duration: (v, values) => (values.kind === 'call' && Number.isNaN(parseDuration(v) ?? 0) ? t('interactions.form.durationInvalid') : null),
      files: (files) => (files.some((f) => f.size > MAX_INTERACTION_FILE_BYTES) ? t('interactions.form.fileTooLarge', { mb: MAX_MB }) : null),
    },
  });
  // Each opening starts afresh with the kind chosen and "now".
  useEffect(() => {
    if (opened) form.setValues(fresh(kind));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, kind]);

  const isCall = form.values.kind === 'call';
  const hasDirection = form.values.kind !== 'note';

  const submit = form.onSubmit((v) =>
    log.mutate(
      {
        body: {
          kind: v.kind,
          channel: v.channel,
          direction: v.kind === 'note' ? null : v.direction,
          occurredAt: new Date(v.when).toISOString(),
          durationSeconds: v.kind === 'call' ? parseDuration(v.duration) : null,
          outcome: v.kind === 'call' ? v.outcome : null,
          summary: v.summary,
          personId: v.personId,
          organizationId: v.organizationId,
          employeeId,
        },
        files: v.files,
      },
      {
        onSuccess: () => {
          notifySuccess(t('interactions.form.saved'));
          onClose();
        },
        onError: (error) => {
          if (error instanceof AttachmentUploadError) {
            notifyError(t('interactions.form.attachmentFailed', { name: error.fileName }), errorMessage(error.cause));
            onClose();
            return;
          }
          if (!applyFieldErrors(form, error)) notifyError(t('interactions.form.failed'), errorMessage(error));
        },
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={t('interactions.form.title')} size="lg">
      <form onSubmit={submit} data-testid="log-interaction-form">
        <Stack>
          <SegmentedControl
            fullWidth
            data={INTERACTION_KINDS.map((k) => ({ value: k, label: t(`interactions.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
            onChange={(k) => {
              const next = k as InteractionKind;
              form.setFieldValue('kind', next);
              form.setFieldValue('channel', DEFAULT_CHANNEL[next]);
              form.setFieldValue('outcome', next === 'call' ? (form.getValues().outcome ?? 'answered') : null);
            }}
            data-testid="interaction-kind"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('interactions.fields.channel')}
              data={CHANNELS.map((c) => ({ value: c, label: t(`interactions.channels.${c}`) }))}
              clearable
              {...form.getInputProps('channel')}
              data-testid="interaction-channel"
            />
            {hasDirection ? (
              <Stack gap={4}>
                <TextLabel>{t('interactions.fields.direction')}</TextLabel>
                <SegmentedControl
                  data={[
                    { value: 'outbound', label: t('interactions.direction.outbound') },
                    { value: 'inbound', label: t('interactions.direction.inbound') },
                  ]}
                  {...form.getInputProps('direction')}
                  data-testid="interaction-direction"
                />
              </Stack>
            ) : null}
            <TextInput type="datetime-local" label={t('interactions.fields.when')} {...form.getInputProps('when')} data-testid="interaction-when" />
            {isCall ? (
              <TextInput label={t('interactions.fields.duration')} placeholder="mm:ss" description={t('interactions.form.durationHint')} {...form.getInputProps('duration')} data-testid="interaction-duration" />
            ) : null}
            {isCall ? (
              <Select
                label={t('interactions.fields.outcome')}
                data={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`interactions.outcomes.${o}`) }))}
                clearable
                {...form.getInputProps('outcome')}
                data-testid="interaction-outcome"
              />
            ) : null}
          </SimpleGrid>
          <Textarea label={t('interactions.fields.summary')} autosize minRows={3} maxRows={10} withAsterisk {...form.getInputProps('summary')} data-testid="interaction-summary-input" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {personId || employeeId ? null : <CustomerPicker kind="person" label={t('interactions.fields.person')} value={form.values.personId} onChange={(id) => form.setFieldValue('personId', id)} testId="interaction-person" />}
            {organizationId || employeeId ? null : (
              <CustomerPicker kind="organization" label={t('interactions.fields.organization')} value={form.values.organizationId} onChange={(id) => form.setFieldValue('organizationId', id)} testId="interaction-organization" />
            )}
          </SimpleGrid>
          <FileInput
            label={t('interactions.fields.attachments')}
            description={t('interactions.form.attachmentsHint', { mb: MAX_MB })}
            placeholder={t('interactions.form.chooseFiles')}
            multiple
            clearable
            leftSection={<IconPaperclip size={16} />}
            {...form.getInputProps('files')}
            data-testid="interaction-files"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={log.isPending} leftSection={KIND_ICON[form.values.kind](16)} data-testid="interaction-save">
              {t('interactions.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function TextLabel({ children }: { children: string }) {
  return (
    <label style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 }} className="mantine-InputWrapper-label">
      {children}
    </label>
  );
}
