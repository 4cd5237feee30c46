import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportState } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { issuesCsvUrl } from '../api/importsApi';
import { useRecentImports } from '../hooks/useImports';

const STATE_COLOR: Record<ImportState, string> = {
  queued: 'gray',
  running: 'ocean',
  completed: 'teal',
  failed: 'red',
  cancelled: 'gray',
  interrupted: 'orange',
  rolling_back: 'grape',
  rolled_back: 'gray',
};

/** The last imports of the workspace, to follow one up (open it to resume or undo it). */
export function RecentImports({ onOpen }: { onOpen: (id: string, entity: 'person' | 'organization') => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const imports = useRecentImports();
  const rows = imports.data?.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Card>
      <Group gap="xs" mb="sm">
        <IconHistory size={18} color="var(--mantine-color-ocean-7)" />
        <Title order={3} fz="md">
          {t('imports.recent')}
        </Title>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" data-testid="recent-imports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.file')}</Table.Th>
              <Table.Th>{t('imports.stateColumn')}</Table.Th>
              <Table.Th>{t('imports.resultColumn')}</Table.Th>
              <Table.Th>{t('imports.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onOpen(item.id, item.entity)} className="tandem-break" ta="left">
                      {item.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.entity === 'person' ? t('customers.tabs.people') : t('customers.tabs.organizations')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLOR[item.state]} variant="light">
                    {t(`imports.states.${item.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {t('imports.resultLine', { inserted: item.inserted, updated: item.updated, skipped: item.skipped, errors: item.errors })}
                  </Text>
                  {item.errors + item.skipped > 0 ? (
                    <Anchor href={issuesCsvUrl(item.id)} download size="xs">
                      {t('imports.downloadIssues')}
                    </Anchor>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {format.relative(item.createdAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
