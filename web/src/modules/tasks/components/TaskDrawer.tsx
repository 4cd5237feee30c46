import { Alert, Button, Drawer, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { TASK_PRIORITIES, TASK_STATUSES, type TTask } from '@tandem/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { useMemberDirectory } from '../../members';
import type { TaskInput, TaskPriority, TaskStatus } from '../api/tasksApi';
import { useDeleteTask, useSaveTask } from '../hooks/useTasks';
import { CustomerPicker } from './CustomerPicker';

export const REMINDER_CHOICES = [0, 15, 30, 60, 120, 1440, 2880] as const;

/** An ISO instant as the value of a `datetime-local` input (the browser's time zone). */
export const toLocalInput = (iso: string | null): string => {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};
const fromLocalInput = (value: string): string | null => (value ? new Date(value).toISOString() : null);

type Values = {
  title: string;
  description: string;
  assigneeUserId: string | null;
  due: string;
  priority: TaskPriority;
  status: TaskStatus;
  personId: string | null;
  organizationId: string | null;
  reminder: string;
};

type TaskDrawerProps = {
  opened: boolean;
  onClose: () => void;
  /** The task to edit; null to create one. */
  task: TTask | null;
  /** Defaults for a new task (e.g. the person whose page it is opened from). */
  defaults?: Partial<Pick<Values, 'personId' | 'organizationId' | 'assigneeUserId' | 'status'>>;
};

/** Create or edit a task: title, description, assignee, due time, priority, status, customer links, reminder. */
export function TaskDrawer({ opened, onClose, task, defaults }: TaskDrawerProps) {
  const { t } = useTranslation();
  const members = useMemberDirectory();
  const save = useSaveTask();
  const remove = useDeleteTask();
  const form = useForm<Values>({
    initialValues: { title: '', description: '', assigneeUserId: null, due: '', priority: 'normal', status: 'open', personId: null, organizationId: null, reminder: '' },
    validate: {
      title: (v) => (v.trim() ? null : t('tasks.form.titleRequired')),
      reminder: (v, values) => (v && !values.due ? t('tasks.form.reminderNeedsDue') : null),
    },
  });

  useEffect(() => {
    if (!opened) return;
    form.setValues({
      title: task?.title ?? '',
      description: task?.description ?? '',
      assigneeUserId: task ? task.assigneeUserId : (defaults?.assigneeUserId ?? null),
      due: toLocalInput(task?.dueAt ?? null),
      priority: task?.priority ?? 'normal',
      status: task?.status ?? defaults?.status ?? 'open',
      personId: task ? task.personId : (defaults?.personId ?? null),
      organizationId: task ? task.organizationId : (defaults?.organizationId ?? null),
      reminder: task?.reminderMinutes === null || task?.reminderMinutes === undefined ? '' : String(task.reminderMinutes),
    });
    form.resetDirty();
    save.reset();
    // Reset only when the drawer opens on a (new) task.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, task?.id]);

  const submit = form.onSubmit((values) => {
    const body: TaskInput = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      assigneeUserId: values.assigneeUserId,
      dueAt: fromLocalInput(values.due),
      priority: values.priority,
      personId: values.personId,
      organizationId: values.organizationId,
      reminderMinutes: values.reminder === '' ? null : Number(values.reminder),
      ...(task ? { status: values.status } : {}),
    };
    save.mutate(
      { id: task?.id ?? null, body },
      {
        onSuccess: onClose,
        onError: (error) => {
          const map: Record<string, string> = { dueAt: 'due', reminderMinutes: 'reminder' };
          form.setErrors(Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([k, v]) => [map[k] ?? k, v])));
        },
      },
    );
  });

  const reminderLabel = (m: number) => (m === 0 ? t('tasks.reminder.atDue') : m < 60 ? t('tasks.reminder.minutes', { count: m }) : m < 1440 ? t('tasks.reminder.hours', { count: m / 60 }) : t('tasks.reminder.days', { count: m / 1440 }));

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={<Text fw={700}>{task ? t('tasks.form.editTitle') : t('tasks.form.newTitle')}</Text>} data-testid="task-drawer">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.isError && !Object.keys(fieldErrorsOf(save.error)).length ? (
            <Alert color="red" variant="light">
              {save.error.message}
            </Alert>
          ) : null}
          <TextInput label={t('tasks.fields.title')} required data-autofocus {...form.getInputProps('title')} data-testid="task-title" />
          <Textarea label={t('tasks.fields.description')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
          <Select
            label={t('tasks.fields.assignee')}
            placeholder={t('tasks.form.unassigned')}
            data={members.options}
            searchable
            clearable
            {...form.getInputProps('assigneeUserId')}
            data-testid="task-assignee"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="datetime-local" label={t('tasks.fields.due')} {...form.getInputProps('due')} data-testid="task-due" />
            <Select
              label={t('tasks.fields.reminder')}
              data={[{ value: '', label: t('tasks.reminder.none') }, ...REMINDER_CHOICES.map((m) => ({ value: String(m), label: reminderLabel(m) }))]}
              allowDeselect={false}
              {...form.getInputProps('reminder')}
              data-testid="task-reminder"
            />
            <Select
              label={t('tasks.fields.priority')}
              data={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))}
              allowDeselect={false}
              {...form.getInputProps('priority')}
              data-testid="task-priority"
            />
            {task ? (
              <Select label={t('tasks.fields.status')} data={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} allowDeselect={false} {...form.getInputProps('status')} data-testid="task-status-select" />
            ) : null}
          </SimpleGrid>
          {task?.remindedAt ? (
            <Text size="xs" c="dimmed">
              {t('tasks.form.reminderSent')}
            </Text>
          ) : null}
          <CustomerPicker kind="person" label={t('tasks.fields.person')} value={form.values.personId} onChange={(v) => form.setFieldValue('personId', v)} testId="task-person" />
          <CustomerPicker kind="organization" label={t('tasks.fields.organization')} value={form.values.organizationId} onChange={(v) => form.setFieldValue('organizationId', v)} />
          <Group justify="space-between" mt="md">
            {task ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('tasks.form.confirmDelete'))) remove.mutate(task.id, { onSuccess: onClose });
                }}
              >
                {t('tasks.form.delete')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="task-save">
                {task ? t('tasks.form.save') : t('tasks.form.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
