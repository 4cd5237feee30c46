import { Button, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeCondition, type DescribeContext, type Filter } from '../filters';

type FilterChipsProps = { filter: Filter; onChange: (filter: Filter) => void; context: DescribeContext };

/** The conditions in force, each removable, and a way to drop them all. */
export function FilterChips({ filter, onChange, context }: FilterChipsProps) {
  const { t } = useTranslation();
  if (filter.length === 0) return null;
  return (
    <Group gap={6} data-testid="filter-chips">
      {filter.map((condition, index) => (
        <Pill
          key={`${condition.field}-${condition.op}-${index}`}
          size="md"
          withRemoveButton
          onRemove={() => onChange(filter.filter((_, i) => i !== index))}
          removeButtonProps={{ 'aria-label': t('filters.remove') }}
          data-testid="filter-chip"
        >
          {describeCondition(condition, context)}
        </Pill>
      ))}
      <Button variant="subtle" size="compact-sm" color="gray" onClick={() => onChange([])}>
        {t('filters.clearAll')}
      </Button>
    </Group>
  );
}
