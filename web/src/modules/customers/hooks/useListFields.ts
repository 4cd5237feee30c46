import type { TCustomFieldDefinition } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { useCustomFields, type CustomFieldEntity } from '../../custom-fields';
import { useProvinces, shortProvinceName } from '../../geo';
import { useMemberDirectory } from '../../members';
import type { DescribeContext } from '../filters';
import type { FilterFieldDef } from '../listTypes';
import { useCustomerLabels } from './useCustomerLabels';

/** The filter control a custom field gets, by its type. */
export function customFieldFilter(definition: TCustomFieldDefinition): FilterFieldDef {
  const field = `cf.${definition.key}`;
  const label = definition.label;
  switch (definition.type) {
    case 'select':
    case 'multiselect':
      return { field, label, kind: 'options', options: definition.options.map((o) => ({ value: o, label: o })) };
    case 'number':
      return { field, label, kind: 'numberRange' };
    case 'date':
      return { field, label, kind: 'dateRange' };
    case 'boolean':
      return { field, label, kind: 'boolean' };
    case 'text':
      return { field, label, kind: 'text' };
    default: {
      const never: never = definition.type;
      throw new Error(`unknown custom field type ${String(never)}`);
    }
  }
}

/**
 * What a customer list can filter on — classification, owner, province, tags, source, then the custom
 * fields — and how its chips read.
 */
export function useListFields(entity: CustomFieldEntity, options: { extra?: FilterFieldDef[]; tagSuggestions?: string[] } = {}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCustomerLabels();
  const members = useMemberDirectory();
  const provinces = useProvinces();
  const definitions = useCustomFields(entity);

  const filterFields: FilterFieldDef[] = [
    { field: 'lifecycleStage', label: t('fields.lifecycleStage'), kind: 'options', options: labels.stageOptions },
    { field: 'customerType', label: t('fields.customerType'), kind: 'options', options: labels.typeOptions },
    { field: 'ownerUserId', label: t('fields.owner'), kind: 'options', options: members.options, searchable: true },
    {
      field: 'provinceCode',
      label: t('fields.province'),
      kind: 'options',
      options: (provinces.data ?? []).map((p) => ({ value: p.code, label: p.name })),
      searchable: true,
    },
    { field: 'tags', label: t('fields.tags'), kind: 'tags', suggestions: options.tagSuggestions ?? [] },
    { field: 'source', label: t('fields.source'), kind: 'options', options: labels.sourceOptions },
    ...(options.extra ?? []),
    ...definitions.map(customFieldFilter),
  ];

  const byField = new Map(filterFields.map((f) => [f.field, f]));
  const definitionOf = new Map(definitions.map((d) => [`cf.${d.key}`, d]));
  const describe: DescribeContext = {
    fieldLabel: (field) => byField.get(field)?.label ?? (field.startsWith('cf.') ? field.slice(3) : t('fields.other', { field })),
    valueLabel: (field, value) => {
      if (typeof value === 'boolean') return value ? t('customFields.yes') : t('customFields.no');
      const def = byField.get(field);
      if (def?.kind === 'options') {
        const option = def.options.find((o) => o.value === String(value));
        if (option) return field === 'provinceCode' ? shortProvinceName(option.label) : option.label;
      }
      if (typeof value === 'number') return format.number(value);
      if (def?.kind === 'dateRange' || definitionOf.get(field)?.type === 'date' || field === 'createdAt' || field === 'birthday') {
        return /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.day(value) : value;
      }
      return labels.valueOf(field, value);
    },
    empty: t('filters.empty'),
    notEmpty: t('filters.notEmpty'),
  };

  return { filterFields, describe, definitions };
}
