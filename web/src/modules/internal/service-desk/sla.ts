import type { SlaClock, TInternalRequest } from '../common/types';

export type SlaKind = 'firstResponse' | 'resolution';

/** How an SLA clock reads on a badge. */
export type SlaBadge = {
  kind: SlaKind;
  /** met: done in time; ok: running with time left; soon: under a quarter of the target left; paused; breached. */
  tone: 'met' | 'ok' | 'soon' | 'paused' | 'breached';
  /** When the clock runs out (running, paused: pushed out when the pause ends). */
  dueAt: string;
  /** Working minutes left (running), or past the target (breached); 0 otherwise. */
  minutes: number;
};

/** Badge colours by tone. */
export const SLA_COLOR: Record<SlaBadge['tone'], string> = {
  met: 'teal',
  ok: 'ocean',
  soon: 'orange',
  paused: 'gray',
  breached: 'red',
};

/** One clock as a badge. Under a quarter of the target left reads as "soon". */
export function clockBadge(clock: SlaClock, kind: SlaKind): SlaBadge {
  const left = clock.targetMinutes - clock.elapsedMinutes;
  switch (clock.state) {
    case 'met':
      return { kind, tone: 'met', dueAt: clock.dueAt, minutes: 0 };
    case 'paused':
      return { kind, tone: 'paused', dueAt: clock.dueAt, minutes: Math.max(0, left) };
    case 'breached':
      return { kind, tone: 'breached', dueAt: clock.dueAt, minutes: Math.max(0, -left) };
    case 'running':
      return { kind, tone: left <= clock.targetMinutes / 4 ? 'soon' : 'ok', dueAt: clock.dueAt, minutes: Math.max(0, left) };
  }
}

/**
 * The clock a list should show for a request: the first response while nobody has answered yet,
 * then the resolution. A breached first response stays visible until the request is resolved,
 * because it is what the requester felt first.
 */
export function requestSlaBadge(request: Pick<TInternalRequest, 'firstResponse' | 'resolution' | 'firstResponseAt' | 'status'>): SlaBadge {
  const waitingForAnswer = request.firstResponseAt === null && (request.status === 'new' || request.status === 'in_progress');
  if (waitingForAnswer) return clockBadge(request.firstResponse, 'firstResponse');
  const resolution = clockBadge(request.resolution, 'resolution');
  if (resolution.tone !== 'breached' && request.firstResponse.state === 'breached' && request.status !== 'resolved' && request.status !== 'closed') {
    return clockBadge(request.firstResponse, 'firstResponse');
  }
  return resolution;
}

/** Share of the target used, 0–100, for a progress bar. */
export function clockProgress(clock: SlaClock): number {
  if (clock.targetMinutes <= 0) return 100;
  return Math.min(100, Math.round((clock.elapsedMinutes / clock.targetMinutes) * 100));
}

/** The part of `t` these helpers need, so they can be tested with any catalogue. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "2 giờ 15 phút", "45 phút", "3 giờ" (working time). */
export function durationText(minutes: number, t: Translate): string {
  const { hours, minutes: rest } = splitMinutesForText(minutes);
  // Past ten hours the minutes are noise: "Quá hạn 34 giờ".
  if (hours >= 10) return t('duration.hours', { count: hours + (rest >= 30 ? 1 : 0) });
  if (hours && rest) return t('duration.hoursMinutes', { hours, minutes: rest });
  if (hours) return t('duration.hours', { count: hours });
  return t('duration.minutes', { count: rest });
}

const splitMinutesForText = (total: number) => {
  const size = Math.round(Math.abs(total));
  return { hours: Math.floor(size / 60), minutes: size % 60 };
};

/**
 * What an SLA badge says: "Quá hạn 2 giờ 15 phút", "Còn 45 phút", "Hạn 14:30 26/11", "Tạm dừng",
 * "Đạt SLA". `due` formats the due instant for the reader.
 */
export function slaText(badge: SlaBadge, t: Translate, due: (iso: string) => string): string {
  switch (badge.tone) {
    case 'met':
      return t('sla.met');
    case 'paused':
      return t('sla.paused');
    case 'breached':
      return badge.minutes > 0 ? t('sla.breachedBy', { duration: durationText(badge.minutes, t) }) : t('sla.breached');
    case 'soon':
      return t('sla.left', { duration: durationText(badge.minutes, t) });
    case 'ok':
      return t('sla.due', { due: due(badge.dueAt) });
  }
}
