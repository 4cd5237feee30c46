import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NAV_ITEMS, UPCOMING_AREAS, type UpcomingArea } from '../../shell';
import classes from './GettingStarted.module.css';

const isUpcoming = (key: string): key is UpcomingArea => (UPCOMING_AREAS as readonly string[]).includes(key);

/** What is coming to Tandem, for people whose role does not read the activity feed. */
export function AreasOverview() {
  const { t } = useTranslation();
  const areas = NAV_ITEMS.flatMap((item) => (isUpcoming(item.key) ? [{ ...item, key: item.key }] : []));
  return (
    <Card>
      <Group justify="space-between" mb="md">
        <Title order={3} fz="lg">
          {t('home.areasTitle')}
        </Title>
        <Badge variant="dot">{t('areas.badge')}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {areas.map(({ key, to, icon: Icon }) => (
          <UnstyledButton key={key} className={classes.step} renderRoot={(props) => <Link {...props} to={to} />}>
            <Group wrap="nowrap" gap="sm" align="flex-start">
              <ThemeIcon variant="light" size={38} radius="md">
                <Icon size={20} />
              </ThemeIcon>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t(`nav.${key}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`areas.${key}.lead`)}
                </Text>
              </Stack>
            </Group>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Card>
  );
}
