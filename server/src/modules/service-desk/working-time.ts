/**
 * Working-time arithmetic for the internal service desk's SLA clocks: how much of a workspace's
 * working time lies between two instants, when a number of working minutes will have passed, and the
 * Vietnamese public holidays that a workspace's calendar starts from.
 *
 * Everything is computed in the calendar's own time zone through `Intl` (no fixed offset is
 * assumed), one local day at a time, so spans of months cost a few thousand operations at most.
 * Results are exact to the millisecond: minutes may be fractional when instants carry seconds.
 */

/** A workspace's working calendar. */
export type WorkCalendar = {
  /** IANA time zone the periods and holidays are read in. */
  timeZone: string;
  /** ISO weekdays that are worked: 1 = Monday … 7 = Sunday. */
  workDays: number[];
  /** Local 'HH:mm' working periods of every work day ('24:00' allowed as an end). */
  periods: { start: string; end: string }[];
  /** Local dates 'YYYY-MM-DD' that are not worked. */
  holidays: string[];
  /**
   * Also keep Vietnam's statutory public holidays of whatever year a day falls in (computed, Tết from
   * the lunar calendar), so a saved calendar never runs out of holidays when a new year begins.
   */
  vietnamPublicHolidays?: boolean;
};

/** A time an SLA clock stood still (waiting on the requester); `to: null` = still paused. */
export type Pause = { from: Date; to: Date | null };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** JDN of 1970-01-01: local day numbers below are days since the Unix epoch. */
const UNIX_EPOCH_JDN = 2_440_588;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Monday–Friday, 08:00–12:00 and 13:00–17:30 in Vietnam (8.5 h a day); no holidays — a workspace adds `vietnamPublicHolidays(year)`. */
export const DEFAULT_CALENDAR: WorkCalendar = deepFreeze({
  timeZone: 'Asia/Ho_Chi_Minh',
  workDays: [1, 2, 3, 4, 5],
  periods: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:30' },
  ],
  holidays: [],
});

// ---------------------------------------------------------------------------------------------
// Time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what a bad calendar deserves.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far (ms) the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(timeZone: string, epochMs: number): number {
  const f = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
  }
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/** The local day (days since 1970-01-01 in the zone) containing an instant. */
function localDayOf(timeZone: string, epochMs: number): number {
  return Math.floor((epochMs + offsetAt(timeZone, epochMs)) / DAY_MS);
}

/** The instant of a local wall time; a time skipped by a DST jump lands after the jump. */
function localToEpoch(timeZone: string, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  const first = offsetAt(timeZone, wall);
  const guess = wall - first;
  const actual = offsetAt(timeZone, guess);
  if (actual === first) return guess;
  return Math.max(guess, wall - actual);
}

const HOUR_MS = 3_600_000;
const gridOffsets = new Map<string, Map<number, number>>();

/** The offset at 14:00 UTC of day n, memoized: one Intl call per zone and day, however many clocks ask. */
function gridOffset(timeZone: string, n: number): number {
  let zone = gridOffsets.get(timeZone);
  if (!zone) gridOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(n);
  if (offset === undefined) {
    if (zone.size > 100_000) zone.clear();
    offset = offsetAt(timeZone, n * DAY_MS + 14 * HOUR_MS);
    zone.set(n, offset);
  }
  return offset;
}

/**
 * The zone's offset throughout local day `day`, or null when it changes near that day (a DST switch).
 * The samples span from 34 h before to 38 h after the day's UTC midnight, wider than any local day
 * (offsets run from −12 h to +14 h).
 */
function uniformOffset(timeZone: string, day: number): number | null {
  const offset = gridOffset(timeZone, day - 2);
  for (let n = day - 1; n <= day + 1; n++) if (gridOffset(timeZone, n) !== offset) return null;
  return offset;
}

// ---------------------------------------------------------------------------------------------
// Calendars

type CompiledCalendar = {
  timeZone: string;
  workDays: Set<number>;
  /** Minutes of the day, sorted, overlaps merged. */
  periods: { start: number; end: number }[];
  holidays: Set<number>;
  vietnamPublicHolidays: boolean;
};

