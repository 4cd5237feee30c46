import { ActionIcon, Anchor, Badge, Button, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconExternalLink, IconKey, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TApiKey } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { ListSkeleton, LoadMore, QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useApiKeys, useRevokeApiKey } from '../hooks/useApiKeys';
import { CreateApiKeyModal } from './CreateApiKeyModal';

/** Keys that let other systems (a chatbot, a web form, an ERP) use the Tandem API. */
export function ApiKeysPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<TApiKey | null>(null);

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifySuccess(t('apiKeys.revoked', { name: revoking.name }));
        setRevoking(null);
      },
      onError: (error) => notifyError(t('apiKeys.revokeFailed'), errorMessage(error)),
    });
  };

  const rows = keys.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={560}>
          <Text size="sm" c="dimmed">
            {t('apiKeys.intro')}
          </Text>
          <Anchor href="/api/docs" target="_blank" rel="noopener" size="sm" fw={500}>
            <Group gap={4} component="span" wrap="nowrap">
              {t('apiKeys.docsLink')}
              <IconExternalLink size={14} />
            </Group>
          </Anchor>
        </Stack>
        <Button leftSection={<IconKey size={18} />} onClick={() => setCreating(true)} data-testid="create-api-key">
          {t('apiKeys.create')}
        </Button>
      </Group>
      {keys.isPending ? (
        <ListSkeleton />
      ) : keys.isError ? (
        <QueryError error={keys.error} onRetry={() => void keys.refetch()} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" size="sm">
          {t('apiKeys.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="sm" data-testid="api-keys-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiKeys.columns.name')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('apiKeys.columns.role')}</Table.Th>
              <Table.Th visibleFrom="md">{t('apiKeys.columns.created')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('apiKeys.columns.lastUsed')}</Table.Th>
              <Table.Th w={52} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((key) => {
              const usage = key.revokedAt ? (
                <Badge color="gray" variant="outline">
                  {t('apiKeys.revokedOn', { date: format.date(key.revokedAt) })}
                </Badge>
              ) : (
                <Text size="sm" c={key.lastUsedAt ? undefined : 'dimmed'}>
                  {key.lastUsedAt ? format.relative(key.lastUsedAt) : t('apiKeys.neverUsed')}
                </Text>
              );
              const revoked = key.revokedAt !== null;
              return (
                <Table.Tr
                  key={key.id}
                  data-testid="api-key-row"
                  data-revoked={revoked || undefined}
                  style={revoked ? { opacity: 0.55 } : undefined}
                >
                  <Table.Td>
                    <Group gap={8} wrap="wrap">
                      <Text size="sm" fw={500} td={revoked ? 'line-through' : undefined}>
                        {key.name}
                      </Text>
                      <Code fz="xs">{key.prefix}…</Code>
                    </Group>
                    {/* Phones get role and usage under the name instead of in columns. */}
                    <Group gap={8} mt={6} hiddenFrom="sm">
                      <RoleBadge role={key.role} />
                      {usage}
                    </Group>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <RoleBadge role={key.role} />
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text size="sm">{format.date(key.createdAt)}</Text>
                    {key.createdByName ? (
                      <Text size="xs" c="dimmed">
                        {t('apiKeys.createdBy', { name: key.createdByName })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{usage}</Table.Td>
                  <Table.Td>
                    {revoked ? null : (
                      <Tooltip label={t('apiKeys.revoke')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(key)}
                          aria-label={t('apiKeys.revokeNamed', { name: key.name })}
                        >
                          <IconTrash size={18} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore hasMore={keys.hasNextPage} loading={keys.isFetchingNextPage} onLoadMore={() => void keys.fetchNextPage()} />
      <CreateApiKeyModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('apiKeys.revokeTitle')}
        message={revoking ? t('apiKeys.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('apiKeys.revoke')}
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
