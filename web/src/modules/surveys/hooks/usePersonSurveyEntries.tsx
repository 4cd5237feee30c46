import type { TTimelineItem } from '@tandem/shared';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../../api/client';
import type { TimelineEntry } from '../../timeline';

type ResponseData = { surveyId: string; surveyKind: string; score: number | null; channel: string; texts: string[] };

/** A person's survey responses (not anonymous ones: those keep no person) as timeline entries. */
export function usePersonSurveyEntries(personId: string) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: ['surveys', 'timeline', personId],
    queryFn: ({ pageParam }) => api.get<Page<TTimelineItem>>('/timeline', { query: { personId, kinds: 'survey_response', limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries: TimelineEntry[] = (query.data?.pages.flatMap((p) => p.data) ?? []).map((item) => {
    const d = item.data as ResponseData;
    return {
      id: `survey-${item.id}`,
      kind: 'survey',
      occurredAt: item.at,
      icon: <IconClipboardCheck size={14} />,
      color: 'indigo',
      title: d.score === null ? t('surveys.timeline.answered', { name: item.title }) : t('surveys.timeline.scored', { name: item.title, score: d.score }),
      body: d.texts.length ? d.texts.map((x) => `“${x}”`).join(' · ') : undefined,
    };
  });
  return { entries, query };
}
