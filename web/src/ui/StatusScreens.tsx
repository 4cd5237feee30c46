import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCompassOff, IconMoodSad } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LogoMark } from './Logo';

/** Shown while the app finds out who is signed in. */
export function FullPageLoader() {
  return (
    <Center h="100dvh">
      <Stack align="center" gap="md">
        <LogoMark size={40} />
        <Loader size="sm" type="dots" />
      </Stack>
    </Center>
  );
}

/** An address that matches no page. */
export function NotFoundScreen({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation();
  return (
    <Center mih="70dvh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <IconCompassOff size={48} stroke={1.4} color="var(--mantine-color-dimmed)" />
        <Title order={2}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.text')}</Text>
        <Button component="a" href={homeHref} variant="light" mt="sm">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}

/** An unexpected failure while rendering; reloading is the honest way out. */
export function ErrorScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="70dvh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <IconMoodSad size={48} stroke={1.4} color="var(--mantine-color-dimmed)" />
        <Title order={2}>{t('crash.title')}</Title>
        <Text c="dimmed">{t('crash.text')}</Text>
        <Button variant="light" mt="sm" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </Button>
      </Stack>
    </Center>
  );
}
