import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorkspace } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { ListSkeleton, QueryError } from '../../../ui/ListStates';
import { notifySuccess } from '../../../ui/notify';
import { useFormFailure } from '../../../ui/useFormFailure';
import { useUpdateWorkspace, useWorkspace } from '../hooks/useWorkspace';

type WorkspaceSettingsPanelProps = { canManage: boolean };

/** The workspace's name; only owners and admins may change it. */
export function WorkspaceSettingsPanel({ canManage }: WorkspaceSettingsPanelProps) {
  const workspace = useWorkspace();
  if (workspace.isPending) return <ListSkeleton rows={2} />;
  if (workspace.isError) return <QueryError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  return <WorkspaceForm workspace={workspace.data} canManage={canManage} />;
}

function WorkspaceForm({ workspace, canManage }: { workspace: TWorkspace; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const update = useUpdateWorkspace();
  const form = useForm({
    initialValues: { name: workspace.name },
    validate: { name: (value) => (value.trim() ? null : t('workspace.nameRequired')) },
  });
  const { failure, reset, handleError } = useFormFailure(form);

  // Follow the server when the workspace changes underneath (switching, another admin's edit).
  useEffect(() => {
    form.setInitialValues({ name: workspace.name });
    form.setValues({ name: workspace.name });
    // `form` is a new object on every render, so only the server values are dependencies.
  }, [workspace.id, workspace.name]);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        reset();
        update.mutate(
          { name: values.name.trim() },
          { onSuccess: () => notifySuccess(t('workspace.saved')), onError: handleError },
        );
      })}
    >
      <Stack gap="md" maw={520}>
        {canManage ? null : (
          <Alert color="gray" icon={<IconLock size={18} />}>
            {t('workspace.readOnly')}
          </Alert>
        )}
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('workspace.name')}
          description={t('workspace.nameHint')}
          readOnly={!canManage}
          maxLength={200}
          data-testid="workspace-name-input"
          {...form.getInputProps('name')}
        />
        <Text size="sm" c="dimmed">
          {t('workspace.createdOn', { date: format.date(workspace.createdAt) })}
        </Text>
        {canManage ? (
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
