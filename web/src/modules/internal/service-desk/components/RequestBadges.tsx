import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Priority, RequestStatus, SlaClock, TInternalRequest } from '../../common/types';
import { useDueFormatter } from '../dueFormat';
import { SLA_COLOR, clockBadge, requestSlaBadge, slaText, type SlaBadge as SlaBadgeData, type SlaKind, type Translate } from '../sla';

/** A badge keeps its whole label ("Đã đóng", not "Đã đó…"); rows wrap around it instead. */
const KEEP_WHOLE = { flex: 'none', minWidth: 'max-content' } as const;

const STATUS_COLOR: Record<RequestStatus, string> = {
  new: 'blue',
  in_progress: 'ocean',
  waiting: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

export function RequestStatusBadge({ status, size = 'sm' }: { status: RequestStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('internal');
  return (
    <Badge color={STATUS_COLOR[status]} size={size} variant={status === 'new' ? 'filled' : 'light'} style={KEEP_WHOLE} data-testid="request-status" data-status={status}>
      {t(`requestStatus.${status}`)}
    </Badge>
  );
}

const PRIORITY_COLOR: Record<Priority, string> = { low: 'gray', normal: 'gray', high: 'orange', urgent: 'red' };

/** Only high and urgent stand out; normal is the default and says nothing. */
export function PriorityBadge({ priority, always = false }: { priority: Priority; always?: boolean }) {
  const { t } = useTranslation('internal');
  if (!always && (priority === 'normal' || priority === 'low')) return null;
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant="dot" size="sm" style={KEEP_WHOLE}>
      {t(`priority.${priority}`)}
    </Badge>
  );
}

const ICON = { met: IconCircleCheck, ok: IconClock, soon: IconClock, paused: IconPlayerPause, breached: IconAlertTriangle } as const;

function SlaBadgeView({ badge }: { badge: SlaBadgeData }) {
  const { t } = useTranslation('internal');
  const due = useDueFormatter();
  const Icon = ICON[badge.tone];
  const translate = t as unknown as Translate;
  const label = slaText(badge, translate, due);
  const tooltip = `${t(`sla.kind.${badge.kind}`)} · ${badge.tone === 'met' ? t('sla.metHint') : t('sla.dueAt', { due: due(badge.dueAt) })}${badge.tone === 'paused' ? ` · ${t('sla.pausedHint')}` : ''}`;
  return (
    <Tooltip label={tooltip} multiline maw={280}>
      <Badge
        color={SLA_COLOR[badge.tone]}
        variant={badge.tone === 'breached' ? 'filled' : 'light'}
        leftSection={<Icon size={12} />}
        data-testid="sla-badge"
        data-tone={badge.tone}
        style={{ ...KEEP_WHOLE, textTransform: 'none' }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}

/** The clock a request is judged by right now (first response, then resolution). */
export function RequestSlaBadge({ request }: { request: TInternalRequest }) {
  return <SlaBadgeView badge={requestSlaBadge(request)} />;
}

export function ClockBadge({ clock, kind }: { clock: SlaClock; kind: SlaKind }) {
  return <SlaBadgeView badge={clockBadge(clock, kind)} />;
}
