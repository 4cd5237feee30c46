import { Alert, Badge, Box, Group, Menu, Paper, ScrollArea, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsMove, IconDots } from '@tabler/icons-react';
import { TASK_STATUSES, type TTask } from '@tandem/shared';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/ListStates';
import { notifyError } from '../../../ui/notify';
import type { TaskFilters, TaskStatus } from '../api/tasksApi';
import { useAllTasks, useMoveTask } from '../hooks/useTasks';
import { STATUS_COLOR, TaskDue, TaskPriorityBadge } from './TaskBadges';

const DRAG_TYPE = 'application/x-tandem-task';

/**
 * The kanban board: one column per status, cards dragged between columns with native HTML5 drag and
 * drop (a drop is a status change, shown at once and undone if the server refuses). Each card also has
 * a "Move to" menu, for keyboards and touch screens where dragging is not available.
 */
export function TaskBoard({ filters, onOpen }: { filters: TaskFilters; onOpen: (task: TTask) => void }) {
  const { t } = useTranslation();
  // The board shows every status: the status filter does not apply to it.
  const { status: _status, open: _open, ...boardFilters } = filters;
  const query = useAllTasks(boardFilters);
  const move = useMoveTask([boardFilters, 600]);
  const [over, setOver] = useState<TaskStatus | null>(null);

  const moveTo = (task: TTask, status: TaskStatus) => {
    if (task.status === status) return;
    move.mutate({ id: task.id, status }, { onError: (error) => notifyError(t('tasks.board.moveFailed'), error instanceof Error ? error.message : String(error)) });
  };

  if (query.isPending) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {TASK_STATUSES.map((s) => (
          <Skeleton key={s} h={320} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const tasks = query.data.tasks;

  const onDrop = (status: TaskStatus) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const task = tasks.find((x) => x.id === id);
    if (task) moveTo(task, status);
  };

  return (
    <Stack gap="sm">
      {query.data.truncated ? (
        <Alert color="yellow" variant="light">
          {t('tasks.board.truncated')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" data-testid="task-board">
        {TASK_STATUSES.map((status) => {
          const column = tasks.filter((x) => x.status === status);
          return (
            <Paper
              key={status}
              withBorder
              radius="md"
              p="xs"
              bg={over === status ? 'var(--mantine-color-ocean-light)' : 'var(--mantine-color-default-hover)'}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setOver(status);
              }}
              onDragLeave={() => setOver((cur) => (cur === status ? null : cur))}
              onDrop={onDrop(status)}
              data-testid={`board-column-${status}`}
              aria-label={t(`tasks.status.${status}`)}
            >
              <Group justify="space-between" mb="xs" px={4}>
                <Group gap={6}>
                  <Box w={8} h={8} style={{ borderRadius: 4, background: `var(--mantine-color-${STATUS_COLOR[status]}-6)` }} />
                  <Text fw={600} size="sm">
                    {t(`tasks.status.${status}`)}
                  </Text>
                </Group>
                <Badge variant="light" color="gray" size="sm">
                  {column.length}
                </Badge>
              </Group>
              <ScrollArea.Autosize mah={640} type="auto" offsetScrollbars>
                <Stack gap={6} mih={80}>
                  {column.length === 0 ? (
                    <Text size="xs" c="dimmed" ta="center" py="md">
                      {t('tasks.board.emptyColumn')}
                    </Text>
                  ) : (
                    column.map((task) => <BoardCard key={task.id} task={task} onOpen={onOpen} onMove={moveTo} />)
                  )}
                </Stack>
              </ScrollArea.Autosize>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function BoardCard({ task, onOpen, onMove }: { task: TTask; onOpen: (task: TTask) => void; onMove: (task: TTask, status: TaskStatus) => void }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, task.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: 'grab', borderLeft: task.overdue ? '3px solid var(--mantine-color-red-6)' : undefined }}
      data-testid="board-card"
      data-task-id={task.id}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <UnstyledButton onClick={() => onOpen(task)} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} lineClamp={2}>
            {task.title}
          </Text>
        </UnstyledButton>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton aria-label={t('tasks.board.moveTo')} data-testid="card-menu">
              <IconDots size={16} />
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('tasks.board.moveTo')}</Menu.Label>
            {TASK_STATUSES.filter((s) => s !== task.status).map((s) => (
              <Menu.Item key={s} leftSection={<IconArrowsMove size={14} />} onClick={() => onMove(task, s)} data-testid={`move-${s}`}>
                {t(`tasks.status.${s}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={6} mt={6} wrap="wrap">
        <TaskDue task={task} />
        <TaskPriorityBadge priority={task.priority} />
      </Group>
      {task.assigneeName ? (
        <Text size="xs" c="dimmed" mt={4} truncate="end">
          {task.assigneeName}
        </Text>
      ) : null}
    </Paper>
  );
}
