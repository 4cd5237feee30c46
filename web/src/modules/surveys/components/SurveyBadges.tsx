import { Badge } from '@mantine/core';
import type { TSurvey } from '@tandem/shared';
import { useTranslation } from 'react-i18next';

const COLORS = { draft: 'gray', active: 'green', closed: 'red' } as const;

export function StatusBadge({ status }: { status: TSurvey['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`surveys.statuses.${status}`)}
    </Badge>
  );
}
