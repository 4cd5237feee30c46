import { Alert, Button, Card, Code, CopyButton, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TSurvey, TSurveyQuestion } from '@tandem/shared';
import { IconChartBar, IconCheck, IconCopy, IconLink } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { useErrorMessage } from '../../../ui/errors';
import { useIssueAudienceLinks, useSurvey, useUpdateSurvey } from '../hooks/useSurveys';
import { StatusBadge } from './SurveyBadges';
import { QuestionEditor } from './QuestionEditor';
import { SurveyDistributionCard } from '../../survey-distribution';

function Copyable({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={testId}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
              {copied ? t('surveys.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** The survey builder: questions (while draft), texts in vi/en, anonymity, status, and how to share it. */
export function SurveyBuilderPage({ surveyId }: { surveyId: string }) {
  const query = useSurvey(surveyId);
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  return <Builder survey={query.data} />;
}

function Builder({ survey }: { survey: TSurvey }) {
  const { t } = useTranslation();
  const update = useUpdateSurvey(survey.id);
  const navigate = useNavigate();
  const links = useIssueAudienceLinks(survey.id);
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(survey.name);
  const [questions, setQuestions] = useState<TSurveyQuestion[]>(survey.questions as TSurveyQuestion[]);
  const [thankYou, setThankYou] = useState(survey.thankYou);
  const [anonymous, setAnonymous] = useState(survey.anonymous);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setName(survey.name);
    setQuestions(survey.questions as TSurveyQuestion[]);
    setThankYou(survey.thankYou);
    setAnonymous(survey.anonymous);
  }, [survey]);
  const draft = survey.status === 'draft';
  const save = async (extra: { status?: TSurvey['status'] } = {}) => {
    setErrors({});
    try {
      await update.mutateAsync({ name, thankYou, ...(draft ? { questions, anonymous } : {}), ...extra });
      notifications.show({ color: 'green', message: extra.status ? t(`surveys.moved.${extra.status}`) : t('surveys.saved') });
    } catch (e) {
      setErrors(fieldErrorsOf(e));
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  const origin = new URL(survey.publicUrl).origin;
  const snippet = `<script src="${origin}/widget.js" data-survey="${survey.publicId}" async></script>`;
  return (
    <>
      <PageHeader
        title={survey.name}
        description={`${t(`surveys.kinds.${survey.kind}`)} · ${t('surveys.questionCount', { count: survey.questions.length })}`}
        actions={
          <Group>
            <StatusBadge status={survey.status} />
            <Button onClick={() => void navigate({ to: '/surveys/$surveyId/results', params: { surveyId: survey.id } })} variant="default" leftSection={<IconChartBar size={16} />}>
              {t('surveys.results')}
            </Button>
            {survey.status !== 'active' ? (
              <Button onClick={() => void save({ status: 'active' })} loading={update.isPending} data-testid="activate">
                {draft ? t('surveys.activate') : t('surveys.reopen')}
              </Button>
            ) : (
              <Button color="red" variant="light" onClick={() => void save({ status: 'closed' })} loading={update.isPending}>
                {t('surveys.close')}
              </Button>
            )}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack style={{ gridColumn: 'span 2' }}>
          <Card withBorder>
            <Stack>
              <TextInput label={t('surveys.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
              <Switch label={t('surveys.anonymousLabel')} description={t('surveys.anonymousHelp')} checked={anonymous} disabled={!draft} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
            </Stack>
          </Card>
          <Title order={4}>{t('surveys.builder.questions')}</Title>
          {!draft ? <Alert color="blue">{t('surveys.builder.locked')}</Alert> : null}
          {errors.questions ? <Alert color="red">{errors.questions}</Alert> : null}
          <QuestionEditor questions={questions} onChange={setQuestions} readOnly={!draft} errors={errors} />
          <Card withBorder>
            <Stack>
              <TextInput label={t('surveys.thankYouVi')} value={thankYou.vi} onChange={(e) => setThankYou({ ...thankYou, vi: e.currentTarget.value })} />
              <TextInput label={t('surveys.thankYouEn')} value={thankYou.en} onChange={(e) => setThankYou({ ...thankYou, en: e.currentTarget.value })} />
            </Stack>
          </Card>
          <Group>
            <Button onClick={() => void save()} loading={update.isPending} data-testid="save-survey">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
        <Stack>
          <Card withBorder>
            <Stack>
              <Title order={5}>{t('surveys.share.title')}</Title>
              {draft ? <Text size="sm" c="dimmed">{t('surveys.share.draft')}</Text> : null}
              <Copyable label={t('surveys.share.openLink')} value={survey.publicUrl} testId="open-link" />
              <Copyable label={t('surveys.share.widget')} value={snippet} testId="widget-snippet" />
              <Text size="sm" fw={500}>
                {t('surveys.share.personal')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('surveys.share.personalHelp', { count: survey.recipientCount })}
              </Text>
              <Button variant="light" leftSection={<IconLink size={16} />} disabled={survey.status === 'closed'} loading={links.isPending}
                onClick={() => links.mutate(undefined, { onSuccess: (r) => notifications.show({ color: 'green', message: t('surveys.share.issued', { count: r.issued }) }), onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) })}>
                {t('surveys.share.issue')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('surveys.share.apiHelp', { path: `/api/v1/surveys/${survey.id}/responses` })}
              </Text>
            </Stack>
          </Card>
          <SurveyDistributionCard survey={survey} />
        </Stack>
      </SimpleGrid>
    </>
  );
}
