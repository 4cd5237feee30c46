import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TSurveyCampaign } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { campaignTotals } from '../distribution';

/** A campaign's progress and its counts: sent, waiting, skipped (consent, no address, frequency limit), failed. */
export function CampaignCounts({ campaign, responseCount, compact = false }: { campaign: TSurveyCampaign; responseCount?: number; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const c = campaignTotals(campaign.counts);
  const cells: Array<[string, number, string]> = [
    ['sent', c.sent, 'teal'],
    ['queued', c.queued, 'blue'],
    ['skippedConsent', c.skippedConsent, 'orange'],
    ['skippedNoEmail', c.skippedNoEmail, 'orange'],
    ['skippedFrequency', c.skippedFrequency, 'orange'],
    ['skippedAnswered', c.skippedAnswered, 'gray'],
    ['failed', c.failed, 'red'],
  ];
  return (
    <Stack gap="xs" data-testid="campaign-counts">
      {campaign.kind === 'campaign' ? (
        <>
          <Group justify={compact ? 'flex-end' : 'space-between'}>
            {compact ? null : <Text size="sm">{campaign.status === 'done' ? t('surveyDistribution.counts.done') : t('surveyDistribution.counts.sending')}</Text>}
            <Text size="sm" c="dimmed">
              {t('surveyDistribution.counts.handled', { done: fmt.number(c.total - c.queued), total: fmt.number(c.total) })}
            </Text>
          </Group>
          <Progress value={c.progress} animated={campaign.status === 'sending'} aria-label={t('surveyDistribution.counts.progress')} />
        </>
      ) : null}
      <SimpleGrid cols={compact ? 2 : { base: 2, xs: 3 }} spacing="xs">
        {cells.map(([key, value, color]) => (
          <Stack gap={0} key={key} data-testid={`count-${key}`}>
            <Text fw={600} c={value > 0 ? color : 'dimmed'}>
              {fmt.number(value)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`surveyDistribution.counts.${key as 'sent'}`)}
            </Text>
          </Stack>
        ))}
        <Stack gap={0} data-testid="count-reminded">
          <Text fw={600}>{fmt.number(campaign.reminded)}</Text>
          <Text size="xs" c="dimmed">
            {campaign.reminderAfterDays ? t('surveyDistribution.counts.reminded', { days: campaign.reminderAfterDays }) : t('surveyDistribution.counts.noReminder')}
          </Text>
        </Stack>
        {responseCount !== undefined ? (
          <Stack gap={0} data-testid="count-responded">
            <Text fw={600}>{fmt.number(responseCount)}</Text>
            <Text size="xs" c="dimmed">
              {t('surveyDistribution.counts.responded')}
            </Text>
          </Stack>
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}
