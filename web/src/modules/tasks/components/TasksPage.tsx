import { Badge, Box, Button, CloseButton, EmptyState, Group, Paper, SegmentedControl, Select, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChecklist, IconFilter, IconLayoutKanban, IconList, IconPlus } from '@tabler/icons-react';
import { TASK_PRIORITIES, TASK_STATUSES, type TTask } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { LoadMore, QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { usePermissions } from '../../auth';
import { PersonLink, OrganizationLink } from '../../customers';
import { useMemberDirectory } from '../../members';
import { useTask, useTaskList } from '../hooks/useTasks';
import { DUE_PRESETS, filtersOf, type TasksSearch } from '../tasksSearch';
import { TaskBoard } from './TaskBoard';
import { TaskDue, TaskPriorityBadge, TaskStatusBadge } from './TaskBadges';
import { TaskDrawer } from './TaskDrawer';
import { useState } from 'react';

/** Filters that come from a link (the workload report) and have no control of their own on the page. */
const LINKED_KEYS = ['departmentId', 'open', 'dueFrom', 'dueTo', 'completedFrom', 'completedTo', 'onTime', 'hasDue', 'personId', 'organizationId'] as const;

type TasksPageProps = { search: TasksSearch; onSearchChange: (next: TasksSearch) => void };

/** Tasks: a list or a kanban board, all or mine, filtered by assignee, status, priority and due time. */
export function TasksPage({ search, onSearchChange }: TasksPageProps) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const members = useMemberDirectory();
  const view = search.view ?? 'list';
  const filters = filtersOf(search);
  const list = useTaskList(filters, view === 'list');
  const [creating, setCreating] = useState(false);
  const openTask = useTask(search.taskId ?? null);
  const set = (patch: Partial<TasksSearch>) => onSearchChange({ ...search, ...patch });
  const linked = LINKED_KEYS.filter((k) => search[k] !== undefined);
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        description={t('tasks.description')}
        actions={
          can('customers.write') ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-task">
              {t('tasks.new')}
            </Button>
          ) : null
        }
      />
      <Stack gap="sm" mb="md">
        <Group gap="sm" justify="space-between">
          <SegmentedControl
            value={search.scope ?? 'all'}
            onChange={(v) => set({ scope: v === 'mine' ? 'mine' : undefined })}
            data={[
              { value: 'all', label: t('tasks.scope.all') },
              { value: 'mine', label: t('tasks.scope.mine') },
            ]}
            data-testid="task-scope"
          />
          <SegmentedControl
            value={view}
            onChange={(v) => set({ view: v === 'board' ? 'board' : undefined })}
            data={[
              { value: 'list', label: <Group gap={6} wrap="nowrap"><IconList size={16} />{t('tasks.views.list')}</Group> },
              { value: 'board', label: <Group gap={6} wrap="nowrap"><IconLayoutKanban size={16} />{t('tasks.views.board')}</Group> },
            ]}
            data-testid="task-view"
          />
        </Group>
        <Group gap="sm" align="flex-end">
          {search.scope !== 'mine' ? (
            <Select
              aria-label={t('tasks.fields.assignee')}
              placeholder={t('tasks.filters.anyAssignee')}
              data={members.options}
              value={search.assigneeUserId ?? null}
              onChange={(v) => set({ assigneeUserId: v ?? undefined })}
              searchable
              clearable
              w={{ base: '100%', xs: 220 }}
              data-testid="filter-assignee"
            />
          ) : null}
          {view === 'list' ? (
            <Select
              aria-label={t('tasks.fields.status')}
              placeholder={t('tasks.filters.anyStatus')}
              data={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))}
              value={search.status ?? null}
              onChange={(v) => set({ status: TASK_STATUSES.find((s) => s === v) })}
              clearable
              w={{ base: '100%', xs: 180 }}
              data-testid="filter-status"
            />
          ) : null}
          <Select
            aria-label={t('tasks.fields.priority')}
            placeholder={t('tasks.filters.anyPriority')}
            data={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))}
            value={search.priority ?? null}
            onChange={(v) => set({ priority: TASK_PRIORITIES.find((p) => p === v) })}
            clearable
            w={{ base: '100%', xs: 170 }}
            data-testid="filter-priority"
          />
          <Select
            aria-label={t('tasks.fields.due')}
            placeholder={t('tasks.filters.anyDue')}
            data={DUE_PRESETS.map((d) => ({ value: d, label: t(`tasks.filters.due.${d}`) }))}
            value={search.due ?? null}
            onChange={(v) => set({ due: DUE_PRESETS.find((d) => d === v) })}
            clearable
            w={{ base: '100%', xs: 190 }}
            data-testid="filter-due"
          />
          {linked.length ? (
            <Badge
              size="lg"
              variant="light"
              leftSection={<IconFilter size={14} />}
              rightSection={<CloseButton size="xs" aria-label={t('tasks.filters.clearLinked')} onClick={() => onSearchChange(Object.fromEntries(Object.entries(search).filter(([k]) => !(LINKED_KEYS as readonly string[]).includes(k))))} />}
              data-testid="linked-filter"
            >
              {t('tasks.filters.linked')}
            </Badge>
          ) : null}
        </Group>
      </Stack>

      {view === 'board' ? (
        <TaskBoard filters={filters} onOpen={(task) => set({ taskId: task.id })} />
      ) : list.isPending ? (
        <Stack gap="xs">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} h={48} radius="md" />
          ))}
        </Stack>
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState variant="light" icon={<IconChecklist size={28} />} title={t('tasks.empty')} description={t('tasks.emptyText')} py="xl" data-testid="tasks-empty" />
      ) : (
        <>
          <TaskTable rows={rows} onOpen={(task) => set({ taskId: task.id })} />
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}

      <TaskDrawer opened={creating} onClose={() => setCreating(false)} task={null} />
      <TaskDrawer opened={Boolean(search.taskId && openTask.data)} onClose={() => set({ taskId: undefined })} task={openTask.data ?? null} />
    </>
  );
}

