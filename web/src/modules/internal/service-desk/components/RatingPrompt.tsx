import { Alert, Button, Card, Group, Rating, Stack, Text, Textarea, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconMoodSmile, IconStar, IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../ui/errors';
import { notifySuccess } from '../../../../ui/notify';
import type { TInternalRequest } from '../../common/types';
import { useRateRequest } from '../hooks/useServiceDesk';

const SCORES = [1, 2, 3, 4, 5] as const;

/** After a resolution, the requester says how it went, once: 1–5 and a comment. */
export function RatingPrompt({ request }: { request: TInternalRequest }) {
  const { t } = useTranslation('internal');
  const errorMessage = useErrorMessage();
  const rate = useRateRequest(request.id);
  const [score, setScore] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const shown = hover ?? score ?? 0;

  const submit = () => {
    if (!score) return;
    setFailure(null);
    rate.mutate(
      { score, comment: comment.trim() || null },
      { onSuccess: () => notifySuccess(t('rating.thanks')), onError: (error) => setFailure(errorMessage(error)) },
    );
  };

  return (
    <Card withBorder style={{ borderColor: 'var(--mantine-color-teal-4)', background: 'var(--mantine-color-teal-light)' }} data-testid="rating-prompt">
      <Group gap="sm" wrap="nowrap" align="flex-start" mb="sm">
        <ThemeIcon color="teal" variant="filled" size={36} radius="xl">
          <IconMoodSmile size={20} />
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600}>{t('rating.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('rating.lead', { department: request.providerDepartmentName })}
          </Text>
        </Stack>
      </Group>
      <Stack gap="sm">
        <Group gap={4} role="radiogroup" aria-label={t('rating.scoreLabel')} onMouseLeave={() => setHover(null)}>
          {SCORES.map((value) => (
            <UnstyledButton
              key={value}
              role="radio"
              aria-checked={score === value}
              aria-label={t(`rating.score.${value}`)}
              onClick={() => setScore(value)}
              onMouseEnter={() => setHover(value)}
              onFocus={() => setHover(value)}
              onBlur={() => setHover(null)}
              p={4}
              style={{ borderRadius: 8 }}
              data-testid={`rate-${value}`}
            >
              {/* The icon changes on hover; it never takes the click, or the click would land on a node React just replaced. */}
              {value <= shown ? (
                <IconStarFilled size={32} color="var(--mantine-color-yellow-5)" style={{ pointerEvents: 'none', display: 'block' }} />
              ) : (
                <IconStar size={32} color="var(--mantine-color-gray-5)" style={{ pointerEvents: 'none', display: 'block' }} />
              )}
            </UnstyledButton>
          ))}
          <Text size="sm" fw={500} ml="xs" c={shown ? undefined : 'dimmed'}>
            {shown ? t(`rating.score.${shown as 1 | 2 | 3 | 4 | 5}`) : t('rating.choose')}
          </Text>
        </Group>
        <Textarea
          placeholder={score && score <= 3 ? t('rating.commentLow') : t('rating.commentPlaceholder')}
          autosize
          minRows={2}
          maxRows={5}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          aria-label={t('rating.comment')}
          bg="var(--mantine-color-body)"
          data-testid="rating-comment"
        />
        {failure ? (
          <Alert color="red" variant="light">
            {failure}
          </Alert>
        ) : null}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('rating.once')}
          </Text>
          <Button color="teal" onClick={submit} disabled={!score} loading={rate.isPending} data-testid="rating-submit">
            {t('rating.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A rating already given. */
export function RatingView({ rating }: { rating: NonNullable<TInternalRequest['rating']> }) {
  const { t } = useTranslation('internal');
  return (
    <Card data-testid="rating-view">
      <Group justify="space-between" mb={rating.comment ? 'xs' : 0}>
        <Text fw={600}>{t('rating.given')}</Text>
        <Group gap="xs">
          <Rating value={rating.score} readOnly aria-label={t(`rating.score.${rating.score as 1 | 2 | 3 | 4 | 5}`)} />
          <Text size="sm" c="dimmed">
            {t(`rating.score.${rating.score as 1 | 2 | 3 | 4 | 5}`)}
          </Text>
        </Group>
      </Group>
      {rating.comment ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          “{rating.comment}”
        </Text>
      ) : null}
    </Card>
  );
}
