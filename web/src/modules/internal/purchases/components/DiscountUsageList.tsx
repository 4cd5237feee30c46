import { Group, Progress, SimpleGrid, Skeleton, Stack, Text, Paper, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { QueryError } from '../../../../ui/ListStates';
import type { TDiscountUsage } from '../../common/types';
import { useDiscountUsage } from '../hooks/usePurchases';
import { parsePeriodLabel, usageColor, usagePercent } from '../usage';

/** "Quý 4/2026", "Tháng 11/2026", "Năm 2026". */
export function usePeriodText() {
  const { t } = useTranslation('internal');
  return (label: string): string => {
    const period = parsePeriodLabel(label);
    switch (period.kind) {
      case 'year':
        return t('discounts.periodYear', { year: period.year });
      case 'quarter':
        return t('discounts.periodQuarter', { quarter: period.quarter, year: period.year });
      case 'month':
        return t('discounts.periodMonth', { month: period.month, year: period.year });
      default:
        return period.text;
    }
  };
}

/** Used / cap / remaining per policy for the current period, as progress bars. */
export function DiscountUsageList({ employeeId }: { employeeId?: string }) {
  const { t } = useTranslation('internal');
  const usage = useDiscountUsage(employeeId);
  if (usage.isPending) return <Skeleton h={90} />;
  if (usage.isError) return <QueryError error={usage.error} onRetry={() => void usage.refetch()} />;
  if (!usage.data.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('discounts.noPolicies')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="discount-usage">
      {usage.data.map((u) => (
        <UsageCard key={u.policyId} usage={u} />
      ))}
    </SimpleGrid>
  );
}

function UsageCard({ usage }: { usage: TDiscountUsage }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const periodText = usePeriodText();
  const percent = usagePercent(usage);
  return (
    <Paper withBorder p="md" radius="md" data-testid="usage-card">
      <Stack gap={8}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {usage.policyName}
          </Text>
          <Badge variant="light" color="gray" size="sm" style={{ flex: 'none' }}>
            {periodText(usage.period)}
          </Badge>
        </Group>
        {usage.cap === null ? (
          <Text size="sm" c="dimmed">
            {t('discounts.noCap', { used: format.money(usage.used) })}
          </Text>
        ) : (
          <>
            <Progress value={percent ?? 0} color={usageColor(percent)} size="lg" radius="xl" aria-label={t('discounts.usedOf', { used: format.money(usage.used), cap: format.money(usage.cap) })} />
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {t('discounts.usedOf', { used: format.money(usage.used), cap: format.money(usage.cap) })}
              </Text>
              <Text size="sm" fw={700} c={usageColor(percent) === 'red' ? 'red.7' : 'teal.7'} data-testid="usage-remaining">
                {t('discounts.remaining', { amount: format.money(usage.remaining ?? 0) })}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
