import { Checkbox, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCustomFieldDefinition } from '@tandem/shared';
import { foldedOptionsFilter } from '../../../ui/fold';
import type { FormCustomValue } from '../customValues';

type CustomFieldInputProps = {
  definition: TCustomFieldDefinition;
  value: FormCustomValue;
  onChange: (value: FormCustomValue) => void;
  error?: ReactNode;
};

/** The input for one custom field, by its type. */
export function CustomFieldInput({ definition, value, onChange, error }: CustomFieldInputProps) {
  const { t, i18n } = useTranslation();
  const common = {
    label: definition.label,
    required: definition.required,
    error,
    'data-testid': `cf-${definition.key}`,
  };
  switch (definition.type) {
    case 'text':
      return (
        <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} maxLength={5000} />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next)}
          thousandSeparator={i18n.language === 'en' ? ',' : '.'}
          decimalSeparator={i18n.language === 'en' ? '.' : ','}
          hideControls
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          placeholder={t('customFields.datePlaceholder')}
          inputMode="numeric"
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={definition.options}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next)}
          clearable={!definition.required}
          searchable={definition.options.length > 8}
          filter={foldedOptionsFilter}
        />
      );
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          data={definition.options}
          value={Array.isArray(value) ? value : []}
          onChange={(next) => onChange(next)}
          searchable
          filter={foldedOptionsFilter}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={definition.label}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          data-testid={`cf-${definition.key}`}
          mt="xs"
        />
      );
    default: {
      const never: never = definition.type;
      throw new Error(`unknown custom field type ${String(never)}`);
    }
  }
}