function parseClock(value: string, allowMidnightEnd: boolean): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  const valid = match && Number(match[2]) < 60 && (minutes < 1440 || (allowMidnightEnd && minutes === 1440));
  if (!valid) throw new RangeError(`Invalid working-period time '${value}' (expected HH:mm)`);
  return minutes;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, checked to be a real date. */
function parseLocalDate(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) return ms / DAY_MS;
  }
  throw new RangeError(`Invalid date '${value}' (expected YYYY-MM-DD)`);
}

function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function compile(cal: WorkCalendar): CompiledCalendar {
  formatterFor(cal.timeZone);
  for (const d of cal.workDays) {
    if (!Number.isInteger(d) || d < 1 || d > 7) throw new RangeError(`Invalid ISO weekday ${d} (expected 1–7)`);
  }
  const periods = cal.periods
    .map((p) => ({ start: parseClock(p.start, false), end: parseClock(p.end, true) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const p of periods) {
    if (p.end <= p.start) throw new RangeError('A working period must end after it starts');
    const last = merged.at(-1);
    // Overlapping periods would count the same minutes twice.
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return {
    timeZone: cal.timeZone,
    workDays: new Set(cal.workDays),
    periods: merged,
    holidays: new Set(cal.holidays.map(parseLocalDate)),
    vietnamPublicHolidays: cal.vietnamPublicHolidays === true,
  };
}

function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // day 0 (1970-01-01) was a Thursday
}

/** The working intervals [start, end) of one local day, as instants, in order. */
function daySegments(cal: CompiledCalendar, day: number): [number, number][] {
  if (!cal.workDays.has(isoWeekday(day)) || cal.holidays.has(day) || (cal.vietnamPublicHolidays && isVietnamPublicHoliday(day))) return [];
  const segments: [number, number][] = [];
  const offset = uniformOffset(cal.timeZone, day);
  const instant = (minute: number): number =>
    offset === null ? localToEpoch(cal.timeZone, day, minute) : day * DAY_MS + minute * MINUTE_MS - offset;
  let floor = -Infinity;
  for (const p of cal.periods) {
    // Clamped so that DST jumps can never make segments overlap or run backwards.
    const start = Math.max(instant(p.start), floor);
    const end = instant(p.end);
    if (end > start) {
      segments.push([start, end]);
      floor = end;
    }
  }
  return segments;
}

function epochOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is an invalid Date`);
  return ms;
}

function workingMsBetween(cal: CompiledCalendar, start: number, end: number): number {
  if (end <= start) return 0;
  let total = 0;
  const lastDay = localDayOf(cal.timeZone, end);
  for (let day = localDayOf(cal.timeZone, start); day <= lastDay; day++) {
    for (const [a, b] of daySegments(cal, day)) total += Math.max(0, Math.min(b, end) - Math.max(a, start));
  }
  return total;
}

function addWorkingMs(cal: CompiledCalendar, start: number, ms: number): number {
  if (ms === 0) return start;
  if (cal.workDays.size === 0 || cal.periods.length === 0) throw new RangeError('The calendar has no working time');
  let remaining = ms;
  let idleDays = 0;
  for (let day = localDayOf(cal.timeZone, start); ; day++) {
    const segments = daySegments(cal, day);
    for (const [a, b] of segments) {
      const from = Math.max(a, start);
      if (b <= from) continue;
      if (remaining <= b - from) return from + remaining;
      remaining -= b - from;
    }
    // Only a finite list of holidays can stand between two working days; beyond it, something is wrong.
    idleDays = segments.length === 0 ? idleDays + 1 : 0;
    if (idleDays > cal.holidays.size + (cal.vietnamPublicHolidays ? 16 : 0) + 7) throw new RangeError('The calendar has no working time');
  }
}

function checkMinutes(minutes: number, name: string): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`${name} must be a finite number ≥ 0`);
  return Math.round(minutes * MINUTE_MS);
}

/**
 * The active (unpaused) intervals of a clock running from `start` to `now`: the pauses are clipped to
 * [start, now), an open pause runs until `now`, and overlapping pauses are merged so that no minute is
 * taken off twice. The last interval ends at `now`.
 */
function activeIntervals(start: number, now: number, pauses: Pause[]): [number, number][] {
  const clipped = pauses
    .map((p, i) => {
      const from = epochOf(p.from, `pauses[${i}].from`);
      const to = p.to === null ? now : epochOf(p.to, `pauses[${i}].to`);
      if (to < from) throw new RangeError(`pauses[${i}] ends before it starts`);
      return [Math.max(from, start), Math.min(to, now)] as [number, number];
    })
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const active: [number, number][] = [];
  let cursor = start;
  for (const [from, to] of clipped) {
    if (from > cursor) active.push([cursor, from]);
    cursor = Math.max(cursor, to);
  }
  active.push([cursor, Math.max(cursor, now)]);
  return active;
}

/** Working minutes between two instants (0 if end <= start); fractional when the instants carry seconds. */
export function workingMinutesBetween(cal: WorkCalendar, start: Date, end: Date): number {
  return workingMsBetween(compile(cal), epochOf(start, 'start'), epochOf(end, 'end')) / MINUTE_MS;
}

/**
 * The instant when `minutes` working minutes have passed after `start`. Outside working time the
 * count begins at the next working period. The answer is the earliest such instant: work that fills a
 * period exactly is due at the period's end (Friday 17:30), not at the next period's start.
 * Throws RangeError for negative minutes or a calendar without any working time.
 */
export function addWorkingMinutes(cal: WorkCalendar, start: Date, minutes: number): Date {
  return new Date(addWorkingMs(compile(cal), epochOf(start, 'start'), checkMinutes(minutes, 'minutes')));
}

/**
 * SLA clock with pauses: working minutes from `start` to `now`, minus the working minutes inside each
 * pause [from, to ?? now). Pauses are clipped to [start, now) and overlapping ones count once.
 */
export function elapsedWorkingMinutes(cal: WorkCalendar, start: Date, now: Date, pauses: Pause[]): number {
  const c = compile(cal);
  const s = epochOf(start, 'start');
  const n = epochOf(now, 'now');
  if (n <= s) return 0;
  let total = 0;
  for (const [from, to] of activeIntervals(s, n, pauses)) total += workingMsBetween(c, from, to);
  return total / MINUTE_MS;
}

/**
 * Due instant for a target of `targetMinutes` working minutes, pushed out by the working minutes spent
 * paused before it. Pauses are known only up to `now`: an open pause counts until `now`, so while a
 * request is paused its due instant moves later as time passes; a pause that begins after the due
 * instant does not move it. Holds: elapsedWorkingMinutes(cal, start, dueAt(…), pauses) = target.
 */
export function dueAt(cal: WorkCalendar, start: Date, targetMinutes: number, pauses: Pause[], now: Date): Date {
  const c = compile(cal);
  const s = epochOf(start, 'start');
  let remaining = checkMinutes(targetMinutes, 'targetMinutes');
  const active = activeIntervals(s, Math.max(s, epochOf(now, 'now')), pauses);
  for (const [i, [from, to]] of active.entries()) {
    // The last interval is open-ended: the clock runs on after `now`.
    const available = i === active.length - 1 ? Infinity : workingMsBetween(c, from, to);
    if (remaining <= available) return new Date(addWorkingMs(c, from, remaining));
    remaining -= available;
  }
  throw new Error('unreachable: the last active interval is unbounded');
}

// ---------------------------------------------------------------------------------------------
// The Vietnamese lunar calendar (âm lịch), from astronomical formulas: J. Meeus, "Astronomical
// Algorithms" (2nd ed.), ch. 25 (the Sun) and ch. 49 (new moons); the calendar rules are those
// described by Hồ Ngọc Đức: a month begins on the UTC+7 day of a new moon, month 11 is the one
// containing the winter solstice, and in a 13-month year the first month after month 11 without a
// major solar term (trung khí) is the leap month.

const RAD = Math.PI / 180;
const sinDeg = (degrees: number): number => Math.sin(degrees * RAD);
const VN_UTC_OFFSET_DAYS = 7 / 24;
const SYNODIC_MONTH = 29.530588861;

/** TT − UT in seconds (Espenak–Meeus polynomials for 2005–2050 and 2050–2150); a minute off changes nothing here. */
function deltaTSeconds(year: number): number {
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** Julian Ephemeris Day (TT) of true new moon number k (k = 0 is the new moon of 6 January 2000). */
function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3; // Sun's mean anomaly
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4; // Moon's
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4; // latitude arg.
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3; // ascending node
  const periodic =
    -0.4072 * sinDeg(Mp) +
    0.17241 * E * sinDeg(M) +
    0.01608 * sinDeg(2 * Mp) +
    0.01039 * sinDeg(2 * F) +
    0.00739 * E * sinDeg(Mp - M) -
    0.00514 * E * sinDeg(Mp + M) +
    0.00208 * E * E * sinDeg(2 * M) -
    0.00111 * sinDeg(Mp - 2 * F) -
    0.00057 * sinDeg(Mp + 2 * F) +
    0.00056 * E * sinDeg(2 * Mp + M) -
    0.00042 * sinDeg(3 * Mp) +
    0.00042 * E * sinDeg(M + 2 * F) +
    0.00038 * E * sinDeg(M - 2 * F) -
    0.00024 * E * sinDeg(2 * Mp - M) -
    0.00017 * sinDeg(Om) -
    0.00007 * sinDeg(Mp + 2 * M) +
    0.00004 * sinDeg(2 * Mp - 2 * F) +
    0.00004 * sinDeg(3 * M) +
    0.00003 * sinDeg(Mp + M - 2 * F) +
    0.00003 * sinDeg(2 * Mp + 2 * F) -
    0.00003 * sinDeg(Mp + M + 2 * F) +
    0.00003 * sinDeg(Mp - M + 2 * F) -
    0.00002 * sinDeg(Mp - M - 2 * F) -
    0.00002 * sinDeg(3 * Mp + M) +
    0.00002 * sinDeg(4 * Mp);
  // Planetary perturbations: [coefficient, phase, rate per lunation].
  const planetary: [number, number, number][] = [
    [0.000325, 299.77, 0.107408], [0.000165, 251.88, 0.016321], [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478], [0.00011, 84.66, 18.206239], [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732], [0.000056, 154.84, 7.30686], [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824], [0.00004, 291.34, 1.844379], [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099], [0.000023, 331.55, 3.592518],
  ];
  let additional = 0;
  for (const [index, [coefficient, phase, rate]] of planetary.entries()) {
    // Only the first argument (A1) has a T² term.
    additional += coefficient * sinDeg(phase + rate * k - (index === 0 ? 0.009173 * T2 : 0));
  }
  return jde + periodic + additional;
}

/** Julian Day Number of the UTC+7 day on which new moon k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTSeconds(2000 + k / 12.3685) / 86_400;
  return Math.floor(jdUt + 0.5 + VN_UTC_OFFSET_DAYS);
}

/** Apparent ecliptic longitude of the Sun in degrees [0, 360) (Meeus ch. 25, ~0.01°). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) + (0.019993 - 0.000101 * T) * sinDeg(2 * M) + 0.000289 * sinDeg(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const apparent = L0 + C - 0.00569 - 0.00478 * sinDeg(omega);
  return ((apparent % 360) + 360) % 360;
}

/** Which 30° sector the Sun is in at the UTC+7 midnight that starts day `jdn`; each sector starts with a major solar term. */
function sunSector(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - VN_UTC_OFFSET_DAYS) / 30);
}

/** Number k of the new moon that starts lunar month 11 (the month containing the winter solstice) of `year`. */
function month11(year: number): number {
  const dec31 = Date.UTC(year, 11, 31) / DAY_MS + UNIX_EPOCH_JDN;
  let k = Math.floor((dec31 - 2451550.1) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= dec31) k++;
  while (newMoonDay(k) > dec31) k--;
  // Sun already past 270° when that month starts: the solstice fell in the month before.
  return sunSector(newMoonDay(k)) >= 9 ? k - 1 : k;
}

/** Julian Day Number of day 1 of (non-leap) lunar month `month` of lunar year `year`. */
function lunarMonthStart(year: number, month: number): number {
  const from = month >= 11 ? month11(year) : month11(year - 1);
  const to = month >= 11 ? month11(year + 1) : month11(year);
  let offset = (month - 11 + 12) % 12;
  if (to - from === 13) {
    let leap = 1;
    while (leap < 12 && sunSector(newMoonDay(from + leap)) !== sunSector(newMoonDay(from + leap + 1))) leap++;
    // The leap month repeats the number of the month before it, so later months shift by one.
    if (offset >= leap) offset++;
  }
  return newMoonDay(from + offset);
}

/**
 * Vietnam's public holidays of a Gregorian year (Labour Code 2019, art. 112, in force since 2021),
 * sorted by date: New Year's Day; Tết (the last day of the lunar year and the first four days of the
 * new one); Hùng Kings' Commemoration (10/3 lunar); 30/4; 1/5; National Day 2/9 with the day before
 * or after it. The government picks that day each year; the rule used here (join the weekend where
 * possible: Tue/Fri/Sat → day before, Mon/Thu/Sun → day after, Wed → day before) matches its choices
 * for 2021–2026. Lunar dates come from the Vietnamese (UTC+7) lunar calendar.
 *
 * These are the statutory days only: compensatory days off (a holiday on a weekend) and the swapped
 * working days the government announces each year are for each business to decide, by editing the
 * workspace's holiday list. Supports 2021–2100.
 */
export function vietnamPublicHolidays(year: number): { date: string; name: string }[] {
  if (!Number.isInteger(year) || year < 2021 || year > 2100) throw new RangeError('vietnamPublicHolidays supports the years 2021–2100');
  const day = (month: number, dayOfMonth: number): number => Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;
  const tet = lunarMonthStart(year, 1) - UNIX_EPOCH_JDN;
  const hungKings = lunarMonthStart(year, 3) + 9 - UNIX_EPOCH_JDN;
  const nationalDay = day(9, 2);
  const bridgeBefore = [2, 3, 5, 6].includes(isoWeekday(nationalDay)); // Tue, Wed, Fri, Sat
  const holidays: [number, string][] = [
    [day(1, 1), 'Tết Dương lịch'],
    [tet - 1, 'Tết Nguyên đán (ngày cuối năm Âm lịch)'],
    [tet, 'Tết Nguyên đán (mùng 1)'],
    [tet + 1, 'Tết Nguyên đán (mùng 2)'],
    [tet + 2, 'Tết Nguyên đán (mùng 3)'],
    [tet + 3, 'Tết Nguyên đán (mùng 4)'],
    [hungKings, 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'],
    [day(4, 30), 'Ngày Chiến thắng (30/4)'],
    [day(5, 1), 'Ngày Quốc tế Lao động (1/5)'],
    [nationalDay, 'Quốc khánh (2/9)'],
    [bridgeBefore ? nationalDay - 1 : nationalDay + 1, 'Quốc khánh (ngày liền kề)'],
  ];
  // Giỗ Tổ can fall on 30/4 or 1/5: one entry per date, names joined.
  const byDay = new Map<number, string>();
  for (const [d, name] of holidays) byDay.set(d, byDay.has(d) ? `${byDay.get(d)} / ${name}` : name);
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([d, name]) => ({ date: formatLocalDate(d), name }));
}

const publicHolidayDays = new Map<number, Set<number>>();

/** Whether local day `day` (days since 1970-01-01) is one of Vietnam's public holidays; each year computed once. */
export function isVietnamPublicHoliday(day: number): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  if (year < 2021 || year > 2100) return false;
  let days = publicHolidayDays.get(year);
  if (!days) {
    days = new Set(vietnamPublicHolidays(year).map((h) => parseLocalDate(h.date)));
    publicHolidayDays.set(year, days);
  }
  return days.has(day);
}
