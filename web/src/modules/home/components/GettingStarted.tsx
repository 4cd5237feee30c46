import { Card, Stack, Text, ThemeIcon, Title, UnstyledButton, Group } from '@mantine/core';
import { IconChevronRight, IconKey, IconMailPlus, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../../auth';
import classes from './GettingStarted.module.css';

type SettingsTab = 'invitations' | 'api-keys' | 'profile';

type StepProps = { icon: ReactNode; title: string; description: string; tab: SettingsTab };

function Step({ icon, title, description, tab }: StepProps) {
  return (
    <UnstyledButton
      className={classes.step}
      renderRoot={(props) => <Link {...props} to="/settings" search={{ tab }} />}
    >
      <Group wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" size={38} radius="md">
          {icon}
        </ThemeIcon>
        <Stack gap={0} style={{ flex: 1 }}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        </Stack>
        <IconChevronRight size={16} color="var(--mantine-color-dimmed)" />
      </Group>
    </UnstyledButton>
  );
}

/** First steps for a new workspace; management steps only for owners and admins. */
export function GettingStarted() {
  const { t } = useTranslation();
  const { canManage } = useCurrentWorkspace();
  return (
    <Card>
      <Title order={3} fz="lg" mb="xs">
        {t('home.start.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('home.start.subtitle')}
      </Text>
      <Stack gap="xs">
        {canManage ? (
          <>
            <Step
              icon={<IconMailPlus size={20} />}
              title={t('home.start.inviteTitle')}
              description={t('home.start.inviteText')}
              tab="invitations"
            />
            <Step
              icon={<IconKey size={20} />}
              title={t('home.start.apiTitle')}
              description={t('home.start.apiText')}
              tab="api-keys"
            />
          </>
        ) : null}
        <Step
          icon={<IconUserCircle size={20} />}
          title={t('home.start.profileTitle')}
          description={t('home.start.profileText')}
          tab="profile"
        />
      </Stack>
    </Card>
  );
}
