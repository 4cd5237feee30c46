import { Alert, Anchor, Avatar, Badge, Button, Card, DataList, Grid, Group, Progress, Select, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowBackUp, IconArrowLeft, IconCheck, IconClockPause, IconLock, IconMessage, IconPlayerPlay, IconSend } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { useFormatters } from '../../../../i18n/format';
import { useErrorMessage } from '../../../../ui/errors';
import { initials } from '../../../../ui/initials';
import { QueryError } from '../../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { NotFoundScreen } from '../../../../ui/StatusScreens';
import { PRIORITIES, REQUEST_TRANSITIONS, isPriority } from '../../common/lists';
import { useInternalPermissions } from '../../common/permissions';
import type { RequestStatus, SlaClock, TInternalRequest, TService } from '../../common/types';
import { EmployeeSelect, Panel } from '../../common/ui';
import { useAllEmployees, useMyEmployee } from '../../employees/hooks/useEmployees';
import { useDueFormatter } from '../dueFormat';
import { SLA_COLOR, clockBadge, clockProgress, durationText, type SlaKind, type Translate } from '../sla';
import { useAddComment, useComments, useRequest, useService, useUpdateRequest } from '../hooks/useServiceDesk';
import { ClockBadge, PriorityBadge, RequestStatusBadge } from './RequestBadges';
import { RatingPrompt, RatingView } from './RatingPrompt';
import { DepartmentLink, EmployeeLink } from '../../common/links';

/** One internal request: its answers, its SLA clocks, the conversation, the status moves and the rating. */
export function RequestPage({ requestId }: { requestId: string }) {
  const request = useRequest(requestId);
  if (request.isPending) return <Skeleton h={480} radius="lg" />;
  if (request.isError) {
    if (isApiError(request.error) && request.error.status === 404) return <NotFoundScreen homeHref="/internal/requests" />;
    return <QueryError error={request.error} onRetry={() => void request.refetch()} />;
  }
  return <RequestView request={request.data} />;
}

/** The natural next step from each status, shown first and filled. */
const PRIMARY_MOVE: Record<RequestStatus, RequestStatus | null> = {
  new: 'in_progress',
  in_progress: 'resolved',
  waiting: 'in_progress',
  // A resolved request waits for the requester's rating, which closes it: no move is pushed.
  resolved: null,
  closed: null,
};

const ACTION_ICON: Record<RequestStatus, ReactNode> = {
  new: null,
  in_progress: <IconPlayerPlay size={16} />,
  waiting: <IconClockPause size={16} />,
  resolved: <IconCheck size={16} />,
  closed: <IconLock size={16} />,
};

