import { Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { useLoopMetrics } from '../hooks/useFeedback';

/** Closing the loop over the last 30 days: detractors, % contacted, median time to first contact, % closed. */
export function LoopMetricsCard() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const m = useLoopMetrics();
  const data = m.data;
  const duration = (minutes: number | null) => {
    if (minutes === null) return '—';
    if (minutes < 60) return t('feedback.loop.minutes', { n: Math.round(minutes) });
    if (minutes < 48 * 60) return t('feedback.loop.hours', { n: fmt.number(Math.round(minutes / 6) / 10) });
    return t('feedback.loop.days', { n: fmt.number(Math.round(minutes / 144) / 10) });
  };
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${fmt.number(v)}%`);
  const stat = (label: string, value: string, hint: string, testId: string, color?: string) => (
    <Tooltip label={hint} multiline w={260} withArrow>
      <Stack gap={2} data-testid={testId}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text size="xl" fw={700} c={color}>
          {value}
        </Text>
      </Stack>
    </Tooltip>
  );
  return (
    <Card withBorder radius="md" mb="md" data-testid="loop-metrics">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('feedback.loop.title')}</Title>
        {data ? (
          <Text size="sm" c="dimmed">
            {fmt.day(data.from)} – {fmt.day(data.to)}
          </Text>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {stat(t('feedback.loop.detractors'), data ? fmt.number(data.detractors) : '—', t('feedback.loop.detractorsHint'), 'loop-detractors')}
        {stat(t('feedback.loop.contacted'), pct(data?.contactedRate), t('feedback.loop.contactedHint'), 'loop-contacted')}
        {stat(t('feedback.loop.median'), duration(data?.medianMinutesToFirstContact ?? null), t('feedback.loop.medianHint'), 'loop-median')}
        {stat(t('feedback.loop.closed'), pct(data?.closedRate), t('feedback.loop.closedHint'), 'loop-closed')}
        {stat(t('feedback.loop.overdue'), data ? fmt.number(data.overdue) : '—', t('feedback.loop.overdueHint'), 'loop-overdue', data?.overdue ? 'red' : undefined)}
      </SimpleGrid>
    </Card>
  );
}
