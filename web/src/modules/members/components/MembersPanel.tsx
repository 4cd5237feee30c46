import { ActionIcon, Avatar, Box, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, TMember } from '@tandem/shared';
import { isApiError } from '../../../api/client';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { ListSkeleton, LoadMore, QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { RoleBadge } from '../../../ui/RoleBadge';
import { isRole, useRoleOptions } from '../../../ui/roles';
import { initials } from '../../../ui/initials';
import { useChangeMemberRole, useMembers, useRemoveMember } from '../hooks/useMembers';

type MembersPanelProps = {
  /** The signed-in user's id: nobody changes their own role or removes themself here. */
  currentUserId: string;
  currentRole: Role;
  canManage: boolean;
};

/** Everyone in the workspace; owners and admins change roles and remove members. */
export function MembersPanel({ currentUserId, currentRole, canManage }: MembersPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const members = useMembers();
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const [removing, setRemoving] = useState<TMember | null>(null);
  // Only an owner may make or unmake owners.
  const roleOptions = useRoleOptions(currentRole === 'owner' ? [] : ['owner']);
  const allRoleOptions = useRoleOptions();

  if (members.isPending) return <ListSkeleton />;
  if (members.isError) return <QueryError error={members.error} onRetry={() => void members.refetch()} />;

  const rows = members.data.pages.flatMap((page) => page.data);
  const editable = (member: TMember) =>
    canManage && member.userId !== currentUserId && (currentRole === 'owner' || member.role !== 'owner');

  const onRoleChange = (member: TMember, value: string | null) => {
    if (!isRole(value) || value === member.role) return;
    changeRole.mutate(
      { id: member.id, role: value },
      {
        onSuccess: () => notifySuccess(t('members.roleChanged', { name: member.name, role: t(`roles.${value}`) })),
        onError: (error) => {
          const reason =
            isApiError(error) && error.code === 'unprocessable'
              ? t('members.lastOwner')
              : isApiError(error) && error.code === 'forbidden'
                ? t('members.roleNotAllowed')
                : errorMessage(error);
          notifyError(t('members.roleChangeFailed'), reason);
        },
      },
    );
  };

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notifySuccess(t('members.removed', { name: removing.name }));
        setRemoving(null);
      },
      onError: (error) =>
        notifyError(
          t('members.removeFailed'),
          isApiError(error) && error.code === 'unprocessable' ? t('members.lastOwner') : errorMessage(error),
        ),
    });
  };

  const roleControl = (member: TMember) =>
    editable(member) ? (
      <Select
        size="xs"
        w={160}
        data={member.role === 'owner' ? allRoleOptions : roleOptions}
        value={member.role}
        onChange={(value) => onRoleChange(member, value)}
        allowDeselect={false}
        aria-label={t('members.changeRole', { name: member.name })}
        disabled={changeRole.isPending && changeRole.variables?.id === member.id}
      />
    ) : (
      <RoleBadge role={member.role} />
    );

  return (
    <Stack gap="md">
      <Table verticalSpacing="sm" highlightOnHover data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.columns.member')}</Table.Th>
            <Table.Th w={200} visibleFrom="sm">
              {t('members.columns.role')}
            </Table.Th>
            <Table.Th w={130} visibleFrom="md">
              {t('members.columns.joined')}
            </Table.Th>
            {canManage ? <Table.Th w={52} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((member) => (
            <Table.Tr key={member.id} data-testid="member-row">
              <Table.Td>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Avatar radius="xl" color="initials" name={member.name} size={36}>
                    {initials(member.name)}
                  </Avatar>
                  <Stack gap={6} style={{ minWidth: 0 }}>
                    <div>
                      <Text size="sm" fw={500}>
                        {member.name}
                        {member.userId === currentUserId ? (
                          <Text span c="dimmed" size="sm">
                            {' '}
                            ({t('members.you')})
                          </Text>
                        ) : null}
                      </Text>
                      <Text size="xs" c="dimmed" className="tandem-break">
                        {member.email}
                      </Text>
                    </div>
                    {/* On phones the role sits under the name instead of in its own column. */}
                    <Box hiddenFrom="sm">{roleControl(member)}</Box>
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm">{roleControl(member)}</Table.Td>
              <Table.Td visibleFrom="md">
                <Text size="sm">{format.date(member.createdAt)}</Text>
              </Table.Td>
              {canManage ? (
                <Table.Td>
                  {editable(member) ? (
                    <Tooltip label={t('members.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(member)}
                        aria-label={t('members.removeNamed', { name: member.name })}
                      >
                        <IconUserMinus size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore
        hasMore={members.hasNextPage}
        loading={members.isFetchingNextPage}
        onLoadMore={() => void members.fetchNextPage()}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t('members.removeTitle')}
        message={removing ? t('members.removeConfirm', { name: removing.name, email: removing.email }) : ''}
        confirmLabel={t('members.remove')}
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
