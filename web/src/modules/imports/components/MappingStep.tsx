import { Alert, Group, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportEntity, OnDuplicate, TImportPreview } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../../../ui/fold';
import { useCustomFields } from '../../custom-fields';
import { SKIP, conflictingTargets, targetsOf, type ColumnChoices } from '../importTargets';

type MappingStepProps = {
  entity: ImportEntity;
  preview: TImportPreview;
  choices: ColumnChoices;
  onChoices: (choices: ColumnChoices) => void;
  onDuplicate: OnDuplicate;
  onDuplicateChange: (value: OnDuplicate) => void;
};

const ON_DUPLICATE: OnDuplicate[] = ['skip', 'update', 'create'];

/** Each column of the file → a Tandem field or "skip", with a few of its values to recognise it by. */
export function MappingStep({ entity, preview, choices, onChoices, onDuplicate, onDuplicateChange }: MappingStepProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false });
  const definitions = useCustomFields(entity);
  const conflicts = conflictingTargets(choices);
  const options = [
    { value: SKIP, label: t('imports.skipColumn') },
    {
      group: t('imports.tandemFields'),
      items: targetsOf(entity).map((target) => ({ value: target, label: t(`imports.targets.${target}`) })),
    },
    ...(definitions.length
      ? [{ group: t('imports.customFields'), items: definitions.map((d) => ({ value: `cf.${d.key}`, label: d.label })) }]
      : []),
  ];
  const selectFor = (column: string) => {
    const value = choices[column] ?? SKIP;
    return (
      <Select<string>
        size="sm"
        data={options}
        value={value}
        onChange={(next) => onChoices({ ...choices, [column]: next ?? SKIP })}
        allowDeselect={false}
        searchable
        filter={foldedOptionsFilter}
        error={conflicts.has(value) ? true : undefined}
        aria-label={t('imports.mapColumn', { column })}
        data-testid={`map-${column}`}
      />
    );
  };
  const samples = (column: string) =>
    preview.rows
      .map((row) => row.values[column]?.trim())
      .filter((v): v is string => Boolean(v))
      .slice(0, 3);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('imports.mappingIntro', { count: preview.columns.length })}
        {preview.savedMapping ? ` ${t('imports.savedMappingUsed')}` : ''}
      </Text>
      {conflicts.size ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="mapping-conflict">
          {[...conflicts].map(([target, columns]) => (
            <Text key={target} size="sm">
              {t('imports.conflict', { field: labelOf(target), columns: columns.join(', ') })}
            </Text>
          ))}
        </Alert>
      ) : null}
      {isPhone ? (
        <Stack gap="xs" data-testid="mapping-table">
          {preview.columns.map((column) => (
            <Paper key={column} withBorder p="sm" radius="md" data-testid="mapping-row">
              <Text size="sm" fw={600}>
                {column}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1} mb={6} className="tandem-break">
                {samples(column).join(' · ') || t('imports.emptyColumn')}
              </Text>
              {selectFor(column)}
            </Paper>
          ))}
        </Stack>
      ) : (
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" data-testid="mapping-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.fileColumn')}</Table.Th>
              <Table.Th>{t('imports.examples')}</Table.Th>
              <Table.Th w={260}>{t('imports.tandemField')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.columns.map((column) => {
              const value = choices[column] ?? SKIP;
              return (
                <Table.Tr key={column} data-testid="mapping-row" style={value === SKIP ? { opacity: 0.6 } : undefined}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {column}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2} className="tandem-break">
                      {samples(column).join(' · ') || t('imports.emptyColumn')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {selectFor(column)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      )}

      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('imports.onDuplicateTitle')}
        </Text>
        <Text size="xs" c="dimmed">
          {t(entity === 'person' ? 'imports.onDuplicateHintPerson' : 'imports.onDuplicateHintOrganization')}
        </Text>
        <Radio.Group value={onDuplicate} onChange={(value) => onDuplicateChange(ON_DUPLICATE.find((v) => v === value) ?? 'skip')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {ON_DUPLICATE.map((value) => (
              <Radio.Card key={value} value={value} p="sm" radius="md" data-testid={`on-duplicate-${value}`}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text size="sm" fw={600}>
                      {t(`imports.onDuplicate.${value}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`imports.onDuplicateText.${value}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
      </Stack>
    </Stack>
  );

  function labelOf(target: string): string {
    if (target.startsWith('cf.')) return definitions.find((d) => `cf.${d.key}` === target)?.label ?? target;
    const known = targetsOf(entity).find((x) => x === target);
    return known ? t(`imports.targets.${known}`) : target;
  }
}
