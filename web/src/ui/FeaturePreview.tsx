import { Badge, Card, EmptyState, List, Stack, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type FeaturePreviewProps = {
  icon: ReactNode;
  badge: string;
  title: string;
  description: string;
  /** What the area will let people do, one line each. */
  highlights: string[];
};

/** The placeholder for an area that is not built yet: says what will be there, never lorem ipsum. */
export function FeaturePreview({ icon, badge, title, description, highlights }: FeaturePreviewProps) {
  return (
    <Card maw={720} mx="auto" mt="xl" p={{ base: 'lg', sm: 40 }}>
      <Stack align="center" gap="lg">
        <EmptyState
          size="lg"
          variant="light"
          icon={icon}
          title={title}
          description={description}
          style={{ textWrap: 'balance' }}
        />
        <Badge size="lg" variant="dot">
          {badge}
        </Badge>
        <List
          spacing="sm"
          center
          icon={
            <ThemeIcon size={22} radius="xl" variant="light">
              <IconCircleCheck size={14} />
            </ThemeIcon>
          }
          maw={520}
        >
          {highlights.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
