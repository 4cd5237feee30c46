import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TagList({ tags }: { tags: string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('record.noTags')}
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" tt="none" fw={500}>
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
