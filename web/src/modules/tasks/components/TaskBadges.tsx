import { Badge, Group, Text } from '@mantine/core';
import { IconAlarm, IconBell } from '@tabler/icons-react';
import type { TTask } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import type { TaskPriority, TaskStatus } from '../api/tasksApi';

export const STATUS_COLOR: Record<TaskStatus, string> = { open: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'dark' };
export const PRIORITY_COLOR: Record<TaskPriority, string> = { low: 'gray', normal: 'ocean', high: 'orange', urgent: 'red' };

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} radius="sm" data-testid="task-status">
      {t(`tasks.status.${status}`)}
    </Badge>
  );
}

export function TaskPriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  return (
    <Badge variant="outline" color={PRIORITY_COLOR[priority]} radius="sm">
      {t(`tasks.priority.${priority}`)}
    </Badge>
  );
}

/** The due time, red with "Quá hạn" when the task is overdue; the bell when a reminder is set. */
export function TaskDue({ task }: { task: TTask }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!task.dueAt) {
    return (
      <Text size="xs" c="dimmed">
        {t('tasks.noDue')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      {task.overdue ? (
        <Badge color="red" variant="filled" radius="sm" size="sm" leftSection={<IconAlarm size={12} />} data-testid="task-overdue">
          {t('tasks.overdue')}
        </Badge>
      ) : null}
      <Text size="xs" c={task.overdue ? 'red' : 'dimmed'} fw={task.overdue ? 600 : undefined} title={format.dateTime(task.dueAt)}>
        {format.dateTime(task.dueAt)}
      </Text>
      {task.reminderMinutes !== null && task.remindAt ? (
        <IconBell size={12} color="var(--mantine-color-dimmed)" aria-label={t('tasks.reminderSet')} />
      ) : null}
    </Group>
  );
}
