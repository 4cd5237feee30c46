import { Badge, Group, Text } from '@mantine/core';
import { EmptyCell } from './RecordTable';

/** Up to three tags, then "+n". */
export function TagBadges({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <EmptyCell />;
  return (
    <Group gap={4} wrap="nowrap">
      {tags.slice(0, 3).map((tag) => (
        <Badge key={tag} size="sm" variant="outline" color="gray" tt="none" fw={500}>
          {tag}
        </Badge>
      ))}
      {tags.length > 3 ? (
        <Text size="xs" c="dimmed">
          +{tags.length - 3}
        </Text>
      ) : null}
    </Group>
  );
}
