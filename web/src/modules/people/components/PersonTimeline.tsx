import { Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsentChannel, TPerson } from '@tandem/shared';
import { CONSENT_CHANNELS } from '../../../ui/customerLists';
import { usePermissions } from '../../auth';
import { useCustomerLabels, useRecordHistory } from '../../customers';
import { Timeline, type TimelineEntry } from '../../timeline';
import type { ConsentRecord } from '../api/peopleApi';
import { usePersonEmailEntries } from '../../email';
import { usePersonFeedbackEntries } from '../../feedback';
import { usePersonSurveyEntries } from '../../surveys';
import { useInteractionEntries } from '../../interactions';

const isChannel = (value: string): value is ConsentChannel => (CONSENT_CHANNELS as readonly string[]).includes(value);

/** The person's timeline: calls and other interactions, e-mails, feedback, surveys, consent and changes to the record. */
export function PersonTimeline({ person, consents }: { person: TPerson; consents: ConsentRecord[] }) {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const { can } = usePermissions();
  const readsHistory = can('events.read');
  const history = useRecordHistory('people', person.id, readsHistory);
  const emails = usePersonEmailEntries(person.id);
  const feedback = usePersonFeedbackEntries(person.id);
  const surveys = usePersonSurveyEntries(person.id);
  const interactions = useInteractionEntries({ personId: person.id });

  const consentEntries: TimelineEntry[] = consents.map((record) => {
    const channel = isChannel(record.channel) ? t(`consent.channels.${record.channel}`) : record.channel;
    const given = record.status === 'given';
    return {
      id: `consent-${record.id}`,
      kind: 'consent',
      occurredAt: record.recordedAt,
      icon: given ? <IconShieldCheck size={14} /> : <IconShieldX size={14} />,
      color: given ? 'teal' : 'red',
      title: given ? t('consent.timelineGiven', { channel }) : t('consent.timelineWithdrawn', { channel }),
      body: [labels.method(record.method), record.evidence].filter(Boolean).join(' · '),
      actorName: record.recordedByName,
    };
  });

  return (
    <>
      {readsHistory ? null : (
        <Text size="xs" c="dimmed" mb="sm">
          {t('timeline.noHistoryAccess')}
        </Text>
      )}
      <Timeline
        entries={[...history.entries, ...consentEntries, ...emails.entries, ...feedback.entries, ...surveys.entries, ...interactions.entries]}
        loading={readsHistory && history.query.isPending}
        error={history.query.isError ? history.query.error : undefined}
        onRetry={() => void history.query.refetch()}
        hasMore={history.query.hasNextPage || emails.query.hasNextPage || feedback.query.hasNextPage || surveys.query.hasNextPage || interactions.query.hasNextPage}
        loadingMore={history.query.isFetchingNextPage || emails.query.isFetchingNextPage || feedback.query.isFetchingNextPage || surveys.query.isFetchingNextPage || interactions.query.isFetchingNextPage}
        onLoadMore={() => {
          if (history.query.hasNextPage) void history.query.fetchNextPage();
          if (emails.query.hasNextPage) void emails.query.fetchNextPage();
          if (feedback.query.hasNextPage) void feedback.query.fetchNextPage();
          if (surveys.query.hasNextPage) void surveys.query.fetchNextPage();
          if (interactions.query.hasNextPage) void interactions.query.fetchNextPage();
        }}
        empty={
          <Text size="sm" c="dimmed">
            {t('timeline.empty')}
          </Text>
        }
      />
    </>
  );
}
