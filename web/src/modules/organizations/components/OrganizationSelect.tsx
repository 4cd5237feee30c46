import { Group, Select, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerSearch } from '../../search';

type OrganizationSelectProps = {
  value: { id: string; name: string } | null;
  onChange: (organization: { id: string; name: string } | null) => void;
  /** Organizations already chosen elsewhere in the form, left out of the results. */
  exclude?: string[];
  label?: string;
  error?: ReactNode;
  testId?: string;
};

/** Pick an organization by typing its name or tax code; the server search does the matching. */
export function OrganizationSelect({ value, onChange, exclude = [], label, error, testId }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // All kinds are asked and organizations kept here: the server answers 500 to `kind=organization`
  // (its one-kind query loses the column names); with `kind` fixed this can pass it again.
  const search = useCustomerSearch(text === value?.name ? '' : text, { limit: 30 });
  const hits = (search.data ?? []).filter((hit) => hit.kind === 'organization' && (!exclude.includes(hit.id) || hit.id === value?.id));
  const data = [
    ...(value ? [{ value: value.id, label: value.name }] : []),
    ...hits.filter((hit) => hit.id !== value?.id).map((hit) => ({ value: hit.id, label: hit.name })),
  ];
  const taxCodes = new Map(hits.map((hit) => [hit.id, hit.taxCode]));
  return (
    <Select
      label={label}
      placeholder={t('organizations.pickPlaceholder')}
      searchable
      searchValue={text}
      onSearchChange={setText}
      data={data}
      // The server has already matched (accents, typos, tax codes): show its answer as it is.
      filter={({ options }) => options}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      renderOption={({ option }) => (
        <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.label}</Text>
          {taxCodes.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {t('search.taxCode', { code: taxCodes.get(option.value) })}
            </Text>
          ) : null}
        </Group>
      )}
      nothingFoundMessage={text.trim() ? t('organizations.pickNothing') : t('organizations.pickHint')}
      clearable
      error={error}
      data-testid={testId}
    />
  );
}
