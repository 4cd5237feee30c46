import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useCurrentWorkspace, useSession } from '../../auth';
import { dayPartOf } from './greeting';
import classes from './WelcomeCard.module.css';

/** Greets the user by name and says which workspace they are in, and as what. */
export function WelcomeCard() {
  const { t } = useTranslation();
  const session = useSession();
  const { workspace } = useCurrentWorkspace();
  // The full name as typed: Vietnamese names are never split into parts (see domain rules).
  const name = session.user.name;

  return (
    <Card className={classes.card} data-testid="welcome-card">
      <Stack gap="md" className={classes.content}>
        <Title order={2} fz={{ base: 22, sm: 28 }} c="white">
          {t(`home.greeting.${dayPartOf(new Date())}`, { name })}
        </Title>
        {workspace ? (
          <Group gap="sm" wrap="wrap">
            <Group gap={8} wrap="nowrap">
              <IconBuildingStore size={20} />
              <Text fw={600} fz="lg" data-testid="welcome-workspace-name">
                {workspace.name}
              </Text>
            </Group>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" c="ocean.1">
                {t('home.yourRole')}
              </Text>
              <RoleBadge role={workspace.role} onColor />
            </Group>
          </Group>
        ) : (
          <Text>{t('home.noWorkspace')}</Text>
        )}
        <Text size="sm" c="ocean.0" maw={620}>
          {t('home.intro')}
        </Text>
      </Stack>
    </Card>
  );
}
