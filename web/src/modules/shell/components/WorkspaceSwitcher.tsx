import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useSession, useSwitchWorkspace } from '../../auth';
import classes from './WorkspaceSwitcher.module.css';

type WorkspaceSwitcherProps = { fullWidth?: boolean; testId?: string };

/** Shows the current workspace and moves the session to another one. */
export function WorkspaceSwitcher({ fullWidth = false, testId = 'workspace-switcher' }: WorkspaceSwitcherProps) {
  const { t } = useTranslation();
  const session = useSession();
  const switchWorkspace = useSwitchWorkspace();
  const errorMessage = useErrorMessage();
  const current = session.workspaces.find((w) => w.id === session.currentWorkspaceId);

  const choose = (id: string, name: string) => {
    if (id === session.currentWorkspaceId) return;
    switchWorkspace.mutate(id, {
      onSuccess: () => notifySuccess(t('shell.switchedTo', { name })),
      onError: (error) => notifyError(t('shell.switchFailed'), errorMessage(error)),
    });
  };

  return (
    <Menu position="bottom-start" width={300} shadow="md" disabled={switchWorkspace.isPending}>
      <Menu.Target>
        <UnstyledButton
          className={classes.target}
          w={fullWidth ? '100%' : undefined}
          aria-label={t('shell.switchWorkspace')}
          data-testid={testId}
        >
          <Group gap="sm" wrap="nowrap">
            <Avatar radius="md" size={32} color="ocean" variant="filled">
              {(current?.name ?? '?').slice(0, 1).toUpperCase()}
            </Avatar>
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={600} truncate="end" maw={fullWidth ? undefined : 220}>
                {current?.name ?? t('shell.noWorkspace')}
              </Text>
              {current ? (
                <Text size="xs" c="dimmed" lh={1.2}>
                  {t(`roles.${current.role}`)}
                </Text>
              ) : null}
            </Stack>
            <IconSelector size={16} color="var(--mantine-color-dimmed)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.workspaces')}</Menu.Label>
        {session.workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            onClick={() => choose(workspace.id, workspace.name)}
            leftSection={
              <Avatar radius="md" size={26} color="ocean" variant="light">
                {workspace.name.slice(0, 1).toUpperCase()}
              </Avatar>
            }
            rightSection={workspace.id === session.currentWorkspaceId ? <IconCheck size={16} /> : <RoleBadge role={workspace.role} />}
            data-testid="workspace-option"
          >
            <Text size="sm" truncate="end" maw={150}>
              {workspace.name}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
