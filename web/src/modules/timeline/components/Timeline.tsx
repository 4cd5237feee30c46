import { Chip, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { ListSkeleton, LoadMore, QueryError } from '../../../ui/ListStates';
import type { TimelineEntry, TimelineKind } from '../timelineTypes';
import classes from './Timeline.module.css';

type TimelineProps = {
  entries: TimelineEntry[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** Shown instead of the list when there is nothing yet. */
  empty?: ReactNode;
};

const dayKey = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
};

/**
 * A record's history, newest first and grouped by day. It takes entries of any kind (changes, consent,
 * and later calls, orders, feedback) already described by their feature; with several kinds present a
 * row of chips narrows it to one.
 */
export function Timeline({ entries, loading, error, onRetry, hasMore = false, loadingMore = false, onLoadMore, empty }: TimelineProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [kind, setKind] = useState<TimelineKind | 'all'>('all');

  if (loading) return <ListSkeleton rows={3} />;
  if (error) return <QueryError error={error} onRetry={onRetry} />;

  const kinds = [...new Set(entries.map((e) => e.kind))];
  const shown = [...entries]
    .filter((e) => kind === 'all' || e.kind === kind)
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  if (entries.length === 0) return <>{empty}</>;

  const today = dayKey(new Date().toISOString());
  const yesterday = dayKey(new Date(Date.now() - 86_400_000).toISOString());
  const dayLabel = (iso: string) => {
    const key = dayKey(iso);
    if (key === today) return t('timeline.today');
    if (key === yesterday) return t('timeline.yesterday');
    return format.date(iso);
  };

  const groups: { label: string; entries: TimelineEntry[] }[] = [];
  for (const entry of shown) {
    const label = dayLabel(entry.occurredAt);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.entries.push(entry);
    else groups.push({ label, entries: [entry] });
  }

  return (
    <Stack gap="md" data-testid="timeline">
      {kinds.length > 1 ? (
        <Chip.Group multiple={false} value={kind} onChange={(value) => setKind(value as TimelineKind | 'all')}>
          <Group gap={6}>
            <Chip value="all" size="xs">
              {t('timeline.kinds.all')}
            </Chip>
            {kinds.map((k) => (
              <Chip key={k} value={k} size="xs">
                {t(`timeline.kinds.${k}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      ) : null}
      {groups.map((group) => (
        <div key={group.label}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6}>
            {group.label}
          </Text>
          <div className={classes.list}>
            {group.entries.map((entry) => (
              <div key={entry.id} className={classes.item} data-testid="timeline-entry" data-kind={entry.kind}>
                <ThemeIcon size={28} radius="xl" variant="light" color={entry.color} className={classes.bullet} aria-hidden>
                  {entry.icon}
                </ThemeIcon>
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" lh={1.45}>
                    {entry.title}
                  </Text>
                  {entry.body ? <div className={classes.body}>{entry.body}</div> : null}
                  <Group gap={6}>
                    <Tooltip label={format.dateTime(entry.occurredAt)} position="bottom-start">
                      <Text size="xs" c="dimmed">
                        {format.relative(entry.occurredAt)}
                      </Text>
                    </Tooltip>
                    {entry.actorName ? (
                      <Text size="xs" c="dimmed">
                        · {entry.actorName}
                      </Text>
                    ) : null}
                  </Group>
                </Stack>
              </div>
            ))}
          </div>
        </div>
      ))}
      {onLoadMore ? <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={onLoadMore} /> : null}
    </Stack>
  );
}
