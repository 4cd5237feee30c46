import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { EMAIL_VARIABLES, type TPerson } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../ui/notify';
import { useFormFailure } from '../../../ui/useFormFailure';
import { useEmailTemplates, useSendEmail } from '../hooks/useEmail';
import { useBlockedReason } from './EmailStatusBadge';

/** Variables filled from the person (or the workspace and sender): the form does not ask for them. */
const AUTOMATIC = new Set(['name', 'firstName', 'lastName', 'email', 'phone', 'company', 'workspace', 'sender']);

type Values = {
  templateId: string | null;
  subject: string;
  text: string;
  purpose: 'transactional' | 'marketing';
  language: 'auto' | 'vi' | 'en';
  variables: Record<string, string>;
};

/** Compose an e-mail to one person: free text, or a template with its variables. */
export function SendEmailModal({ person, opened, onClose }: { person: TPerson; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('email.compose.title', { name: person.fullName })} size="lg">
      {opened ? <ComposeForm person={person} onDone={onClose} /> : null}
    </Modal>
  );
}

function ComposeForm({ person, onDone }: { person: TPerson; onDone: () => void }) {
  const { t } = useTranslation();
  const templates = useEmailTemplates();
  const send = useSendEmail();
  const blocked = useBlockedReason();
  const form = useForm<Values>({
    initialValues: { templateId: null, subject: '', text: '', purpose: 'transactional', language: 'auto', variables: {} },
    validate: {
      subject: (v, all) => (all.templateId || v.trim() ? null : t('email.compose.required')),
      text: (v, all) => (all.templateId || v.trim() ? null : t('email.compose.required')),
    },
  });
  const { failure, reset, handleError } = useFormFailure(form);
  const template = templates.data?.data.find((x) => x.id === form.values.templateId) ?? null;
  const asked = template ? template.variables.filter((v) => !AUTOMATIC.has(v)) : [];
  const address = person.emails[0]?.address ?? null;
  const consent = person.consents.email?.status ?? null;
  const marketingBlocked = form.values.purpose === 'marketing' && consent !== 'given';

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        reset();
        const empty = asked.filter((name) => !(v.variables[name] ?? '').trim());
        if (empty.length) {
          for (const name of empty) form.setFieldError(`variables.${name}`, t('email.compose.required'));
          return;
        }
        const variables = Object.fromEntries(Object.entries(v.variables).filter(([k, value]) => asked.includes(k) && value.trim()));
        send.mutate(
          {
            personIds: [person.id],
            purpose: v.purpose,
            ...(v.templateId ? { templateId: v.templateId, variables } : { subject: v.subject.trim(), text: v.text }),
            ...(v.language !== 'auto' ? { language: v.language } : {}),
          },
          {
            onSuccess: (result) => {
              const m = result.data[0];
              if (m?.status === 'blocked') notifySuccess(t('email.compose.resultBlocked', { reason: blocked(m.blockedReason) }));
              else if (m?.status === 'outbox') notifySuccess(t('email.compose.resultOutbox'));
              else notifySuccess(t('email.compose.resultQueued', { to: m?.toAddress ?? '' }));
              onDone();
            },
            onError: handleError,
          },
        );
      })}
    >
      <Stack>
        {!address ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('email.compose.noAddress')}
          </Alert>
        ) : (
          <Text size="sm">
            <Text span c="dimmed">
              {t('email.compose.to')}:{' '}
            </Text>
            {person.fullName} &lt;{address}&gt;
          </Text>
        )}
        {failure ? <Alert color="red">{failure}</Alert> : null}
        <Group grow align="flex-start">
          <Select
            label={t('email.compose.template')}
            placeholder={t('email.compose.noTemplate')}
            clearable
            data={(templates.data?.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
            {...form.getInputProps('templateId')}
            onChange={(id) => {
              form.setFieldValue('templateId', id);
              const chosen = templates.data?.data.find((x) => x.id === id);
              if (chosen) form.setFieldValue('purpose', chosen.purpose);
            }}
            data-testid="compose-template"
          />
          <Select
            label={t('email.compose.language')}
            data={[
              { value: 'auto', label: t('email.compose.languageAuto') },
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English' },
            ]}
            allowDeselect={false}
            disabled={!template}
            {...form.getInputProps('language')}
          />
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('email.compose.purpose')}
          </Text>
          <SegmentedControl
            data={(['transactional', 'marketing'] as const).map((value) => ({ value, label: t(`email.purposes.${value}`) }))}
            {...form.getInputProps('purpose')}
            data-testid="compose-purpose"
          />
        </div>
        {marketingBlocked ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="compose-consent-warning">
            {t('email.compose.noConsent')}
          </Alert>
        ) : null}
        {template ? (
          <>
            <Text size="sm" c="dimmed">
              {t('email.compose.templatePreview')}: <b>{template.subjectVi}</b>
            </Text>
            {asked.map((name) => (
              <TextInput
                key={name}
                label={t(`email.variables.${name}`, { defaultValue: name })}
                description={`{{${name}}}`}
                required
                {...form.getInputProps(`variables.${name}`)}
                value={form.values.variables[name] ?? ''}
                data-testid={`compose-var-${name}`}
              />
            ))}
          </>
        ) : (
          <>
            <TextInput label={t('email.compose.subject')} required {...form.getInputProps('subject')} data-testid="compose-subject" />
            <Textarea label={t('email.compose.text')} required autosize minRows={6} maxRows={16} {...form.getInputProps('text')} data-testid="compose-text" />
            <Text size="xs" c="dimmed">
              {t('email.templates.variablesHelp')} {EMAIL_VARIABLES.filter((v) => AUTOMATIC.has(v)).map((v) => `{{${v}}}`).join(', ')}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('email.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconSend size={16} />} loading={send.isPending} data-testid="compose-send">
            {t('email.compose.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
