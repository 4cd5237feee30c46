import { Badge, Button, Card, Group, Modal, Radio, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { LoadMore, QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { useErrorMessage } from '../../../ui/errors';
import { useCreateSurvey, useSurveyList, useSurveyTemplates } from '../hooks/useSurveys';
import { StatusBadge } from './SurveyBadges';
import { DistributionSettingsButton } from '../../survey-distribution';

/** Khảo sát: every survey with its status and responses, and a new survey from a template. */
export function SurveysPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const list = useSurveyList();
  const [creating, setCreating] = useState(false);
  const surveys = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        description={t('surveys.description')}
        actions={
          <Group>
            <DistributionSettingsButton />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-survey">
              {t('surveys.new')}
            </Button>
          </Group>
        }
      />
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {!list.isLoading && surveys.length === 0 ? <Text c="dimmed">{t('surveys.empty')}</Text> : null}
      {surveys.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.name')}</Table.Th>
                <Table.Th>{t('surveys.kind')}</Table.Th>
                <Table.Th>{t('surveys.status')}</Table.Th>
                <Table.Th ta="right">{t('surveys.responses')}</Table.Th>
                <Table.Th>{t('surveys.created')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Link to="/surveys/$surveyId" params={{ surveyId: s.id }}>
                      {s.name}
                    </Link>
                    {s.anonymous ? (
                      <Badge ml="xs" size="xs" variant="light" color="grape">
                        {t('surveys.anonymous')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`surveys.kinds.${s.kind}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td ta="right">{fmt.number(s.responseCount)}</Table.Td>
                  <Table.Td>{fmt.date(s.createdAt)}</Table.Td>
                  <Table.Td>
                    <Link to="/surveys/$surveyId/results" params={{ surveyId: s.id }}>
                      {t('surveys.results')}
                    </Link>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
      <NewSurveyModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function NewSurveyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const templates = useSurveyTemplates();
  const create = useCreateSurvey();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [template, setTemplate] = useState('customer_nps');
  const [name, setName] = useState('');
  const en = i18n.language === 'en';
  const chosen = templates.data?.data.find((x) => x.id === template);
  const submit = async () => {
    const s = await create.mutateAsync(template === 'blank' ? { name: name || t('surveys.untitled'), kind: 'custom' } : { name: name || (chosen ? (en ? chosen.name.en : chosen.name.vi) : t('surveys.untitled')), template });
    onClose();
    void navigate({ to: '/surveys/$surveyId', params: { surveyId: s.id } });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('surveys.new')} size="lg">
      <Stack>
        <Radio.Group value={template} onChange={setTemplate} label={t('surveys.template')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {[...(templates.data?.data ?? []), { id: 'blank', name: { vi: 'Khảo sát trống', en: 'Blank survey' }, kind: 'custom' as const, questions: [] as unknown[] }].map((x) => (
              <Card key={x.id} withBorder padding="sm" component="label" style={{ cursor: 'pointer' }}>
                <Group wrap="nowrap" align="flex-start">
                  <Radio value={x.id} aria-label={en ? x.name.en : x.name.vi} />
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {en ? x.name.en : x.name.vi}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`surveys.kinds.${x.kind}`)} · {t('surveys.questionCount', { count: x.questions.length })}
                    </Text>
                  </Stack>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <TextInput label={t('surveys.name')} placeholder={chosen ? (en ? chosen.name.en : chosen.name.vi) : t('surveys.untitled')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        {create.error ? <Text c="red" size="sm">{errorMessage(create.error)}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={create.isPending} data-testid="create-survey">
            {t('surveys.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
