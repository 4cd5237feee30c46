import { Badge } from '@mantine/core';
import type { TFeedbackStatus, TSentiment } from '@tandem/shared';
import { useTranslation } from 'react-i18next';

export const SENTIMENT_COLOR: Record<TSentiment, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };
const STATUS_COLOR: Record<TFeedbackStatus, string> = { new: 'blue', acknowledged: 'yellow', resolved: 'teal' };

export function SentimentBadge({ sentiment, manual }: { sentiment: TSentiment; manual?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={SENTIMENT_COLOR[sentiment]} variant="light" data-testid="sentiment-badge">
      {t(`feedback.sentiments.${sentiment}`)}
      {manual ? ' ✎' : ''}
    </Badge>
  );
}

export function FeedbackStatusBadge({ status }: { status: TFeedbackStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="dot">
      {t(`feedback.statuses.${status}`)}
    </Badge>
  );
}
