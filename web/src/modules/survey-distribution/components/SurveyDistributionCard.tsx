import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { TSurvey } from '@tandem/shared';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth';
import { useFormatters } from '../../../i18n/format';
import { campaignEvent } from '../distribution';
import { useSurveyCampaigns } from '../hooks/useDistribution';
import { CampaignCounts } from './CampaignCounts';
import { SendSurveyModal } from './SendSurveyModal';
import { SurveyTriggersEditor } from './SurveyTriggersEditor';

/** On a survey's page: send it by e-mail, its campaigns with their counts, and its automatic sends. */
export function SurveyDistributionCard({ survey }: { survey: TSurvey }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { can } = usePermissions();
  const canSend = can('surveys.send');
  const [open, setOpen] = useState(false);
  const campaigns = useSurveyCampaigns(survey.id);
  const list = campaigns.data?.data ?? [];
  return (
    <Card withBorder data-testid="survey-distribution">
      <Stack>
        <Group justify="space-between">
          <Title order={5}>{t('surveyDistribution.card.title')}</Title>
          {canSend ? (
            <Button size="xs" leftSection={<IconMail size={14} />} onClick={() => setOpen(true)} disabled={survey.status !== 'active'} data-testid="send-by-email">
              {t('surveyDistribution.card.send')}
            </Button>
          ) : null}
        </Group>
        {survey.status !== 'active' ? (
          <Text size="sm" c="dimmed">
            {t('surveyDistribution.card.notActive')}
          </Text>
        ) : null}
        {list.length === 0 && !campaigns.isLoading ? (
          <Text size="sm" c="dimmed">
            {t('surveyDistribution.card.none')}
          </Text>
        ) : null}
        {list.slice(0, 5).map((c) => {
          const event = campaignEvent(c.kind);
          return (
            <Stack key={c.id} gap={6} data-testid="campaign">
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={500}>
                  {event ? t('surveyDistribution.card.automatic', { event: t(`surveyDistribution.triggers.events.${event}`) }) : t('surveyDistribution.card.campaign', { date: fmt.dateTime(c.createdAt) })}
                </Text>
                {c.kind === 'campaign' ? (
                  <Badge size="sm" variant="light" color={c.status === 'done' ? 'teal' : 'blue'} style={{ flexShrink: 0, overflow: 'visible' }}>
                    {t(`surveyDistribution.card.status.${c.status}`)}
                  </Badge>
                ) : null}
              </Group>
              <CampaignCounts campaign={c} compact />
            </Stack>
          );
        })}
        <Divider />
        <Title order={6}>{t('surveyDistribution.triggers.title')}</Title>
        <SurveyTriggersEditor survey={survey} canEdit={canSend} />
      </Stack>
      {open ? <SendSurveyModal survey={survey} opened={open} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
