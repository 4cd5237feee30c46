import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useFormatters } from '../../../i18n/format';
import { applyFieldErrors, useErrorMessage } from '../../../ui/errors';
import { useSignIn } from '../hooks/useSignIn';
import { toSignInFailure } from './signInError';

type SignInFormProps = { onSignedIn: () => void };

/** E-mail and password, with an explanation for every way signing in can fail. */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('signIn.emailInvalid')),
      password: (value) => (value ? null : t('signIn.passwordRequired')),
    },
  });

  const failureMessage = (error: unknown): string | null => {
    if (!isApiError(error)) return errorMessage(error);
    const failure = toSignInFailure(error);
    switch (failure.kind) {
      case 'invalid_credentials':
        return t('signIn.errors.invalidCredentials');
      case 'account_locked':
        if (failure.lockedUntil) return t('signIn.errors.lockedUntil', { time: format.dateTime(failure.lockedUntil) });
        return failure.detail ? `${t('signIn.errors.locked')} ${failure.detail}` : t('signIn.errors.locked');
      case 'rate_limited':
        return failure.retryAfterSeconds
          ? t('signIn.errors.rateLimitedFor', { count: Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)) })
          : t('signIn.errors.rateLimited');
      case 'validation_failed':
        return applyFieldErrors(form, error) ? null : errorMessage(error);
      case 'other':
        return errorMessage(error);
      default: {
        const unhandled: never = failure;
        return unhandled;
      }
    }
  };

  const message = signIn.isError ? failureMessage(signIn.error) : null;
  const locked = isApiError(signIn.error) && signIn.error.code === 'account_locked';

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn }),
      )}
      style={{ width: '100%', maxWidth: 400 }}
    >
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={2} fz={28}>
            {t('signIn.title')}
          </Title>
          <Text c="dimmed">{t('signIn.tagline')}</Text>
        </Stack>
        {message ? (
          <Alert
            color={locked ? 'orange' : 'red'}
            icon={locked ? <IconLock size={18} /> : <IconAlertCircle size={18} />}
            role="alert"
            data-testid="sign-in-error"
          >
            {message}
          </Alert>
        ) : null}
        <TextInput
          label={t('signIn.email')}
          placeholder={t('signIn.emailPlaceholder')}
          type="email"
          autoComplete="username"
          size="md"
          required
          autoFocus
          data-testid="sign-in-email"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          size="md"
          required
          data-testid="sign-in-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" size="md" fullWidth loading={signIn.isPending} data-testid="sign-in-submit">
          {t('signIn.submit')}
        </Button>
        <Text size="sm" c="dimmed" ta="center">
          {t('signIn.forgotHint')}
        </Text>
      </Stack>
    </form>
  );
}
