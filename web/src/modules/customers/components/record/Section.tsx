import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type SectionProps = { title: string; icon?: ReactNode; action?: ReactNode; children: ReactNode; testId?: string };

/** A titled card of a record page. */
export function Section({ title, icon, action, children, testId }: SectionProps) {
  return (
    <Card data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          {icon}
          <Title order={3} fz="md">
            {title}
          </Title>
        </Group>
        {action}
      </Group>
      {children}
    </Card>
  );
}
