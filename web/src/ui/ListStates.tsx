import { Alert, Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './errors';

type LoadMoreProps = { hasMore: boolean; loading: boolean; onLoadMore: () => void };

/** The "load more" button under a cursor-paged list; hidden on the last page. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" onClick={onLoadMore} loading={loading} data-testid="load-more">
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}

/**
 * "Load more" that also loads by itself when scrolled into view (infinite scroll), for long lists
 * paged by cursor. The button stays for keyboards and for when the observer is unavailable.
 */
export function InfiniteLoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const latest = useRef(onLoadMore);
  useEffect(() => {
    latest.current = onLoadMore;
  });
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore || loading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    }, { rootMargin: '400px 0px' });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading]);
  return (
    <>
      <div ref={sentinel} aria-hidden />
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={onLoadMore} />
    </>
  );
}

type QueryErrorProps = { error: unknown; onRetry?: () => void };

/** A failed load, with a retry button. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('common.loadFailed')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Grey bars in the shape of a list while it loads. */
export function ListSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <Stack gap="sm">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} radius="md" />
      ))}
    </Stack>
  );
}
