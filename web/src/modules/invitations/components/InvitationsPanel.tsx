import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconMailPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, TInvitation } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { ListSkeleton, LoadMore, QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useInvitations, useRevokeInvitation } from '../hooks/useInvitations';
import { InviteMemberModal } from './InviteMemberModal';

type InvitationStatus = 'pending' | 'accepted' | 'expired';

const statusOf = (invitation: TInvitation, now: number): InvitationStatus => {
  if (invitation.acceptedAt) return 'accepted';
  return new Date(invitation.expiresAt).getTime() <= now ? 'expired' : 'pending';
};

const STATUS_COLOR: Record<InvitationStatus, string> = { pending: 'ocean', accepted: 'teal', expired: 'gray' };

type InvitationsPanelProps = { currentRole: Role };

/** Invitations sent from this workspace; invite new people or revoke a pending invitation. */
export function InvitationsPanel({ currentRole }: InvitationsPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [inviting, setInviting] = useState(false);
  const [revoking, setRevoking] = useState<TInvitation | null>(null);
  const now = Date.now();

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifySuccess(t('invitations.revoked', { email: revoking.email }));
        setRevoking(null);
      },
      onError: (error) => notifyError(t('invitations.revokeFailed'), errorMessage(error)),
    });
  };

  const rows = invitations.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={560}>
          {t('invitations.intro')}
        </Text>
        <Button leftSection={<IconMailPlus size={18} />} onClick={() => setInviting(true)} data-testid="invite-member">
          {t('invitations.invite')}
        </Button>
      </Group>
      {invitations.isPending ? (
        <ListSkeleton />
      ) : invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" size="sm">
          {t('invitations.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="sm" data-testid="invitations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invitations.columns.email')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('invitations.columns.role')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('invitations.columns.status')}</Table.Th>
              <Table.Th visibleFrom="md">{t('invitations.columns.sent')}</Table.Th>
              <Table.Th w={52} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((invitation) => {
              const status = statusOf(invitation, now);
              const statusBadge = (
                <Badge color={STATUS_COLOR[status]} variant={status === 'pending' ? 'light' : 'outline'}>
                  {t(`invitations.status.${status}`)}
                </Badge>
              );
              return (
                <Table.Tr key={invitation.id} data-testid="invitation-row">
                  <Table.Td>
                    <Text size="sm" fw={500} className="tandem-break">
                      {invitation.email}
                    </Text>
                    {invitation.invitedByName ? (
                      <Text size="xs" c="dimmed">
                        {t('invitations.invitedBy', { name: invitation.invitedByName })}
                      </Text>
                    ) : null}
                    {/* Phones get role and status under the address instead of in columns. */}
                    <Group gap={6} mt={6} hiddenFrom="sm">
                      <RoleBadge role={invitation.role} />
                      {statusBadge}
                    </Group>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <RoleBadge role={invitation.role} />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    {statusBadge}
                    {status === 'pending' ? (
                      <Text size="xs" c="dimmed" mt={4}>
                        {t('invitations.expires', { date: format.date(invitation.expiresAt) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text size="sm">{format.date(invitation.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {status === 'pending' ? (
                      <Tooltip label={t('invitations.revoke')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(invitation)}
                          aria-label={t('invitations.revokeNamed', { email: invitation.email })}
                        >
                          <IconTrash size={18} />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore
        hasMore={invitations.hasNextPage}
        loading={invitations.isFetchingNextPage}
        onLoadMore={() => void invitations.fetchNextPage()}
      />
      <InviteMemberModal opened={inviting} onClose={() => setInviting(false)} currentRole={currentRole} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('invitations.revokeTitle')}
        message={revoking ? t('invitations.revokeConfirm', { email: revoking.email }) : ''}
        confirmLabel={t('invitations.revoke')}
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
