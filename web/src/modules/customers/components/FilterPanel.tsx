import { Button, Drawer, Group, MultiSelect, NumberInput, SegmentedControl, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../../../ui/fold';
import {
  booleanValue,
  containedText,
  rangeOf,
  selectedValues,
  withBoolean,
  withContainedText,
  withRange,
  withSelectedValues,
  type Filter,
} from '../filters';
import type { FilterFieldDef } from '../listTypes';

type FilterPanelProps = {
  opened: boolean;
  onClose: () => void;
  fields: FilterFieldDef[];
  filter: Filter;
  onChange: (filter: Filter) => void;
};

const asNumber = (value: unknown): number | null => (typeof value === 'number' ? value : typeof value === 'string' && value !== '' && Number.isFinite(Number(value)) ? Number(value) : null);
const asDay = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/** Every filterable field in a side panel; each change applies at once, so the list answers as you pick. */
export function FilterPanel({ opened, onClose, fields, filter, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="sm" title={t('filters.title')} data-testid="filter-panel">
      <Stack gap="md">
        {fields.map((def) => (
          <FilterControl key={def.field} def={def} filter={filter} onChange={onChange} />
        ))}
        <Group justify="space-between" mt="sm">
          <Button variant="subtle" color="gray" onClick={() => onChange([])} disabled={filter.length === 0}>
            {t('filters.clearAll')}
          </Button>
          <Button onClick={onClose} data-testid="filter-done">
            {t('common.done')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}

function FilterControl({ def, filter, onChange }: { def: FilterFieldDef; filter: Filter; onChange: (filter: Filter) => void }) {
  const { t } = useTranslation();
  const testId = `filter-${def.field}`;
  switch (def.kind) {
    case 'options':
      return (
        <MultiSelect
          label={def.label}
          placeholder={selectedValues(filter, def.field).length ? undefined : t('filters.any')}
          data={def.options}
          value={selectedValues(filter, def.field)}
          onChange={(values) => onChange(withSelectedValues(filter, def.field, values))}
          searchable={def.searchable}
          filter={foldedOptionsFilter}
          clearable
          comboboxProps={{ withinPortal: true }}
          data-testid={testId}
        />
      );
    case 'tags':
      return (
        <TagsInput
          label={def.label}
          description={t('filters.tagsHint')}
          placeholder={selectedValues(filter, def.field).length ? undefined : t('filters.any')}
          data={def.suggestions}
          value={selectedValues(filter, def.field)}
          onChange={(values) => onChange(withSelectedValues(filter, def.field, values))}
          clearable
          data-testid={testId}
        />
      );
    case 'numberRange': {
      const range = rangeOf(filter, def.field, asNumber);
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {def.label}
          </Text>
          <Group grow gap="xs">
            <NumberInput
              placeholder={t('filters.from')}
              value={range.min ?? ''}
              onChange={(v) => onChange(withRange(filter, def.field, { min: asNumber(v), max: range.max }))}
              thousandSeparator="."
              decimalSeparator=","
              hideControls
              aria-label={`${def.label} — ${t('filters.from')}`}
            />
            <NumberInput
              placeholder={t('filters.to')}
              value={range.max ?? ''}
              onChange={(v) => onChange(withRange(filter, def.field, { min: range.min, max: asNumber(v) }))}
              thousandSeparator="."
              decimalSeparator=","
              hideControls
              aria-label={`${def.label} — ${t('filters.to')}`}
            />
          </Group>
        </Stack>
      );
    }
    case 'dateRange': {
      const range = rangeOf(filter, def.field, asDay);
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {def.label}
          </Text>
          <Group grow gap="xs">
            <TextInput
              type="date"
              value={range.min ?? ''}
              onChange={(e) => onChange(withRange(filter, def.field, { min: e.currentTarget.value || null, max: range.max }))}
              aria-label={`${def.label} — ${t('filters.from')}`}
            />
            <TextInput
              type="date"
              value={range.max ?? ''}
              onChange={(e) => onChange(withRange(filter, def.field, { min: range.min, max: e.currentTarget.value || null }))}
              aria-label={`${def.label} — ${t('filters.to')}`}
            />
          </Group>
        </Stack>
      );
    }
    case 'text':
      return <TextFilter label={def.label} value={containedText(filter, def.field)} onChange={(text) => onChange(withContainedText(filter, def.field, text))} />;
    case 'boolean': {
      const value = booleanValue(filter, def.field);
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {def.label}
          </Text>
          <SegmentedControl
            fullWidth
            value={value === null ? 'any' : value ? 'yes' : 'no'}
            onChange={(next) => onChange(withBoolean(filter, def.field, next === 'any' ? null : next === 'yes'))}
            data={[
              { value: 'any', label: t('filters.any') },
              { value: 'yes', label: t('customFields.yes') },
              { value: 'no', label: t('customFields.no') },
            ]}
          />
        </Stack>
      );
    }
    default: {
      const never: never = def;
      throw new Error(`unknown filter kind ${JSON.stringify(never)}`);
    }
  }
}

/** Text filters wait for a pause in typing, so the list is not asked again on every key. */
function TextFilter({ label, value, onChange }: { label: string; value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const apply = useDebouncedCallback(onChange, 400);
  return (
    <TextInput
      label={label}
      placeholder={t('filters.contains')}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        apply(e.currentTarget.value);
      }}
    />
  );
}
