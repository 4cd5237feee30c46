import { Alert, Avatar, Box, Button, Card, Center, Checkbox, Group, Loader, Stack, Text, TextInput, Textarea, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconLinkOff, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { applyLocale, currentLocale } from '../../../../i18n';
import { useErrorMessage } from '../../../../ui/errors';
import { initials } from '../../../../ui/initials';
import { LanguageSwitch } from '../../../../ui/LanguageSwitch';
import { Logo } from '../../../../ui/Logo';
import { useLocalizedFieldErrors } from '../../common/formErrors';
import { useReferralLanding, useReferralSignup } from '../hooks/useReferrals';
import classes from './ReferralLandingPage.module.css';

/**
 * `/r/<code>`: an employee's referral page, public and phone-first. The visitor leaves a name and a
 * phone number and, by ticking an empty box, agrees to be contacted; the business gets a lead
 * attributed to the employee.
 */
export function ReferralLandingPage({ code }: { code: string }) {
  const { t } = useTranslation('internal');
  const landing = useReferralLanding(code);
  const [locale, setLocale] = useState(currentLocale());

  return (
    <Box className={classes.root}>
      <div className={classes.column}>
        <Group justify="space-between" wrap="nowrap">
          {landing.data ? (
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Avatar radius="md" size={30} color="ocean" variant="filled">
                {landing.data.workspaceName.slice(0, 1).toUpperCase()}
              </Avatar>
              <Text fw={600} size="sm" truncate="end" data-testid="landing-company">
                {landing.data.workspaceName}
              </Text>
            </Group>
          ) : (
            <Logo size={26} />
          )}
          <LanguageSwitch
            value={locale}
            onChange={(next) => {
              setLocale(next);
              void applyLocale(next);
            }}
          />
        </Group>
        {landing.isPending ? (
          <Center py={80}>
            <Loader type="dots" />
          </Center>
        ) : landing.isError ? (
          <Card p="xl" data-testid="referral-missing">
            <Stack align="center" ta="center" gap="sm">
              <ThemeIcon size={56} radius="xl" variant="light" color="gray">
                <IconLinkOff size={28} />
              </ThemeIcon>
              <Title order={2} fz={22}>
                {isApiError(landing.error) && landing.error.status === 404 ? t('landing.missingTitle') : t('landing.errorTitle')}
              </Title>
              <Text c="dimmed" size="sm">
                {isApiError(landing.error) && landing.error.status === 404 ? t('landing.missingText') : t('landing.errorText')}
              </Text>
            </Stack>
          </Card>
        ) : (
          <SignupCard code={code} employeeName={landing.data.employeeName} company={landing.data.workspaceName} />
        )}
        <Text size="xs" c="dimmed" ta="center" mt="auto">
          {t('landing.poweredBy')}
        </Text>
      </div>
    </Box>
  );
}

type Values = { fullName: string; phone: string; email: string; note: string; consent: boolean };

function SignupCard({ code, employeeName, company }: { code: string; employeeName: string; company: string }) {
  const { t } = useTranslation('internal');
  const errorMessage = useErrorMessage();
  const localized = useLocalizedFieldErrors();
  const signup = useReferralSignup(code);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { fullName: '', phone: '', email: '', note: '', consent: false },
    validate: {
      fullName: (v) => (v.trim() ? null : t('landing.nameRequired')),
      phone: (v) => (!v.trim() ? t('landing.phoneRequired') : v.replace(/\D/g, '').length >= 9 ? null : t('form.phoneInvalid')),
      email: (v) => (!v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : t('form.emailInvalid')),
      consent: (v) => (v ? null : t('landing.consentRequired')),
    },
  });

  const submit = form.onSubmit((v) => {
    setFailure(null);
    signup.mutate(
      { fullName: v.fullName.trim(), phone: v.phone.trim(), email: v.email.trim() || null, note: v.note.trim() || null, consentToContact: true },
      {
        onSuccess: () => setDone(v.fullName.trim()),
        onError: (error) => {
          const fields = localized(error);
          let applied = false;
          for (const [path, message] of Object.entries(fields)) {
            if (path in v) {
              form.setFieldError(path, message);
              applied = true;
            }
          }
          if (!applied) setFailure(errorMessage(error));
        },
      },
    );
  });

  if (done !== null) {
    return (
      <Card p="xl" data-testid="referral-thanks">
        <Stack align="center" ta="center" gap="sm">
          <ThemeIcon size={64} radius="xl" color="teal">
            <IconCircleCheck size={36} />
          </ThemeIcon>
          <Title order={2} fz={24}>
            {t('landing.thanksTitle', { name: done })}
          </Title>
          <Text c="dimmed">{t('landing.thanksText', { company, employee: employeeName })}</Text>
        </Stack>
      </Card>
    );
  }

  return (
    <>
      <Stack gap="xs" className={classes.hero} align="center" py="sm">
        <Avatar size={64} radius="xl" color="initials" name={employeeName}>
          {initials(employeeName)}
        </Avatar>
        <Text size="sm" c="dimmed" data-testid="referral-by">
          {t('landing.referredBy', { employee: employeeName, company })}
        </Text>
        <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.25} style={{ textWrap: 'balance' }}>
          {t('landing.headline', { company })}
        </Title>
        <Text c="dimmed" size="sm" maw={400}>
          {t('landing.lead', { employee: employeeName })}
        </Text>
      </Stack>
      <Card p="lg">
        <form onSubmit={submit} noValidate data-testid="referral-form">
          <Stack gap="sm">
            <TextInput label={t('landing.fullName')} placeholder="Nguyễn Văn An" autoComplete="name" required data-testid="landing-name" {...form.getInputProps('fullName')} />
            <TextInput
              label={t('landing.phone')}
              placeholder="0912 345 678"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              required
              data-testid="landing-phone"
              {...form.getInputProps('phone')}
            />
            <TextInput label={t('landing.email')} placeholder="ban@email.com" type="email" autoComplete="email" data-testid="landing-email" {...form.getInputProps('email')} />
            <Textarea label={t('landing.note')} placeholder={t('landing.notePlaceholder')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
            <div className={classes.consent}>
              <Checkbox
                label={t('landing.consent', { company })}
                data-testid="landing-consent"
                {...form.getInputProps('consent', { type: 'checkbox' })}
              />
            </div>
            {failure ? (
              <Alert color="red" variant="light">
                {failure}
              </Alert>
            ) : null}
            <Button type="submit" size="md" fullWidth loading={signup.isPending} data-testid="landing-submit">
              {t('landing.submit')}
            </Button>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconLock size={14} color="var(--mantine-color-dimmed)" style={{ flex: 'none', marginTop: 2 }} />
              <Text size="xs" c="dimmed">
                {t('landing.privacy', { company })}
              </Text>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
