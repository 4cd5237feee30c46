import { Avatar, Card, Group, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconActivity, IconArrowBackUp, IconKey, IconPencil, IconPlus, IconSettingsAutomation, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TAuditEvent } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { initials } from '../../../ui/initials';
import { ListSkeleton, QueryError } from '../../../ui/ListStates';
import { useRecentEvents } from '../hooks/useRecentEvents';
import classes from './RecentActivity.module.css';
import { actorOf, entityOf } from './describeEvent';

const ACTION_STYLE: Record<TAuditEvent['action'], { color: string; icon: typeof IconPlus }> = {
  create: { color: 'teal', icon: IconPlus },
  update: { color: 'ocean', icon: IconPencil },
  delete: { color: 'red', icon: IconTrash },
  restore: { color: 'grape', icon: IconArrowBackUp },
};

/** The last things that happened in the workspace, as sentences. */
export function RecentActivity() {
  const { t } = useTranslation();
  const events = useRecentEvents(10);

  return (
    <Card>
      <Group gap="xs" mb="md">
        <IconActivity size={20} color="var(--mantine-color-ocean-7)" />
        <Title order={3} fz="lg">
          {t('activity.title')}
        </Title>
      </Group>
      {events.isPending ? (
        <ListSkeleton rows={5} />
      ) : events.isError ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.data.length === 0 ? (
        <Stack align="center" gap={4} py="xl">
          <Text fw={500}>{t('activity.emptyTitle')}</Text>
          <Text size="sm" c="dimmed" ta="center" maw={360}>
            {t('activity.empty')}
          </Text>
        </Stack>
      ) : (
        <Stack gap={0} data-testid="recent-activity">
          {events.data.data.map((event) => (
            <ActivityRow key={event.id} event={event} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function ActivityRow({ event }: { event: TAuditEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const style = ACTION_STYLE[event.action];
  const actor = actorOf(event);
  const about = entityOf(event.entityType);
  const entity = 'known' in about ? t(`activity.entities.${about.known}`) : about.unknown;
  const actorName =
    actor.kind === 'user' ? actor.name : actor.kind === 'api_key' ? t('activity.actorApiKey') : t('activity.actorSystem');

  return (
    <Group
      gap="sm"
      wrap="nowrap"
      py="sm"
      className={classes.row}
      data-testid="activity-row"
    >
      {actor.kind === 'user' ? (
        <Avatar radius="xl" size={36} color="initials" name={actor.name}>
          {initials(actor.name)}
        </Avatar>
      ) : (
        <ThemeIcon radius="xl" size={36} variant="light" color="gray">
          {actor.kind === 'api_key' ? <IconKey size={18} /> : <IconSettingsAutomation size={18} />}
        </ThemeIcon>
      )}
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" lh={1.4}>
          <Text span fw={600}>
            {actorName}
          </Text>{' '}
          {t(`activity.actions.${event.action}`, { entity })}
        </Text>
        <Tooltip label={format.dateTime(event.occurredAt)} position="bottom-start">
          <Text size="xs" c="dimmed" w="fit-content">
            {format.relative(event.occurredAt)}
          </Text>
        </Tooltip>
      </Stack>
      <ThemeIcon variant="light" color={style.color} radius="xl" size={26} aria-hidden>
        <style.icon size={14} />
      </ThemeIcon>
    </Group>
  );
}
