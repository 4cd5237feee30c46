/**
 * SLA targets are stored in WORKING minutes; people think of them in working hours. A target of
 * 240 minutes is "4 giờ", 1530 is "25,5 giờ". Hours are kept to a tenth for the editor; minutes are
 * always whole.
 */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Hours typed in the editor (4, 0.5, 25.5) as whole working minutes; null when not a positive number. */
export function hoursToMinutes(hours: number | string | null | undefined): number | null {
  const value = typeof hours === 'string' ? Number(hours.replace(',', '.')) : hours;
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return null;
  return Math.max(1, Math.round(value * 60));
}

export type DurationParts = { hours: number; minutes: number };

/** 95 → { hours: 1, minutes: 35 }: for "1 giờ 35 phút". Negative input counts as its size. */
export function splitMinutes(total: number): DurationParts {
  const size = Math.round(Math.abs(total));
  return { hours: Math.floor(size / 60), minutes: size % 60 };
}

/** Weekly working hours of a calendar: days × the length of its periods ("08:00"–"12:00"). */
export function weeklyHours(workDays: readonly number[], periods: readonly { start: string; end: string }[]): number {
  const perDay = periods.reduce((sum, p) => sum + Math.max(0, clockMinutes(p.end) - clockMinutes(p.start)), 0);
  return Math.round(((new Set(workDays).size * perDay) / 60) * 100) / 100;
}

/** "08:30" → 510; NaN when it is not a time of day. */
export function clockMinutes(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** "8:5", "08.30", "830", "8h30" → "08:05", "08:30", "08:30", "08:30"; null when it is not a time. */
export function normalizeClock(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/h/, ':').replace('.', ':');
  let hours: number;
  let minutes: number;
  const withColon = /^(\d{1,2}):(\d{1,2})?$/.exec(value);
  const digits = /^(\d{3,4})$/.exec(value);
  const hourOnly = /^(\d{1,2})$/.exec(value);
  if (withColon) [hours, minutes] = [Number(withColon[1]), Number(withColon[2] ?? 0)];
  else if (digits?.[1]) [hours, minutes] = [Number(digits[1].slice(0, -2)), Number(digits[1].slice(-2))];
  else if (hourOnly) [hours, minutes] = [Number(hourOnly[1]), 0];
  else return null;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export type PeriodProblem = 'invalid' | 'order' | 'overlap';

/** Working periods of a day must be times, each ending after it starts, and not overlap. */
export function checkPeriods(periods: readonly { start: string; end: string }[]): (PeriodProblem | null)[] {
  const spans = periods.map((p) => ({ start: clockMinutes(p.start), end: clockMinutes(p.end) }));
  return spans.map((span, i) => {
    if (Number.isNaN(span.start) || Number.isNaN(span.end)) return 'invalid';
    if (span.end <= span.start) return 'order';
    const overlaps = spans.some((other, j) => j !== i && !Number.isNaN(other.start) && other.start < span.end && span.start < other.end);
    return overlaps ? 'overlap' : null;
  });
}
