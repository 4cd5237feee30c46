import { DataList, Text } from '@mantine/core';
import type { TCustomFieldDefinition, TPerson } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { CustomFieldValue } from '../../../custom-fields';

type CustomFieldsListProps = { definitions: TCustomFieldDefinition[]; values: TPerson['customFields'] };

/** The workspace's own fields of a record, label beside value. */
export function CustomFieldsList({ definitions, values }: CustomFieldsListProps) {
  const { t } = useTranslation();
  if (definitions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('record.noCustomFields')}
      </Text>
    );
  }
  return (
    <DataList labelWidth="40%" gap="xs" data-testid="custom-fields">
      {definitions.map((definition) => (
        <DataList.Item key={definition.id}>
          <DataList.ItemLabel>{definition.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            <CustomFieldValue definition={definition} value={values[definition.key]} />
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
