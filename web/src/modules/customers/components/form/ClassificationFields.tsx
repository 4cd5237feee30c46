import { Select, SimpleGrid, TagsInput } from '@mantine/core';
import type { CustomerType, LifecycleStage } from '@tandem/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCustomerType, isLifecycleStage } from '../../../../ui/customerLists';
import { foldedOptionsFilter } from '../../../../ui/fold';
import { useMemberDirectory } from '../../../members';
import { useCustomerLabels } from '../../hooks/useCustomerLabels';

export type ClassificationValues = {
  customerType: CustomerType;
  lifecycleStage: LifecycleStage;
  source: string | null;
  ownerUserId: string | null;
  tags: string[];
};

type ClassificationFieldsProps = {
  values: ClassificationValues;
  onChange: (patch: Partial<ClassificationValues>) => void;
  errors: Record<string, ReactNode>;
  tagSuggestions?: string[];
};

/** Who the customer is to the business: type, stage in the journey, where they came from, who looks after them, tags. */
export function ClassificationFields({ values, onChange, errors, tagSuggestions = [] }: ClassificationFieldsProps) {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const members = useMemberDirectory();
  // A source typed elsewhere (API, import) stays selectable beside the suggested ones.
  const sources =
    values.source && !labels.sourceOptions.some((o) => o.value === values.source)
      ? [...labels.sourceOptions, { value: values.source, label: values.source }]
      : labels.sourceOptions;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('fields.lifecycleStage')}
          data={labels.stageOptions}
          value={values.lifecycleStage}
          onChange={(value) => isLifecycleStage(value) && onChange({ lifecycleStage: value })}
          allowDeselect={false}
          error={errors.lifecycleStage}
          data-testid="field-lifecycleStage"
        />
        <Select
          label={t('fields.customerType')}
          data={labels.typeOptions}
          value={values.customerType}
          onChange={(value) => isCustomerType(value) && onChange({ customerType: value })}
          allowDeselect={false}
          error={errors.customerType}
          data-testid="field-customerType"
        />
        <Select
          label={t('fields.source')}
          placeholder={t('customerForm.sourcePlaceholder')}
          data={sources}
          value={values.source}
          onChange={(value) => onChange({ source: value })}
          clearable
          error={errors.source}
          data-testid="field-source"
        />
        <Select
          label={t('fields.owner')}
          placeholder={t('customerForm.ownerPlaceholder')}
          data={members.options}
          value={values.ownerUserId}
          onChange={(value) => onChange({ ownerUserId: value })}
          searchable
          clearable
          filter={foldedOptionsFilter}
          error={errors.ownerUserId}
          data-testid="field-owner"
        />
      </SimpleGrid>
      <TagsInput
        label={t('fields.tags')}
        description={t('customerForm.tagsHint')}
        data={tagSuggestions}
        value={values.tags}
        onChange={(value) => onChange({ tags: value })}
        maxTags={50}
        clearable
        error={errors.tags}
        data-testid="field-tags"
      />
    </>
  );
}
