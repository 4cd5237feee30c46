import { IconMessageCircle2 } from '@tabler/icons-react';
import type { TSentiment, TTimelineItem } from '@tandem/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../../api/client';
import type { TimelineEntry } from '../../timeline';
import { SENTIMENT_COLOR } from '../components/FeedbackBadges';

type FeedbackData = { source: 'complaint' | 'praise' | 'review' | 'suggestion' | 'survey_answer'; channel: string; sentiment: TSentiment; status: 'new' | 'acknowledged' | 'resolved'; ownerName: string | null };

/** The person's complaints, praise, reviews and suggestions as timeline entries (survey answers show with their response). */
export function usePersonFeedbackEntries(personId: string) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: ['feedback', 'timeline', personId],
    queryFn: ({ pageParam }) => api.get<Page<TTimelineItem>>('/timeline', { query: { personId, kinds: 'feedback', limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries: TimelineEntry[] = (query.data?.pages.flatMap((p) => p.data) ?? []).map((item) => {
    const d = item.data as FeedbackData;
    return {
      id: `feedback-${item.id}`,
      kind: 'feedback',
      occurredAt: item.at,
      icon: <IconMessageCircle2 size={14} />,
      color: SENTIMENT_COLOR[d.sentiment],
      title: `${t(`feedback.sources.${d.source}`)} · ${t(`feedback.sentiments.${d.sentiment}`)} · ${t(`feedback.statuses.${d.status}`)}`,
      body: item.title,
      actorName: d.ownerName,
    };
  });
  return { entries, query };
}
