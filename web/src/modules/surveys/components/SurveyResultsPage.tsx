import { Alert, Anchor, Badge, Box, Button, Card, Group, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { SURVEY_CHANNELS, type TSurveyResults } from '@tandem/shared';
import { IconDownload, IconEyeOff } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../api/client';
import { useFormatters } from '../../../i18n/format';
import { QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import type { ResultsFilters } from '../api/surveysApi';
import { useSurvey, useSurveyResults } from '../hooks/useSurveys';

const one = (v: number | null | undefined) => (v === null || v === undefined ? '—' : (Math.round(v * 10) / 10).toLocaleString('vi-VN'));
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${one(v * 100)}%`);
const SEGMENTS = ['consumer', 'business', 'public_body', 'international', 'employee'];

type Group = TSurveyResults['trend'][number];

/** Kết quả khảo sát: the metric with its 95% margin of error, distribution, trend, breakdowns and open answers. */
export function SurveyResultsPage({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const survey = useSurvey(surveyId);
  const navigate = useNavigate();
  const [filters, setFilters] = useState<ResultsFilters>({ groupBy: 'week' });
  const results = useSurveyResults(surveyId, filters);
  const r = results.data;
  const set = (patch: Partial<ResultsFilters>) => setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '' && v !== null)) as ResultsFilters);
  const exportHref = apiUrl(`/surveys/${surveyId}/results/export`, filters);
  return (
    <>
      <PageHeader
        title={survey.data?.name ?? t('surveys.results')}
        description={t('surveys.resultsPage.description')}
        actions={
          <Group>
            <Button onClick={() => void navigate({ to: '/surveys/$surveyId', params: { surveyId } })} variant="default">
              {t('surveys.edit')}
            </Button>
            <Button component="a" href={exportHref} variant="light" leftSection={<IconDownload size={16} />}>
              {t('surveys.resultsPage.export')}
            </Button>
          </Group>
        }
      />
      <Card withBorder mb="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('surveys.resultsPage.from')} value={filters.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value })} />
          <TextInput type="date" label={t('surveys.resultsPage.to')} value={filters.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value })} />
          <Select label={t('surveys.resultsPage.segment')} clearable placeholder={t('surveys.resultsPage.all')} data={SEGMENTS.map((s) => ({ value: s, label: t(`surveys.segments.${s as 'consumer'}`) }))} value={filters.segment ?? null} onChange={(v) => set({ segment: v ?? undefined })} />
          <Select label={t('surveys.resultsPage.channel')} clearable placeholder={t('surveys.resultsPage.all')} data={SURVEY_CHANNELS.map((c) => ({ value: c, label: t(`surveys.channels.${c}`) }))} value={filters.channel ?? null} onChange={(v) => set({ channel: v ?? undefined })} />
          <SegmentedControl value={filters.groupBy ?? 'week'} onChange={(v) => set({ groupBy: v as 'week' | 'month' })} data={[{ value: 'week', label: t('surveys.resultsPage.byWeek') }, { value: 'month', label: t('surveys.resultsPage.byMonth') }]} />
        </Group>
      </Card>
      {results.error ? <QueryError error={results.error} onRetry={() => void results.refetch()} /> : null}
      {r && !r.enough ? (
        <Alert color="gray" icon={<IconEyeOff size={18} />} title={t('surveys.resultsPage.notEnough')} data-testid="not-enough">
          {t('surveys.resultsPage.notEnoughHelp', { k: r.anonymityThreshold ?? 0 })}
        </Alert>
      ) : null}
      {r && r.enough ? <Results r={r} /> : null}
    </>
  );
}

function Results({ r }: { r: TSurveyResults }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const maxCount = Math.max(1, ...r.distribution.map((d) => d.count));
  const unit = r.metric === 'csat' || r.metric === 'internal_csat' ? '%' : '';
  const hidden = (g: Group) => (
    <Badge variant="light" color="gray" leftSection={<IconEyeOff size={12} />}>
      {t('surveys.resultsPage.hidden')}
    </Badge>
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Card withBorder data-testid="metric">
          <Text size="sm" c="dimmed">
            {r.metric ? t(`surveys.metrics.${r.metric}`) : t('surveys.resultsPage.responses')}
          </Text>
          <Title order={2}>
            {r.summary ? `${one(r.summary.value)}${unit}` : fmt.number(r.responses ?? 0)}
            {r.summary?.marginOfError !== null && r.summary?.marginOfError !== undefined ? (
              <Text span size="lg" c="dimmed">
                {' '}± {one(r.summary.marginOfError)}
              </Text>
            ) : null}
          </Title>
          {r.summary?.nps?.adjusted ? (
            <Text size="xs" c="dimmed">
              {t('surveys.resultsPage.adjusted', { score: one(r.summary.nps.adjusted.score), low: one(r.summary.nps.adjusted.low), high: one(r.summary.nps.adjusted.high) })}
            </Text>
          ) : null}
          {r.summary?.ces ? <Text size="xs" c="dimmed">{t('surveys.resultsPage.easy', { value: one(r.summary.ces.easyPercent), moe: one(r.summary.ces.easyMarginOfError) })}</Text> : null}
          {r.summary ? <Text size="xs" c="dimmed">{t('surveys.resultsPage.n', { n: r.summary.n })}</Text> : null}
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('surveys.resultsPage.responses')}</Text>
          <Title order={2}>{fmt.number(r.responses ?? 0)}</Title>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('surveys.resultsPage.responseRate')}</Text>
          <Title order={2}>{pct(r.responseRate)}</Title>
          <Text size="xs" c="dimmed">{t('surveys.resultsPage.recipients', { count: r.recipients })}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('surveys.resultsPage.skipRate')}</Text>
          <Title order={2}>{pct(r.skipRate)}</Title>
        </Card>
      </SimpleGrid>
      {r.summary?.nps ? (
        <Group gap="xs">
          <Badge color="green" variant="light">{t('surveys.resultsPage.promoters', { count: r.summary.nps.promoters })}</Badge>
          <Badge color="yellow" variant="light">{t('surveys.resultsPage.passives', { count: r.summary.nps.passives })}</Badge>
          <Badge color="red" variant="light">{t('surveys.resultsPage.detractors', { count: r.summary.nps.detractors })}</Badge>
        </Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {r.distribution.length ? (
          <Card withBorder>
            <Title order={5} mb="sm">{t('surveys.resultsPage.distribution')}</Title>
            <Stack gap={6}>
              {r.distribution.map((d) => (
                <Group key={d.value} wrap="nowrap" gap="xs">
                  <Text w={24} ta="right" size="sm">{d.value}</Text>
                  <Box style={{ flex: 1 }}>
                    <Progress value={(100 * d.count) / maxCount} aria-label={`${d.value}: ${d.count}`} />
                  </Box>
                  <Text w={60} size="sm" ta="right">{fmt.number(d.count)}</Text>
                </Group>
              ))}
            </Stack>
          </Card>
        ) : null}
        <Card withBorder>
          <Title order={5} mb="sm">{t('surveys.resultsPage.trend')}</Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.resultsPage.period')}</Table.Th>
                <Table.Th ta="right">{t('surveys.resultsPage.responses')}</Table.Th>
                <Table.Th ta="right">{t('surveys.resultsPage.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.trend.map((g) => (
                <Table.Tr key={g.period}>
                  <Table.Td>{g.period.length === 7 ? g.period.split('-').reverse().join('/') : t('surveys.resultsPage.weekOf', { day: fmt.day(g.period) })}</Table.Td>
                  {g.hidden ? (
                    <Table.Td colSpan={2} ta="right">{hidden(g)}</Table.Td>
                  ) : (
                    <>
                      <Table.Td ta="right">{fmt.number(g.responses ?? 0)}</Table.Td>
                      <Table.Td ta="right">{one(g.value)}{unit}{g.marginOfError !== null ? ` ± ${one(g.marginOfError)}` : ''}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={5} mb="sm">{t('surveys.resultsPage.breakdown')}</Title>
        <Tabs defaultValue="segment">
          <Tabs.List>
            {(['segment', 'department', 'channel', 'product'] as const).map((dim) => (
              <Tabs.Tab key={dim} value={dim}>{t(`surveys.resultsPage.by.${dim}`)}</Tabs.Tab>
            ))}
          </Tabs.List>
          {(['segment', 'department', 'channel', 'product'] as const).map((dim) => (
            <Tabs.Panel key={dim} value={dim} pt="sm">
              <Table>
                <Table.Tbody>
                  {r.breakdowns[dim].map((b) => (
                    <Table.Tr key={b.key}>
                      <Table.Td>{b.key === '' ? t('surveys.resultsPage.none') : dim === 'segment' ? t(`surveys.segments.${b.key as 'consumer'}`, { defaultValue: b.label }) : dim === 'channel' ? t(`surveys.channels.${b.key as 'link'}`, { defaultValue: b.label }) : b.label}</Table.Td>
                      {b.hidden ? (
                        <Table.Td colSpan={2} ta="right">{hidden(b as unknown as Group)}</Table.Td>
                      ) : (
                        <>
                          <Table.Td ta="right">{fmt.number(b.responses ?? 0)}</Table.Td>
                          <Table.Td ta="right">{one(b.value)}{unit}{b.marginOfError !== null ? ` ± ${one(b.marginOfError)}` : ''}</Table.Td>
                        </>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Tabs.Panel>
          ))}
        </Tabs>
      </Card>
      <Card withBorder>
        <Title order={5} mb="sm">{t('surveys.resultsPage.openTexts')}</Title>
        {r.openTexts.length === 0 ? <Text c="dimmed" size="sm">{t('surveys.resultsPage.noTexts')}</Text> : null}
        <Stack gap="xs">
          {r.openTexts.map((o, i) => (
            <Group key={i} wrap="nowrap" align="flex-start">
              <Badge variant="light" w={48} color={o.score === null ? 'gray' : 'blue'}>{o.score ?? '—'}</Badge>
              <Stack gap={0}>
                <Text size="sm">{o.text}</Text>
                <Text size="xs" c="dimmed">{fmt.day(o.day)}</Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      </Card>
      <Text size="xs" c="dimmed">
        {t('surveys.resultsPage.footnote')} <Anchor component={Link} to="/surveys">{t('surveys.title')}</Anchor>
      </Text>
    </Stack>
  );
}
