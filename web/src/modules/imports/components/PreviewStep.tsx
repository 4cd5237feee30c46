import { Alert, Badge, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { TImportPreview } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';

/** What the import would do, checked on the server before anything is written: counts and every row problem. */
export function PreviewStep({ preview }: { preview: TImportPreview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { counts } = preview;
  const stats = [
    { key: 'rows', label: t('imports.stats.rows'), value: counts.rows, color: undefined },
    { key: 'valid', label: t('imports.stats.valid'), value: counts.valid, color: 'teal' },
    { key: 'invalid', label: t('imports.stats.invalid'), value: counts.invalid, color: counts.invalid ? 'red' : undefined },
    { key: 'duplicatesInFile', label: t('imports.stats.duplicatesInFile'), value: counts.duplicatesInFile, color: counts.duplicatesInFile ? 'orange' : undefined },
    { key: 'duplicatesExisting', label: t('imports.stats.duplicatesExisting'), value: counts.duplicatesExisting, color: counts.duplicatesExisting ? 'orange' : undefined },
  ];
  return (
    <Stack gap="md" data-testid="import-preview">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        {stats.map((stat) => (
          <Paper key={stat.key} withBorder p="sm" radius="md" data-testid={`preview-${stat.key}`}>
            <Text size="xs" c="dimmed" lh={1.3}>
              {stat.label}
            </Text>
            <Text fz={24} fw={700} c={stat.color}>
              {format.number(stat.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {preview.complete ? null : (
        <Alert variant="light" icon={<IconInfoCircle size={18} />}>
          {t('imports.partialPreview', { count: counts.rows })}
        </Alert>
      )}
      {preview.errors.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="preview-clean">
          {t('imports.noProblems')}
        </Alert>
      ) : (
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('imports.problems', { count: preview.errors.length })}
          </Text>
          <Table.ScrollContainer minWidth={520} mah={360}>
            <Table verticalSpacing={6} striped stickyHeader data-testid="preview-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('imports.row')}</Table.Th>
                  <Table.Th w={160}>{t('imports.column')}</Table.Th>
                  <Table.Th>{t('imports.reason')}</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.errors.map((issue, index) => (
                  <Table.Tr key={`${issue.row}-${index}`} data-testid="preview-error">
                    <Table.Td>{issue.row}</Table.Td>
                    <Table.Td>{issue.column ?? '—'}</Table.Td>
                    <Table.Td className="tandem-break">{issue.reason}</Table.Td>
                    <Table.Td>
                      <Badge size="xs" color={issue.kind === 'error' ? 'red' : 'orange'}>
                        {t(`imports.kind.${issue.kind}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('imports.problemsHint')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
