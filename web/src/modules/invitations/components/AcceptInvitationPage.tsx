import { Alert, Button, Card, Center, Group, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconMailOpened } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TInvitationLookup } from '@tandem/shared';
import { isApiError } from '../../../api/client';
import { AuthLayout } from '../../../ui/AuthLayout';
import { useErrorMessage } from '../../../ui/errors';
import { useFormFailure } from '../../../ui/useFormFailure';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useChangeLanguage } from '../../auth';
import { useAcceptInvitation, useInvitationLookup } from '../hooks/useInvitations';

const MIN_NEW_PASSWORD = 10;

type AcceptInvitationPageProps = { token: string; onAccepted: () => void };

/** The page an invitation link opens: shows the invitation and joins the workspace. */
export function AcceptInvitationPage({ token, onAccepted }: AcceptInvitationPageProps) {
  const { locale, changeLanguage } = useChangeLanguage();
  const lookup = useInvitationLookup(token);

  return (
    <AuthLayout corner={<LanguageSwitch value={locale} onChange={changeLanguage} variant="default" />}>
      {lookup.isPending ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : lookup.isError ? (
        <InvitationUnavailable error={lookup.error} />
      ) : (
        <AcceptInvitationForm token={token} invitation={lookup.data} onAccepted={onAccepted} />
      )}
    </AuthLayout>
  );
}

function InvitationUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // A 404 or 410 means the link was used, revoked or has expired: say so plainly.
  const gone = isApiError(error) && (error.status === 404 || error.status === 410);
  return (
    <Stack maw={420} w="100%" gap="lg">
      <Title order={2}>{t('invite.unavailableTitle')}</Title>
      <Alert color="orange" icon={<IconAlertCircle size={18} />} role="alert">
        {gone ? t('invite.unavailable') : errorMessage(error)}
      </Alert>
      <Button component={Link} to="/sign-in" variant="default">
        {t('invite.goToSignIn')}
      </Button>
    </Stack>
  );
}

type AcceptInvitationFormProps = { token: string; invitation: TInvitationLookup; onAccepted: () => void };

function AcceptInvitationForm({ token, invitation, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const isNew = !invitation.existingUser;
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: {
      name: (value) => (isNew && !value.trim() ? t('invite.nameRequired') : null),
      password: (value) => {
        if (!value) return t('invite.passwordRequired');
        return isNew && value.length < MIN_NEW_PASSWORD ? t('invite.passwordTooShort', { min: MIN_NEW_PASSWORD }) : null;
      },
    },
  });

  const { failure, reset, handleError } = useFormFailure(form, (error) => {
    if (!isApiError(error)) return null;
    if (error.code === 'invalid_credentials') return t('invite.wrongPassword');
    // The invitation was used a moment ago, or the account was just created: signing in is the way on.
    if (error.code === 'conflict') return t('invite.alreadyUsed');
    return null;
  });

  const submit = form.onSubmit((values) => {
    reset();
    accept.mutate(
      { token, password: values.password, ...(isNew ? { name: values.name.trim() } : {}) },
      { onSuccess: onAccepted, onError: handleError },
    );
  });

  return (
    <form noValidate onSubmit={submit} style={{ width: '100%', maxWidth: 420 }}>
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={2} fz={26}>
            {t('invite.title', { workspace: invitation.workspaceName })}
          </Title>
          <Text c="dimmed">{isNew ? t('invite.subtitleNew') : t('invite.subtitleExisting')}</Text>
        </Stack>
        <Card p="md" radius="md" bg="var(--mantine-color-ocean-light)" withBorder={false}>
          <Group wrap="nowrap" align="flex-start">
            <IconMailOpened size={22} color="var(--mantine-color-ocean-7)" style={{ flexShrink: 0 }} />
            <Stack gap={4}>
              <Text size="sm" fw={600} data-testid="invite-workspace">
                {invitation.workspaceName}
              </Text>
              <Text size="sm" className="tandem-break">
                {invitation.email}
              </Text>
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {t('invite.roleLabel')}
                </Text>
                <RoleBadge role={invitation.role} />
              </Group>
            </Stack>
          </Group>
        </Card>
        {failure ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        ) : null}
        {isNew ? (
          <TextInput
            label={t('invite.name')}
            description={t('invite.nameHint')}
            autoComplete="name"
            size="md"
            required
            {...form.getInputProps('name')}
          />
        ) : null}
        <PasswordInput
          label={isNew ? t('invite.newPassword') : t('invite.existingPassword')}
          description={isNew ? t('invite.passwordHint', { min: MIN_NEW_PASSWORD }) : undefined}
          autoComplete={isNew ? 'new-password' : 'current-password'}
          size="md"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" size="md" loading={accept.isPending} data-testid="accept-invitation">
          {t('invite.submit')}
        </Button>
      </Stack>
    </form>
  );
}