function RequestView({ request }: { request: TInternalRequest }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const { can } = useInternalPermissions();
  const me = useMyEmployee();
  const employees = useAllEmployees();
  const service = useService(request.serviceId);
  const update = useUpdateRequest(request.id);
  const [moving, setMoving] = useState<RequestStatus | null>(null);

  const mine = me.employee;
  const isRequester = mine?.id === request.requesterEmployeeId;
  const canWork = can('requests.manageAll') || (mine !== null && (mine.id === request.assigneeId || mine.departmentId === request.providerDepartmentId));
  const primary = PRIMARY_MOVE[request.status];
  const moves = canWork ? [...REQUEST_TRANSITIONS[request.status]].sort((a, b) => Number(b === primary) - Number(a === primary)) : [];

  const move = (status: RequestStatus) => {
    setMoving(status);
    update.mutate(
      { status },
      {
        onSuccess: () => notifySuccess(t('request.moved', { status: t(`requestStatus.${status}`) })),
        onError: (error) => notifyError(t('request.moveFailed'), errorMessage(error)),
        onSettled: () => setMoving(null),
      },
    );
  };
  const change = (body: { assigneeId?: string | null; priority?: TInternalRequest['priority'] }) =>
    update.mutate(body, { onSuccess: () => notifySuccess(t('request.updated')), onError: (error) => notifyError(t('request.updateFailed'), errorMessage(error)) });

  const actionLabel = (status: RequestStatus) =>
    status === 'in_progress' && request.status !== 'new' ? t(request.status === 'resolved' ? 'request.action.reopen' : 'request.action.resume') : t(`request.action.${status}`);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/internal/requests" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('request.back')}
        </Group>
      </Anchor>

      <Card>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="md">
            <Stack gap={6} style={{ minWidth: 0, flex: '1 1 360px' }}>
              <Group gap="xs">
                <RequestStatusBadge status={request.status} size="lg" />
                <PriorityBadge priority={request.priority} />
              </Group>
              <Title order={2} fz={{ base: 20, sm: 24 }} data-testid="request-title-heading">
                <Text span c="dimmed" inherit fw={500}>
                  #{request.number}{' '}
                </Text>
                {request.title}
              </Title>
              <Text size="sm" c="dimmed">
                {t('request.line', { service: request.serviceName, provider: request.providerDepartmentName, requester: request.requesterName, date: format.dateTime(request.createdAt) })}
              </Text>
            </Stack>
          </Group>
          {moves.length ? (
            <Group gap="xs" data-testid="status-actions">
              {moves.map((status) => (
                <Button
                  key={status}
                  variant={status === primary ? 'filled' : status === 'closed' ? 'subtle' : 'light'}
                  color={status === 'resolved' ? 'teal' : status === 'closed' && status !== primary ? 'gray' : status === 'waiting' ? 'yellow' : undefined}
                  leftSection={status === 'in_progress' && request.status === 'resolved' ? <IconArrowBackUp size={16} /> : ACTION_ICON[status]}
                  loading={moving === status}
                  disabled={moving !== null && moving !== status}
                  onClick={() => move(status)}
                  data-testid={`move-${status}`}
                >
                  {actionLabel(status)}
                </Button>
              ))}
            </Group>
          ) : null}
          {request.status === 'waiting' ? (
            <Alert color="yellow" variant="light" icon={<IconClockPause size={18} />} data-testid="waiting-note">
              {isRequester ? t('request.waitingForYou') : t('request.waitingNote')}
            </Alert>
          ) : null}
        </Stack>
      </Card>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {isRequester && request.status === 'resolved' && !request.rating ? <RatingPrompt request={request} /> : null}
            {request.rating ? <RatingView rating={request.rating} /> : null}
            <Answers request={request} service={service.data ?? null} />
            <Comments request={request} canComment={isRequester || canWork} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Panel title={t('request.slaTitle')}>
              <Stack gap="md">
                <ClockView clock={request.firstResponse} kind="firstResponse" doneAt={request.firstResponseAt} />
                <ClockView clock={request.resolution} kind="resolution" doneAt={request.resolvedAt} />
              </Stack>
            </Panel>
            <Panel title={t('request.details')}>
              <Stack gap="sm">
                {canWork ? (
                  <>
                    <EmployeeSelect
                      label={t('requests.assignee')}
                      placeholder={t('requests.unassigned')}
                      employees={employees.data ?? []}
                      departmentFirst={request.providerDepartmentId}
                      value={request.assigneeId}
                      onChange={(value) => change({ assigneeId: value })}
                      clearable
                      disabled={request.status === 'closed'}
                      data-testid="request-assignee"
                    />
                    <Select
                      label={t('requestForm.priority')}
                      data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
                      value={request.priority}
                      onChange={(value) => {
                        if (isPriority(value)) change({ priority: value });
                      }}
                      allowDeselect={false}
                      disabled={request.status === 'closed'}
                    />
                  </>
                ) : null}
                <DataList gap={6} labelWidth={110} size="sm">
                  {!canWork ? (
                    <DataList.Item>
                      <DataList.ItemLabel>{t('requests.assignee')}</DataList.ItemLabel>
                      <DataList.ItemValue>{request.assigneeName ?? t('requests.unassigned')}</DataList.ItemValue>
                    </DataList.Item>
                  ) : null}
                  <DataList.Item>
                    <DataList.ItemLabel>{t('requests.requester')}</DataList.ItemLabel>
                    <DataList.ItemValue>
                      <EmployeeLink id={request.requesterEmployeeId} size="sm">
                        {request.requesterName}
                      </EmployeeLink>
                    </DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('requests.provider')}</DataList.ItemLabel>
                    <DataList.ItemValue>
                      <DepartmentLink id={request.providerDepartmentId} size="sm">
                        {request.providerDepartmentName}
                      </DepartmentLink>
                    </DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('requests.created')}</DataList.ItemLabel>
                    <DataList.ItemValue>{format.dateTime(request.createdAt)}</DataList.ItemValue>
                  </DataList.Item>
                  {request.resolvedAt ? (
                    <DataList.Item>
                      <DataList.ItemLabel>{t('request.resolvedAt')}</DataList.ItemLabel>
                      <DataList.ItemValue>{format.dateTime(request.resolvedAt)}</DataList.ItemValue>
                    </DataList.Item>
                  ) : null}
                  {request.closedAt ? (
                    <DataList.Item>
                      <DataList.ItemLabel>{t('request.closedAt')}</DataList.ItemLabel>
                      <DataList.ItemValue>{format.dateTime(request.closedAt)}</DataList.ItemValue>
                    </DataList.Item>
                  ) : null}
                </DataList>
              </Stack>
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ClockView({ clock, kind, doneAt }: { clock: SlaClock; kind: SlaKind; doneAt: string | null }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const due = useDueFormatter();
  const badge = clockBadge(clock, kind);
  const translate = t as unknown as Translate;
  return (
    <Stack gap={6} data-testid={`clock-${kind}`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t(`sla.kind.${kind}`)}
        </Text>
        <ClockBadge clock={clock} kind={kind} />
      </Group>
      <Progress value={clockProgress(clock)} color={SLA_COLOR[badge.tone]} size="sm" radius="xl" aria-label={t(`sla.kind.${kind}`)} />
      <Text size="xs" c="dimmed">
        {t('request.clockUsage', { elapsed: durationText(clock.elapsedMinutes, translate), target: durationText(clock.targetMinutes, translate) })}
      </Text>
      <Text size="xs" c="dimmed">
        {doneAt ? t('request.doneAt', { at: format.dateTime(doneAt) }) : t('sla.dueAt', { due: due(clock.dueAt) })}
      </Text>
    </Stack>
  );
}

