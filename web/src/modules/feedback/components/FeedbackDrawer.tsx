import { Alert, Anchor, Badge, Blockquote, Button, Checkbox, Divider, Drawer, Group, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { TFeedback, TSentiment } from '@tandem/shared';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { usePermissions } from '../../auth';
import { PersonLink } from '../../customers';
import { useMemberDirectory } from '../../members';
import { useFeedbackItem, useReplyToFeedback, useUpdateFeedback } from '../hooks/useFeedback';
import { FeedbackStatusBadge, SentimentBadge } from './FeedbackBadges';

/** One piece of feedback: who, what, sentiment, the status workflow, owner and tags, and the reply. */
export function FeedbackDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const item = useFeedbackItem(id);
  return (
    <Drawer opened={Boolean(id)} onClose={onClose} position="right" size="lg" title={t('feedback.detail.title')} data-testid="feedback-drawer">
      {item.data ? <FeedbackDetail key={item.data.id} item={item.data} /> : null}
      {item.error ? <Alert color="red">{t('errors.not_found')}</Alert> : null}
    </Drawer>
  );
}

function FeedbackDetail({ item }: { item: TFeedback }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { can } = usePermissions();
  const members = useMemberDirectory();
  const errorMessage = useErrorMessage();
  const update = useUpdateFeedback(item.id);
  const reply = useReplyToFeedback(item.id);
  const [tags, setTags] = useState(item.tags);
  const [text, setText] = useState('');
  const [subject, setSubject] = useState('');
  const [sendEmail, setSendEmail] = useState(!item.anonymous && Boolean(item.personId || item.employeeId));
  const [resolve, setResolve] = useState(false);
  const writable = can('feedback.write');
  const save = (body: Parameters<typeof update.mutate>[0], done?: string) =>
    update.mutate(body, { onSuccess: () => done && notifySuccess(done), onError: (e) => notifyError(t('feedback.detail.saveFailed'), errorMessage(e)) });
  const who = item.personName ?? item.employeeName ?? item.organizationName;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <FeedbackStatusBadge status={item.status} />
        <SentimentBadge sentiment={item.sentiment} manual={item.sentimentSource === 'manual'} />
        <Badge variant="outline">{t(`feedback.sources.${item.source}`)}</Badge>
        <Badge variant="outline" color="gray">
          {item.channel}
        </Badge>
        {item.metric && item.score !== null ? (
          <Badge color="indigo" variant="light" data-testid="feedback-score">
            {t(`feedback.metrics.${item.metric}`)} {item.score}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {item.anonymous ? t('feedback.anonymous') : who ? (
          item.personId ? (
            <PersonLink id={item.personId}>{who}</PersonLink>
          ) : (
            who
          )
        ) : null}
        {' · '}
        {fmt.dateTime(item.receivedAt)}
        {item.productName ? ` · ${item.productName}` : ''}
        {item.surveyName ? ` · ${item.surveyName}` : ''}
      </Text>
      {item.text ? <Blockquote p="sm">{item.text}</Blockquote> : <Text c="dimmed">{t('feedback.scoreOnly')}</Text>}
      {item.followup ? (
        <Alert color={item.followup.overdue ? 'red' : 'yellow'} title={t('feedback.detail.followup')} data-testid="feedback-followup">
          {t('feedback.detail.followupDue', { due: fmt.dateTime(item.followup.dueAt) })}
          {item.followup.taskId ? (
            <>
              {' · '}
              <Anchor renderRoot={(root) => <Link {...root} to="/work" search={{ taskId: item.followup!.taskId! }} />}>{t('feedback.detail.openTask')}</Anchor>
            </>
          ) : null}
        </Alert>
      ) : null}
      <Group gap="xs">
        {item.status === 'new' && writable ? (
          <Button variant="light" onClick={() => save({ status: 'acknowledged' }, t('feedback.detail.acknowledged'))} loading={update.isPending} data-testid="feedback-acknowledge">
            {t('feedback.detail.acknowledge')}
          </Button>
        ) : null}
        {item.status !== 'resolved' && writable ? (
          <Button color="teal" onClick={() => save({ status: 'resolved' }, t('feedback.detail.resolved'))} loading={update.isPending} data-testid="feedback-resolve">
            {t('feedback.detail.resolve')}
          </Button>
        ) : null}
        {item.status === 'resolved' && writable ? (
          <Button variant="default" onClick={() => save({ status: 'acknowledged' })} loading={update.isPending}>
            {t('feedback.detail.reopen')}
          </Button>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {item.firstContactAt ? t('feedback.detail.firstContact', { at: fmt.dateTime(item.firstContactAt) }) : t('feedback.detail.notContacted')}
        {item.resolvedAt ? ` · ${t('feedback.detail.resolvedAt', { at: fmt.dateTime(item.resolvedAt) })}` : ''}
      </Text>
      <Select
        label={t('feedback.owner')}
        data={members.options}
        value={item.ownerUserId}
        onChange={(v) => save({ ownerUserId: v })}
        clearable
        searchable
        disabled={!writable}
        placeholder={t('feedback.unassigned')}
        data-testid="feedback-owner"
      />
      <Group align="end" gap="xs">
        <Select
          label={t('feedback.sentiment')}
          description={item.sentimentSource === 'manual' ? t('feedback.detail.manual') : t(`feedback.detail.auto_${item.sentimentSource}`)}
          data={(['positive', 'neutral', 'negative'] as TSentiment[]).map((s) => ({ value: s, label: t(`feedback.sentiments.${s}`) }))}
          value={item.sentiment}
          onChange={(v) => v && v !== item.sentiment && save({ sentiment: v as TSentiment })}
          disabled={!writable}
          allowDeselect={false}
          style={{ flex: 1 }}
          data-testid="feedback-sentiment"
        />
        {item.sentimentSource === 'manual' && writable ? (
          <Button variant="subtle" onClick={() => save({ sentiment: null })}>
            {t('feedback.detail.auto')}
          </Button>
        ) : null}
      </Group>
      <TagsInput
        label={t('feedback.tags')}
        value={tags}
        onChange={setTags}
        onBlur={() => JSON.stringify(tags) !== JSON.stringify(item.tags) && save({ tags })}
        disabled={!writable}
        placeholder={t('feedback.tagsPlaceholder')}
        data-testid="feedback-tags"
      />
      <Divider label={t('feedback.reply.title')} />
      {item.reply ? (
        <Stack gap={4} data-testid="feedback-reply-shown">
          <Text size="xs" c="dimmed">
            {t('feedback.reply.sent', { at: fmt.dateTime(item.reply.at), by: item.reply.byName ?? '' })}
            {item.reply.emailTo ? ` · ${t('feedback.reply.emailedTo', { to: item.reply.emailTo })}` : ` · ${t('feedback.reply.notEmailed')}`}
          </Text>
          <Blockquote p="xs" color="teal">
            {item.reply.text}
          </Blockquote>
        </Stack>
      ) : null}
      {writable ? (
        <Stack gap="xs">
          {sendEmail ? <TextInput label={t('feedback.reply.subject')} placeholder={t('feedback.reply.subjectDefault')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} /> : null}
          <Textarea label={t('feedback.reply.text')} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="feedback-reply-text" />
          <Checkbox
            label={t('feedback.reply.sendEmail')}
            checked={sendEmail}
            disabled={item.anonymous || (!item.personId && !item.employeeId)}
            onChange={(e) => setSendEmail(e.currentTarget.checked)}
          />
          <Checkbox label={t('feedback.reply.resolve')} checked={resolve} onChange={(e) => setResolve(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button
              disabled={!text.trim()}
              loading={reply.isPending}
              data-testid="feedback-reply-send"
              onClick={() =>
                reply.mutate(
                  { text, sendEmail, resolve, ...(sendEmail && subject.trim() ? { subject } : {}) },
                  {
                    onSuccess: () => {
                      setText('');
                      notifySuccess(sendEmail ? t('feedback.reply.emailed') : t('feedback.reply.recorded'));
                    },
                    onError: (e) => notifyError(t('feedback.reply.failed'), errorMessage(e)),
                  },
                )
              }
            >
              {sendEmail ? t('feedback.reply.sendButton') : t('feedback.reply.recordButton')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
