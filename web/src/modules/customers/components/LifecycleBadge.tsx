import { Badge, type BadgeProps } from '@mantine/core';
import type { LifecycleStage } from '@tandem/shared';
import { useCustomerLabels } from '../hooks/useCustomerLabels';

/** Colours follow the journey: grey lead, blue prospect, green customer, violet advocate, red churned. */
export const STAGE_COLOR: Record<LifecycleStage, string> = {
  lead: 'gray',
  prospect: 'blue',
  customer: 'teal',
  advocate: 'grape',
  churned: 'red',
};

/** A lifecycle stage as a coloured badge. */
export function LifecycleBadge({ stage, ...props }: { stage: LifecycleStage } & Omit<BadgeProps, 'color' | 'children'>) {
  const labels = useCustomerLabels();
  return (
    <Badge color={STAGE_COLOR[stage]} variant="light" tt="none" fw={600} {...props} data-testid="lifecycle-badge">
      {labels.stage(stage)}
    </Badge>
  );
}
