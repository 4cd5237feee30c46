import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../ui/sharedLists';
import { isLocale } from '../../../i18n';
import { notifySuccess } from '../../../ui/notify';
import { useFormFailure } from '../../../ui/useFormFailure';
import { useChangeLanguage, useSession, useUpdateProfile } from '../../auth';

/** The signed-in user's own name and language. */
export function ProfilePanel() {
  const { t } = useTranslation();
  const session = useSession();
  const update = useUpdateProfile();
  const { locale, changeLanguage } = useChangeLanguage();
  const form = useForm({
    initialValues: { name: session.user.name },
    validate: { name: (value) => (value.trim() ? null : t('profile.nameRequired')) },
  });
  const { failure, reset, handleError } = useFormFailure(form);

  useEffect(() => {
    form.setInitialValues({ name: session.user.name });
    form.setValues({ name: session.user.name });
    // `form` is a new object on every render, so only the server values are dependencies.
  }, [session.user.name]);

  return (
    <Stack gap="xl" maw={520}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          reset();
          update.mutate(
            { name: values.name.trim() },
            { onSuccess: () => notifySuccess(t('profile.saved')), onError: handleError },
          );
        })}
      >
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <TextInput
            label={t('profile.name')}
            description={t('profile.nameHint')}
            autoComplete="name"
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <TextInput label={t('profile.email')} value={session.user.email} readOnly variant="filled" />
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('profile.language')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('profile.languageHint')}
        </Text>
        <SegmentedControl
          w="fit-content"
          value={locale}
          onChange={(value) => isLocale(value) && changeLanguage(value)}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          data-testid="profile-language"
        />
      </Stack>
    </Stack>
  );
}