export function TaskTable({ rows, onOpen, showCustomer = true }: { rows: TTask[]; onOpen: (task: TTask) => void; showCustomer?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" fz="sm" data-testid="task-table">
          <Table.Thead bg="var(--mantine-color-default-hover)">
            <Table.Tr>
              <Table.Th>{t('tasks.fields.title')}</Table.Th>
              <Table.Th>{t('tasks.fields.due')}</Table.Th>
              <Table.Th>{t('tasks.fields.status')}</Table.Th>
              <Table.Th>{t('tasks.fields.assignee')}</Table.Th>
              {showCustomer ? <Table.Th>{t('tasks.fields.customer')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((task) => (
              <Table.Tr key={task.id} data-testid="task-row" data-overdue={task.overdue || undefined}>
                <Table.Td>
                  <Box maw={380}>
                    <UnstyledButton onClick={() => onOpen(task)}>
                      <Text size="sm" fw={600} lineClamp={1} td={task.status === 'cancelled' ? 'line-through' : undefined}>
                        {task.title}
                      </Text>
                    </UnstyledButton>
                    <TaskPriorityBadge priority={task.priority} />
                  </Box>
                </Table.Td>
                <Table.Td>
                  <TaskDue task={task} />
                </Table.Td>
                <Table.Td>
                  <TaskStatusBadge status={task.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={task.assigneeName ? undefined : 'dimmed'}>
                    {task.assigneeName ?? t('tasks.form.unassigned')}
                  </Text>
                </Table.Td>
                {showCustomer ? (
                  <Table.Td>
                    {task.personId ? (
                      <PersonLink id={task.personId} size="sm">
                        {t('tasks.openPerson')}
                      </PersonLink>
                    ) : task.organizationId ? (
                      <OrganizationLink id={task.organizationId} size="sm">
                        {t('tasks.openOrganization')}
                      </OrganizationLink>
                    ) : (
                      <Text size="sm" c="dimmed">
                        –
                      </Text>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
