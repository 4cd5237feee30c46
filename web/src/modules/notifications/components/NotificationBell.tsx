import { ActionIcon, Box, Button, Divider, Group, Indicator, Popover, ScrollArea, SegmentedControl, Skeleton, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlarm, IconBell, IconChecks, IconClipboardCheck, IconMail } from '@tabler/icons-react';
import type { TNotification } from '@tandem/shared';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { LoadMore, QueryError } from '../../../ui/ListStates';
import { useMarkAllRead, useMarkRead, useNotificationList, useUnreadCount } from '../hooks/useNotifications';

const ICONS: Record<string, typeof IconBell> = { 'task.reminder': IconAlarm, 'task.assigned': IconClipboardCheck, email: IconMail };
const iconOf = (kind: string) => ICONS[kind] ?? ICONS[kind.split('.')[0]!] ?? IconBell;

/** The bell in the header: the unread count, and my notifications in a popover (newest first). */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const count = useUnreadCount();
  const list = useNotificationList(opened, unreadOnly);
  const markAll = useMarkAllRead();
  const n = count.data?.unreadCount ?? 0;
  const label = count.data?.unreadCapped ? '99+' : String(n);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const openedAt = list.data?.pages[0]?.data[0]?.createdAt;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withinPortal>
      <Popover.Target>
        <Tooltip label={t('notifications.title')} disabled={opened}>
          <Indicator label={label} size={18} disabled={n === 0} color="red" offset={4} data-testid="bell-count">
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => setOpened((o) => !o)} aria-label={n ? t('notifications.bellUnread', { count: n }) : t('notifications.title')} data-testid="notification-bell">
              <IconBell size={20} />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="notification-panel">
        <Group justify="space-between" px="md" py="sm">
          <Text fw={700}>{t('notifications.title')}</Text>
          <Button size="compact-xs" variant="subtle" leftSection={<IconChecks size={14} />} disabled={n === 0} loading={markAll.isPending} onClick={() => markAll.mutate(openedAt)} data-testid="mark-all-read">
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Box px="md" pb="xs">
          <SegmentedControl
            size="xs"
            fullWidth
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setUnreadOnly(v === 'unread')}
            data={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
          />
        </Box>
        <Divider />
        <ScrollArea.Autosize mah={420} type="auto">
          {list.isPending ? (
            <Stack p="md" gap="xs">
              <Skeleton h={40} />
              <Skeleton h={40} />
            </Stack>
          ) : list.isError ? (
            <Box p="md">
              <QueryError error={list.error} onRetry={() => void list.refetch()} />
            </Box>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" p="lg" data-testid="notifications-empty">
              {unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}
            </Text>
          ) : (
            <Stack gap={0}>
              {items.map((item) => (
                <NotificationRow key={item.id} item={item} onNavigate={() => setOpened(false)} />
              ))}
              <Box px="md">
                <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
              </Box>
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationRow({ item, onNavigate }: { item: TNotification; onNavigate: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const Icon = iconOf(item.kind);
  const unread = item.readAt === null;
  const open = () => {
    if (unread) mark.mutate({ id: item.id, read: true });
    if (item.link) {
      onNavigate();
      void navigate({ href: item.link });
    }
  };
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      px="md"
      py="sm"
      bg={unread ? 'var(--mantine-color-ocean-light)' : undefined}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      data-testid="notification-row"
      data-unread={unread || undefined}
    >
      <Icon size={18} color="var(--mantine-color-ocean-7)" style={{ flexShrink: 0, marginTop: 2 }} />
      <UnstyledButton onClick={open} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={unread ? 600 : 400} lineClamp={2}>
          {item.title}
        </Text>
        {item.body ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {item.body}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" title={format.dateTime(item.createdAt)}>
          {format.relative(item.createdAt)}
        </Text>
      </UnstyledButton>
      <Tooltip label={unread ? t('notifications.markRead') : t('notifications.markUnread')}>
        <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => mark.mutate({ id: item.id, read: unread })} aria-label={unread ? t('notifications.markRead') : t('notifications.markUnread')}>
          <Box w={8} h={8} style={{ borderRadius: 4, background: unread ? 'var(--mantine-color-ocean-6)' : 'transparent', border: '1px solid var(--mantine-color-ocean-6)' }} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