function Answers({ request, service }: { request: TInternalRequest; service: TService | null }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const fields = service?.formFields ?? [];
  const keys = [...fields.map((f) => f.key), ...Object.keys(request.answers).filter((k) => !fields.some((f) => f.key === k))];
  const shown = keys.filter((key) => request.answers[key] !== undefined && request.answers[key] !== null && request.answers[key] !== '');
  const show = (key: string): string => {
    const value = request.answers[key];
    const field = fields.find((f) => f.key === key);
    if (typeof value === 'number') return format.number(value);
    if (field?.type === 'date' && typeof value === 'string') return format.day(value);
    return String(value ?? '');
  };
  return (
    <Panel title={t('request.answers')} testId="request-answers">
      {shown.length ? (
        <DataList gap="sm" labelWidth={160} withDivider orientation="horizontal">
          {shown.map((key) => (
            <DataList.Item key={key}>
              <DataList.ItemLabel>{fields.find((f) => f.key === key)?.label ?? key}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }} data-testid={`answer-value-${key}`}>
                {show(key)}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      ) : (
        <Text size="sm" c="dimmed">
          {t('request.noAnswers')}
        </Text>
      )}
    </Panel>
  );
}

function Comments({ request, canComment }: { request: TInternalRequest; canComment: boolean }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const comments = useComments(request.id);
  const add = useAddComment(request.id);
  const [body, setBody] = useState('');
  const send = () => {
    if (!body.trim()) return;
    add.mutate(body.trim(), { onSuccess: () => setBody(''), onError: (error) => notifyError(t('request.commentFailed'), errorMessage(error)) });
  };
  const list = comments.data ?? [];
  return (
    <Panel title={t('request.conversation')} icon={<IconMessage size={18} color="var(--mantine-color-ocean-7)" />} testId="request-comments">
      <Stack gap="md">
        {comments.isPending ? (
          <Skeleton h={60} />
        ) : list.length ? (
          list.map((c) => (
            <Group key={c.id} gap="sm" wrap="nowrap" align="flex-start" data-testid="comment">
              <Avatar size={32} radius="xl" color="initials" name={c.authorName ?? '?'}>
                {initials(c.authorName ?? '?')}
              </Avatar>
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {c.authorName ?? t('request.someone')}
                  </Text>
                  <Badge size="xs" variant="light" color={c.authorSide === 'requester' ? 'grape' : 'ocean'} data-testid="comment-side">
                    {t(`request.side.${c.authorSide}`)}
                  </Badge>
                  <Text size="xs" c="dimmed" title={format.dateTime(c.createdAt)}>
                    {format.relative(c.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {c.body}
                </Text>
              </Stack>
            </Group>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {t('request.noComments')}
          </Text>
        )}
        {canComment && request.status !== 'closed' ? (
          <Stack gap="xs">
            <Textarea
              placeholder={t('request.commentPlaceholder')}
              autosize
              minRows={2}
              maxRows={8}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send();
              }}
              aria-label={t('request.commentPlaceholder')}
              data-testid="comment-input"
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {t('request.commentHint')}
              </Text>
              <Button leftSection={<IconSend size={15} />} onClick={send} loading={add.isPending} disabled={!body.trim()} data-testid="comment-send">
                {t('request.send')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Panel>
  );
}
