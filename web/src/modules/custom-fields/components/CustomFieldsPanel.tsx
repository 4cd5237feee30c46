import { ActionIcon, Badge, Button, Code, Group, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCustomFieldDefinition } from '@tandem/shared';
import { useErrorMessage } from '../../../ui/errors';
import { ListSkeleton, QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { CustomFieldEntity } from '../api/customFieldsApi';
import { useAllCustomFields, useUpdateCustomField } from '../hooks/useCustomFields';
import { CustomFieldModal } from './CustomFieldModal';

/** Cài đặt → Trường tùy chỉnh: what extra information the workspace keeps on customers. */
export function CustomFieldsPanel() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [entity, setEntity] = useState<CustomFieldEntity>('person');
  const [modal, setModal] = useState<{ editing: TCustomFieldDefinition | null } | null>(null);
  const fields = useAllCustomFields();
  const update = useUpdateCustomField();

  const rows = (fields.data ?? [])
    .filter((d) => d.entity === entity)
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.position - b.position);

  const toggleArchive = (field: TCustomFieldDefinition) =>
    update.mutate(
      { id: field.id, body: { archived: !field.archived } },
      {
        onSuccess: () => notifySuccess(t(field.archived ? 'customFields.restored' : 'customFields.archived', { label: field.label })),
        onError: (error) => notifyError(t('customFields.saveFailed'), errorMessage(error)),
      },
    );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={640}>
        {t('customFields.intro')}
      </Text>
      <Group justify="space-between">
        <SegmentedControl
          value={entity}
          onChange={(value) => setEntity(value === 'organization' ? 'organization' : 'person')}
          data={[
            { value: 'person', label: t('customFields.entities.person') },
            { value: 'organization', label: t('customFields.entities.organization') },
          ]}
          data-testid="cf-entity"
        />
        <Button leftSection={<IconPlus size={18} />} onClick={() => setModal({ editing: null })} data-testid="cf-add">
          {t('customFields.add')}
        </Button>
      </Group>
      {fields.isPending ? (
        <ListSkeleton />
      ) : fields.isError ? (
        <QueryError error={fields.error} onRetry={() => void fields.refetch()} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" size="sm">
          {t('customFields.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="sm" data-testid="cf-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customFields.label')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('customFields.type')}</Table.Th>
              <Table.Th visibleFrom="md">{t('customFields.options')}</Table.Th>
              <Table.Th w={92} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((field) => (
              <Table.Tr key={field.id} data-testid="cf-row" style={field.archived ? { opacity: 0.55 } : undefined}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" fw={500}>
                      {field.label}
                    </Text>
                    {field.required ? (
                      <Badge size="xs" color="orange">
                        {t('customFields.requiredBadge')}
                      </Badge>
                    ) : null}
                    {field.archived ? (
                      <Badge size="xs" color="gray" variant="outline">
                        {t('customFields.archivedBadge')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Code fz="xs">cf.{field.key}</Code>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {t(`customFields.types.${field.type}`)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Badge variant="light" color="gray">
                    {t(`customFields.types.${field.type}`)}
                  </Badge>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Text size="sm" c={field.options.length ? undefined : 'dimmed'} lineClamp={2}>
                    {field.options.length ? field.options.join(', ') : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('customFields.edit')}>
                      <ActionIcon variant="subtle" color="gray" onClick={() => setModal({ editing: field })} aria-label={t('customFields.editNamed', { label: field.label })}>
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={field.archived ? t('customFields.restore') : t('customFields.archive')}>
                      <ActionIcon
                        variant="subtle"
                        color={field.archived ? 'teal' : 'red'}
                        onClick={() => toggleArchive(field)}
                        loading={update.isPending && update.variables?.id === field.id}
                        aria-label={t(field.archived ? 'customFields.restoreNamed' : 'customFields.archiveNamed', { label: field.label })}
                        data-testid="cf-archive"
                      >
                        {field.archived ? <IconArchiveOff size={18} /> : <IconArchive size={18} />}
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CustomFieldModal
        opened={modal !== null}
        onClose={() => setModal(null)}
        entity={entity}
        editing={modal?.editing ?? null}
        nextPosition={Math.max(0, ...rows.map((r) => r.position)) + 1}
      />
    </Stack>
  );
}
