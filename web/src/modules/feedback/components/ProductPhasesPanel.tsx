import { Alert, Badge, Button, Card, Group, NumberInput, Progress, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TProductPhases } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { usePermissions } from '../../auth';
import { useProductPhases, useProducts, useSetLaunchDate } from '../hooks/useFeedback';

/** A product's feedback right after launch and later in its life, side by side. */
export function ProductPhasesPanel() {
  const { t } = useTranslation();
  const products = useProducts();
  const [productId, setProductId] = useState<string | null>(null);
  const [earlyDays, setEarlyDays] = useState(90);
  const phases = useProductPhases(productId, earlyDays);
  const product = products.data?.find((p) => p.id === productId) ?? null;
  return (
    <Stack>
      <Group align="end">
        <Select
          label={t('feedback.product')}
          placeholder={t('feedback.phases.pickProduct')}
          data={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={productId}
          onChange={setProductId}
          searchable
          w={320}
          data-testid="phases-product"
        />
        <NumberInput label={t('feedback.phases.earlyDays')} value={earlyDays} onChange={(v) => setEarlyDays(typeof v === 'number' && v >= 1 ? Math.min(3650, Math.floor(v)) : 90)} min={1} max={3650} w={180} />
      </Group>
      {product ? <LaunchDateEditor key={product.id} productId={product.id} launchDate={product.launchDate} /> : null}
      {productId && phases.error ? <Alert color="yellow">{t('feedback.phases.noLaunchDate')}</Alert> : null}
      {phases.data ? <PhaseColumns data={phases.data} /> : null}
    </Stack>
  );
}

function LaunchDateEditor({ productId, launchDate }: { productId: string; launchDate: string | null }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [value, setValue] = useState(launchDate ?? '');
  const save = useSetLaunchDate(productId);
  const errorMessage = useErrorMessage();
  if (!can('feedback.write')) return null;
  return (
    <Group align="end">
      <TextInput type="date" label={t('feedback.phases.launchDate')} value={value} onChange={(e) => setValue(e.currentTarget.value)} data-testid="phases-launch-date" />
      <Button
        variant="light"
        loading={save.isPending}
        disabled={value === (launchDate ?? '')}
        onClick={() => save.mutate(value || null, { onSuccess: () => notifySuccess(t('feedback.phases.launchSaved')), onError: (e) => notifyError(t('feedback.detail.saveFailed'), errorMessage(e)) })}
      >
        {t('common.save')}
      </Button>
    </Group>
  );
}

function PhaseColumns({ data }: { data: TProductPhases }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <SimpleGrid cols={{ base: 1, sm: data.phases.length }} data-testid="phases">
      {data.phases.map((p) => {
        const pct = (n: number) => (p.count ? (100 * n) / p.count : 0);
        return (
          <Card key={p.phase} withBorder radius="md" data-testid={`phase-${p.phase}`}>
            <Title order={5}>{t(`feedback.phases.${p.phase}`, { days: data.earlyDays })}</Title>
            <Text size="xs" c="dimmed" mb="sm">
              {p.from ? fmt.day(p.from) : '…'} – {p.to ? fmt.day(p.to) : t('feedback.phases.today')}
            </Text>
            <Text size="xl" fw={700}>
              {t('feedback.phases.count', { count: p.count })}
            </Text>
            <Progress.Root size="lg" my="xs">
              <Progress.Section value={pct(p.negative)} color="red" />
              <Progress.Section value={pct(p.neutral)} color="gray" />
              <Progress.Section value={pct(p.positive)} color="teal" />
            </Progress.Root>
            <Group gap="xs">
              <Badge color="red" variant="light">
                {t('feedback.sentiments.negative')} {fmt.number(p.negative)}
              </Badge>
              <Badge color="gray" variant="light">
                {t('feedback.sentiments.neutral')} {fmt.number(p.neutral)}
              </Badge>
              <Badge color="teal" variant="light">
                {t('feedback.sentiments.positive')} {fmt.number(p.positive)}
              </Badge>
            </Group>
            <Stack gap={2} mt="sm">
              {p.scores.map((s) => (
                <Text key={s.metric} size="sm">
                  {t('feedback.phases.average', { metric: t(`feedback.metrics.${s.metric}`), average: fmt.number(s.average), count: s.count })}
                </Text>
              ))}
              {p.topTags.length ? (
                <Group gap={4} mt={4}>
                  {p.topTags.map((tag) => (
                    <Badge key={tag.tag} variant="default" size="sm">
                      #{tag.tag} · {tag.count}
                    </Badge>
                  ))}
                </Group>
              ) : null}
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
