import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TTask } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore, QueryError, ListSkeleton } from '../../../ui/ListStates';
import { usePermissions } from '../../auth';
import { useTaskList } from '../hooks/useTasks';
import { TaskDrawer } from './TaskDrawer';
import { TaskTable } from './TasksPage';

/** The tasks about one customer (person or organization), soonest due first, with "new task" linked to them. */
export function CustomerTasks({ personId, organizationId }: { personId?: string; organizationId?: string }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const list = useTaskList(personId ? { personId } : { organizationId: organizationId! });
  const [editing, setEditing] = useState<TTask | null>(null);
  const [creating, setCreating] = useState(false);
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack gap="sm" data-testid="customer-tasks">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {rows.length ? t('tasks.customer.count', { count: rows.length }) : null}
        </Text>
        {can('customers.write') ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)} data-testid="customer-new-task">
            {t('tasks.new')}
          </Button>
        ) : null}
      </Group>
      {list.isPending ? (
        <ListSkeleton rows={2} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.customer.none')}
        </Text>
      ) : (
        <>
          <TaskTable rows={rows} onOpen={setEditing} showCustomer={false} />
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}
      <TaskDrawer opened={creating} onClose={() => setCreating(false)} task={null} defaults={{ personId: personId ?? null, organizationId: organizationId ?? null }} />
      <TaskDrawer opened={editing !== null} onClose={() => setEditing(null)} task={editing} />
    </Stack>
  );
}
