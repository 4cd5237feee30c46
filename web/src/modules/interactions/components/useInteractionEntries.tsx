import { Anchor, Group, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import type { TInteraction } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../timeline';
import type { InteractionSubject } from '../api/interactionsApi';
import { useInteractionList } from '../hooks/useInteractions';
import { CALL_OUTCOMES, CHANNELS, formatBytes, formatDuration, KIND_COLOR, KIND_ICON } from './interactionKinds';

/** Labels of stored codes; unknown codes (from a webhook) are shown as sent. */
export function useInteractionLabels() {
  const { t } = useTranslation();
  return {
    channel: (c: string) => ((CHANNELS as readonly string[]).includes(c) ? t(`interactions.channels.${c as (typeof CHANNELS)[number]}`) : c),
    outcome: (o: string) => ((CALL_OUTCOMES as readonly string[]).includes(o) ? t(`interactions.outcomes.${o as (typeof CALL_OUTCOMES)[number]}`) : o),
  };
}

function InteractionBody({ item }: { item: TInteraction }) {
  const { t } = useTranslation();
  const labels = useInteractionLabels();
  const facts = [
    item.channel ? labels.channel(item.channel) : null,
    item.durationSeconds !== null ? t('interactions.lasted', { duration: formatDuration(item.durationSeconds) }) : null,
    item.outcome ? labels.outcome(item.outcome) : null,
  ].filter(Boolean);
  return (
    <>
      {facts.length ? (
        <Text size="xs" c="dimmed" data-testid="interaction-facts">
          {facts.join(' · ')}
        </Text>
      ) : null}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="tandem-break" data-testid="interaction-summary">
        {item.summary}
      </Text>
      {item.attachments.length ? (
        <Group gap="xs" mt={4}>
          {item.attachments.map((a) => (
            <Anchor
              key={a.id ?? a.url}
              href={a.url}
              size="xs"
              {...(a.id ? { download: a.name } : { target: '_blank', rel: 'noopener noreferrer' })}
              data-testid="interaction-attachment"
            >
              <Group gap={2} wrap="nowrap">
                <IconPaperclip size={12} />
                {a.name}
                {a.size !== undefined ? ` (${formatBytes(a.size)})` : ''}
              </Group>
            </Anchor>
          ))}
        </Group>
      ) : null}
    </>
  );
}

/** The interactions with a person or an organization as timeline entries. */
export function useInteractionEntries(subject: InteractionSubject) {
  const { t } = useTranslation();
  const query = useInteractionList(subject);
  const entries: TimelineEntry[] = (query.data?.pages.flatMap((p) => p.data) ?? []).map((item) => ({
    id: `interaction-${item.id}`,
    kind: 'interaction',
    occurredAt: item.occurredAt,
    icon: KIND_ICON[item.kind](14),
    color: KIND_COLOR[item.kind],
    title: (
      <span data-testid="interaction-title">
        {item.direction ? t(`interactions.titles.${item.kind}_${item.direction}`) : t(`interactions.kinds.${item.kind}`)}
      </span>
    ),
    body: <InteractionBody item={item} />,
    actorName: item.userName,
  }));
  return { entries, query };
}
