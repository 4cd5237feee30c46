import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCustomFieldDefinition } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import type { StoredCustomValue } from '../customValues';

type CustomFieldValueProps = { definition: TCustomFieldDefinition; value: StoredCustomValue | undefined; size?: 'xs' | 'sm' };

/** A stored custom value, formatted for reading; a dash when empty. */
export function CustomFieldValue({ definition, value, size = 'sm' }: CustomFieldValueProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return (
      <Text size={size} c="dimmed">
        —
      </Text>
    );
  }
  if (Array.isArray(value)) {
    return (
      <Group gap={4}>
        {value.map((item) => (
          <Badge key={item} variant="light" color="gray" size={size}>
            {item}
          </Badge>
        ))}
      </Group>
    );
  }
  let text: string;
  if (typeof value === 'boolean') text = value ? t('customFields.yes') : t('customFields.no');
  else if (typeof value === 'number') text = format.number(value);
  else if (definition.type === 'date') text = format.day(value);
  else text = value;
  return (
    <Text size={size} className="tandem-break">
      {text}
    </Text>
  );
}
