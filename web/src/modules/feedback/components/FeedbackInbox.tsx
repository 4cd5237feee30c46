import { Badge, Card, Chip, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { TFeedback } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { LoadMore, ListSkeleton, QueryError } from '../../../ui/ListStates';
import { useMemberDirectory } from '../../members';
import type { FeedbackFilters } from '../api/feedbackApi';
import { useFeedbackList, useProducts } from '../hooks/useFeedback';
import { FeedbackStatusBadge, SentimentBadge } from './FeedbackBadges';

/** The inbox: filters (status, sentiment chips, source, owner, product, tag, period) and the items, newest first. */
export function FeedbackInbox({ filters, onFiltersChange, onOpen }: { filters: FeedbackFilters; onFiltersChange: (f: FeedbackFilters) => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useFeedbackList(filters);
  const members = useMemberDirectory();
  const products = useProducts();
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const set = (patch: Partial<FeedbackFilters>) => {
    const next = { ...filters, ...patch };
    for (const k of Object.keys(next) as (keyof FeedbackFilters)[]) if (!next[k]) delete next[k];
    onFiltersChange(next);
  };
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          value={filters.status ?? ''}
          onChange={(v) => set({ status: v })}
          data={[
            { value: '', label: t('feedback.filters.all') },
            { value: 'new', label: t('feedback.statuses.new') },
            { value: 'acknowledged', label: t('feedback.statuses.acknowledged') },
            { value: 'resolved', label: t('feedback.statuses.resolved') },
          ]}
          data-testid="filter-status"
        />
        <Chip.Group multiple={false} value={filters.sentiment ?? ''} onChange={(v) => set({ sentiment: v === filters.sentiment ? '' : v })}>
          <Group gap={6} data-testid="filter-sentiment">
            {(['negative', 'neutral', 'positive'] as const).map((s) => (
              <Chip key={s} value={s} color={s === 'negative' ? 'red' : s === 'positive' ? 'teal' : 'gray'} size="sm" onClick={() => s === filters.sentiment && set({ sentiment: '' })}>
                {t(`feedback.sentiments.${s}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 6 }} spacing="xs">
        <Select
          placeholder={t('feedback.filters.anySource')}
          data={(['survey_answer', 'complaint', 'praise', 'review', 'suggestion'] as const).map((s) => ({ value: s, label: t(`feedback.sources.${s}`) }))}
          value={filters.source ?? null}
          onChange={(v) => set({ source: v ?? '' })}
          clearable
          aria-label={t('feedback.source')}
        />
        <Select
          placeholder={t('feedback.filters.anyOwner')}
          data={[{ value: 'me', label: t('feedback.filters.mine') }, { value: 'none', label: t('feedback.unassigned') }, ...members.options]}
          value={filters.owner ?? null}
          onChange={(v) => set({ owner: v ?? '' })}
          clearable
          searchable
          aria-label={t('feedback.owner')}
          data-testid="filter-owner"
        />
        <Select
          placeholder={t('feedback.filters.anyProduct')}
          data={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={filters.productId ?? null}
          onChange={(v) => set({ productId: v ?? '' })}
          clearable
          searchable
          aria-label={t('feedback.product')}
        />
        <TextInput placeholder={t('feedback.filters.tag')} defaultValue={filters.tag ?? ''} onBlur={(e) => set({ tag: e.currentTarget.value.trim() })} aria-label={t('feedback.tags')} />
        <TextInput type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value })} aria-label={t('feedback.filters.from')} title={t('feedback.filters.from')} />
        <TextInput type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value })} aria-label={t('feedback.filters.to')} title={t('feedback.filters.to')} />
      </SimpleGrid>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isLoading ? <ListSkeleton /> : null}
      {!list.isLoading && items.length === 0 ? <Text c="dimmed">{t('feedback.empty')}</Text> : null}
      <Stack gap="xs" data-testid="feedback-list">
        {items.map((item) => (
          <FeedbackRow key={item.id} item={item} onOpen={() => onOpen(item.id)} />
        ))}
      </Stack>
      <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </Stack>
  );
}

function FeedbackRow({ item, onOpen }: { item: TFeedback; onOpen: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const who = item.anonymous ? t('feedback.anonymous') : (item.personName ?? item.employeeName ?? item.organizationName ?? '—');
  return (
    <Card withBorder padding="sm" radius="md" onClick={onOpen} style={{ cursor: 'pointer' }} data-testid="feedback-row" role="button" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpen()}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {who}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`feedback.sources.${item.source}`)} · {item.channel} · {fmt.relative(item.receivedAt)}
            </Text>
          </Group>
          <Text size="sm" lineClamp={2}>
            {item.text ?? t('feedback.scoreOnly')}
          </Text>
          <Group gap={4}>
            {item.metric && item.score !== null ? (
              <Badge size="sm" color="indigo" variant="light">
                {t(`feedback.metrics.${item.metric}`)} {item.score}
              </Badge>
            ) : null}
            {item.productName ? (
              <Badge size="sm" variant="outline" color="gray">
                {item.productName}
              </Badge>
            ) : null}
            {item.tags.map((tag) => (
              <Badge key={tag} size="sm" variant="default">
                #{tag}
              </Badge>
            ))}
            {item.followup?.overdue ? (
              <Badge size="sm" color="red">
                {t('feedback.overdue')}
              </Badge>
            ) : null}
          </Group>
        </Stack>
        <Stack gap={4} align="flex-end">
          <SentimentBadge sentiment={item.sentiment} manual={item.sentimentSource === 'manual'} />
          <FeedbackStatusBadge status={item.status} />
          <Text size="xs" c="dimmed">
            {item.ownerName ?? t('feedback.unassigned')}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
