import { Alert, Button, Divider, Grid, Group, NumberInput, PasswordInput, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconInfoCircle, IconMailForward, IconTrash } from '@tabler/icons-react';
import type { TEmailSettings } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useFormFailure } from '../../../ui/useFormFailure';
import { useErrorMessage } from '../../../ui/errors';
import { useDeleteEmailSettings, useEmailSettings, useSaveEmailSettings, useTestEmailSettings } from '../hooks/useEmail';

type Values = {
  smtpHost: string;
  smtpPort: number | string;
  smtpSecurity: 'tls' | 'starttls' | 'none';
  smtpUser: string;
  smtpPassword: string;
  fromAddress: string;
  fromName: string;
  replyTo: string;
  defaultLanguage: 'vi' | 'en';
};

/** Settings → E-mail: the workspace's SMTP server (the password is write-only) and a test message. */
export function EmailSettingsPanel() {
  const settings = useEmailSettings();
  if (settings.isPending) return <Skeleton h={320} />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <EmailSettingsForm key={settings.data.updatedAt ?? 'new'} settings={settings.data} />;
}

function EmailSettingsForm({ settings }: { settings: TEmailSettings }) {
  const { t } = useTranslation();
  const save = useSaveEmailSettings();
  const remove = useDeleteEmailSettings();
  const test = useTestEmailSettings();
  const errorMessage = useErrorMessage();
  const [removing, setRemoving] = useState(false);
  const [testTo, setTestTo] = useState('');
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Values>({
    initialValues: {
      smtpHost: settings.smtpHost ?? '',
      smtpPort: settings.smtpPort ?? 587,
      smtpSecurity: settings.smtpSecurity ?? 'starttls',
      smtpUser: settings.smtpUser ?? '',
      smtpPassword: '',
      fromAddress: settings.fromAddress ?? '',
      fromName: settings.fromName ?? '',
      replyTo: settings.replyTo ?? '',
      defaultLanguage: settings.defaultLanguage,
    },
    validate: {
      smtpHost: (v) => (v.trim() ? null : t('email.settings.required')),
      fromAddress: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('email.settings.invalidEmail')),
    },
  });
  const { failure, reset, handleError } = useFormFailure(form);

  const submit = form.onSubmit((v) => {
    reset();
    save.mutate(
      {
        smtpHost: v.smtpHost.trim(),
        smtpPort: Number(v.smtpPort),
        smtpSecurity: v.smtpSecurity,
        smtpUser: v.smtpUser.trim() || null,
        // Empty keeps the stored password.
        ...(v.smtpPassword ? { smtpPassword: v.smtpPassword } : {}),
        fromAddress: v.fromAddress.trim(),
        fromName: v.fromName.trim() || null,
        replyTo: v.replyTo.trim() || null,
        defaultLanguage: v.defaultLanguage,
      },
      { onSuccess: () => notifySuccess(t('email.settings.saved')), onError: handleError },
    );
  });

  const runTest = () => {
    setTestResult(null);
    test.mutate(testTo.trim(), {
      onSuccess: (r) => setTestResult({ ok: true, text: t('email.settings.testSent', { to: testTo.trim(), response: r.response }) }),
      onError: (error) => setTestResult({ ok: false, text: isApiError(error) ? error.problem.detail : errorMessage(error) }),
    });
  };

  return (
    <Stack gap="lg" maw={760}>
      <div>
        <Title order={3} fz="lg">
          {t('email.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('email.settings.description')}
        </Text>
      </div>
      {!settings.configured ? (
        <Alert color="orange" icon={<IconInfoCircle size={18} />} data-testid="email-not-configured">
          {t('email.settings.notConfigured')}
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit}>
        <Stack>
          {failure ? <Alert color="red">{failure}</Alert> : null}
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('email.settings.host')} placeholder="smtp.gmail.com" required {...form.getInputProps('smtpHost')} data-testid="smtp-host" />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <NumberInput label={t('email.settings.port')} min={1} max={65535} required {...form.getInputProps('smtpPort')} data-testid="smtp-port" />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Select
                label={t('email.settings.security')}
                data={(['starttls', 'tls', 'none'] as const).map((value) => ({ value, label: t(`email.settings.securities.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('smtpSecurity')}
                data-testid="smtp-security"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('email.settings.user')} autoComplete="off" {...form.getInputProps('smtpUser')} data-testid="smtp-user" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PasswordInput
                label={t('email.settings.password')}
                description={settings.passwordSet ? t('email.settings.passwordKept') : undefined}
                placeholder={settings.passwordSet ? '••••••••' : ''}
                autoComplete="new-password"
                {...form.getInputProps('smtpPassword')}
                data-testid="smtp-password"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('email.settings.fromAddress')} placeholder="cskh@congty.vn" required {...form.getInputProps('fromAddress')} data-testid="smtp-from" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('email.settings.fromName')} placeholder={t('email.settings.fromNamePlaceholder')} {...form.getInputProps('fromName')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('email.settings.replyTo')} {...form.getInputProps('replyTo')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('email.settings.defaultLanguage')}
                description={t('email.settings.defaultLanguageHelp')}
                data={[
                  { value: 'vi', label: 'Tiếng Việt' },
                  { value: 'en', label: 'English' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('defaultLanguage')}
              />
            </Grid.Col>
          </Grid>
          <Group justify="space-between">
            {settings.configured ? (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setRemoving(true)}>
                {t('email.settings.remove')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={save.isPending} data-testid="smtp-save">
              {t('email.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {settings.configured ? (
        <>
          <Divider />
          <Stack gap="xs">
            <Title order={4} fz="md">
              {t('email.settings.testTitle')}
            </Title>
            <Group align="flex-end">
              <TextInput
                label={t('email.settings.testTo')}
                placeholder="ban@congty.vn"
                value={testTo}
                onChange={(e) => setTestTo(e.currentTarget.value)}
                style={{ flex: '1 1 260px' }}
                data-testid="smtp-test-to"
              />
              <Button variant="light" leftSection={<IconMailForward size={16} />} loading={test.isPending} disabled={!testTo.trim()} onClick={runTest} data-testid="smtp-test">
                {t('email.settings.test')}
              </Button>
            </Group>
            {testResult ? (
              <Alert color={testResult.ok ? 'teal' : 'red'} icon={testResult.ok ? <IconCircleCheck size={18} /> : undefined} data-testid="smtp-test-result">
                {testResult.text}
              </Alert>
            ) : null}
          </Stack>
        </>
      ) : null}
      <ConfirmModal
        opened={removing}
        title={t('email.settings.removeTitle')}
        message={t('email.settings.removeMessage')}
        confirmLabel={t('email.settings.remove')}
        loading={remove.isPending}
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setRemoving(false);
              notifySuccess(t('email.settings.removed'));
            },
            onError: (error) => notifyError(t('email.settings.removeFailed'), errorMessage(error)),
          })
        }
      />
    </Stack>
  );
}
