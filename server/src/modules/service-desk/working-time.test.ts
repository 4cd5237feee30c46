import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR,
  addWorkingMinutes,
  dueAt,
  elapsedWorkingMinutes,
  vietnamPublicHolidays,
  workingMinutesBetween,
  type Pause,
  type WorkCalendar,
} from './working-time';

/** A Vietnam wall time, e.g. vn('2026-03-13 16:00'). */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}${local.length === 16 ? ':00' : ''}+07:00`);
const holidaysOf = (...years: number[]): string[] => years.flatMap((y) => vietnamPublicHolidays(y).map((h) => h.date));

// Default hours: 08:00–12:00 (240 min) + 13:00–17:30 (270 min) = 510 min (8.5 h) a day, Monday–Friday.
const plain: WorkCalendar = DEFAULT_CALENDAR;
const withHolidays: WorkCalendar = { ...DEFAULT_CALENDAR, holidays: holidaysOf(2024, 2025, 2026, 2027) };
// March 2026: Mon 9, Tue 10, Fri 13, Sat 14, Sun 15, Mon 16.

describe('DEFAULT_CALENDAR', () => {
  it('is Vietnam, Monday–Friday, with a lunch break, and cannot be changed by accident', () => {
    expect(DEFAULT_CALENDAR).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      workDays: [1, 2, 3, 4, 5],
      periods: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
      holidays: [],
    });
    expect(Object.isFrozen(DEFAULT_CALENDAR) && Object.isFrozen(DEFAULT_CALENDAR.periods[0])).toBe(true);
  });
});

describe('addWorkingMinutes', () => {
  const cases: { name: string; cal?: WorkCalendar; start: string; minutes: number; due: string }[] = [
    // Fri 16:00–17:30 = 90; 150 left → Mon 08:00 + 150 = 10:30 (not 11:00: all of it fits before lunch).
    { name: 'Friday 16:00 + 4 h → Monday 10:30', start: '2026-03-13 16:00', minutes: 240, due: '2026-03-16 10:30' },
    // Fri 17:00–17:30 = 30; Mon 08:00 + 30.
    { name: 'across a weekend', start: '2026-03-13 17:00', minutes: 60, due: '2026-03-16 08:30' },
    // 11:30–12:00 = 30; lunch; 13:00 + 30.
    { name: 'across lunch', start: '2026-03-10 11:30', minutes: 60, due: '2026-03-10 13:30' },
    // 11:00–12:00 = 60 exactly: due at the end of the morning, not when the afternoon starts.
    { name: 'filling a period exactly ends at the period end', start: '2026-03-10 11:00', minutes: 60, due: '2026-03-10 12:00' },
    { name: 'a full day', start: '2026-03-13 08:00', minutes: 510, due: '2026-03-13 17:30' },
    // 5 × 510 = 2550.
    { name: 'a full week', start: '2026-03-09 08:00', minutes: 2550, due: '2026-03-13 17:30' },
    // Nothing until Wed 08:00, then 60.
    { name: 'opened at night', start: '2026-03-10 22:00', minutes: 60, due: '2026-03-11 09:00' },
    { name: 'opened before the day starts', start: '2026-03-10 06:00', minutes: 30, due: '2026-03-10 08:30' },
    // Counting starts at 13:00.
    { name: 'opened at lunch', start: '2026-03-10 12:15', minutes: 60, due: '2026-03-10 14:00' },
    { name: 'opened after hours', start: '2026-03-10 17:45', minutes: 15, due: '2026-03-11 08:15' },
    // Mon 08:00 + 120 = 10:00.
    { name: 'opened on Saturday', start: '2026-03-14 10:00', minutes: 120, due: '2026-03-16 10:00' },
    { name: 'opened on Sunday', start: '2026-03-15 10:00', minutes: 120, due: '2026-03-16 10:00' },
    { name: 'zero minutes is the start itself, even outside working time', start: '2026-03-15 10:00', minutes: 0, due: '2026-03-15 10:00' },
    { name: 'half a minute', start: '2026-03-10 08:00', minutes: 0.5, due: '2026-03-10 08:00:30' },
    // 2 September 2025 is a Tuesday; the bridge day is Monday 1/9. Fri 16:00–17:30 = 90, 390 left;
    // Sat, Sun, Mon 1/9, Tue 2/9 off; Wed 08:00–12:00 = 240, 150 left → 13:00 + 150 = 15:30.
    { name: 'across 2 September', cal: withHolidays, start: '2025-08-29 16:00', minutes: 480, due: '2025-09-03 15:30' },
    // Tết 2026: Mon 16 Feb (last day of the year) to Fri 20 Feb (mùng 4) off, so with the weekends on
    // each side nothing is worked from Fri 13 Feb 17:30 to Mon 23 Feb 08:00. Fri 90; Mon 23 + 150.
    { name: 'across Tết 2026', cal: withHolidays, start: '2026-02-13 16:00', minutes: 240, due: '2026-02-23 10:30' },
    // Without the holidays the same request is due Mon 16 Feb 10:30.
    { name: 'the same without holidays', start: '2026-02-13 16:00', minutes: 240, due: '2026-02-16 10:30' },
    // Two full days: Fri 13 Feb, then Mon 23 Feb.
    { name: 'two days across Tết 2026', cal: withHolidays, start: '2026-02-13 08:00', minutes: 1020, due: '2026-02-23 17:30' },
    // Giỗ Tổ 2025 is Monday 7 April: Fri 17:00–17:30 = 30, Tue 08:00 + 30.
    { name: 'across Giỗ Tổ Hùng Vương', cal: withHolidays, start: '2025-04-04 17:00', minutes: 60, due: '2025-04-08 08:30' },
    // 30/4 and 1/5 2026 are Thursday and Friday: Wed 17:00–17:30 = 30, Mon 4 May 08:00 + 30.
    { name: 'across 30/4 and 1/5', cal: withHolidays, start: '2026-04-29 17:00', minutes: 60, due: '2026-05-04 08:30' },
  ];

  it.each(cases)('$name', ({ cal = plain, start, minutes, due }) => {
    const result = addWorkingMinutes(cal, vn(start), minutes);
    expect(result.toISOString()).toBe(vn(due).toISOString());
    expect(workingMinutesBetween(cal, vn(start), result)).toBe(minutes);
  });

  it('refuses negative or non-finite minutes and calendars with no working time', () => {
    expect(() => addWorkingMinutes(plain, vn('2026-03-10 08:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes(plain, vn('2026-03-10 08:00'), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingMinutes({ ...plain, workDays: [] }, vn('2026-03-10 08:00'), 60)).toThrow(RangeError);
    expect(() => addWorkingMinutes({ ...plain, periods: [] }, vn('2026-03-10 08:00'), 60)).toThrow(RangeError);
    expect(() => addWorkingMinutes(plain, new Date('nope'), 60)).toThrow(RangeError);
  });
});

describe('workingMinutesBetween', () => {
  const cases: { name: string; cal?: WorkCalendar; start: string; end: string; minutes: number }[] = [
    { name: 'start = end', start: '2026-03-10 09:00', end: '2026-03-10 09:00', minutes: 0 },
    { name: 'start > end', start: '2026-03-10 10:00', end: '2026-03-10 09:00', minutes: 0 },
    { name: 'one morning hour', start: '2026-03-10 09:00', end: '2026-03-10 10:00', minutes: 60 },
    // 11:00–12:00 = 60 + 13:00–14:00 = 60.
    { name: 'lunch is not counted', start: '2026-03-10 11:00', end: '2026-03-10 14:00', minutes: 120 },
    { name: 'inside lunch', start: '2026-03-10 12:10', end: '2026-03-10 12:50', minutes: 0 },
    { name: 'a weekend', start: '2026-03-14 00:00', end: '2026-03-16 00:00', minutes: 0 },
    { name: 'half a minute', start: '2026-03-10 09:00:00', end: '2026-03-10 09:00:30', minutes: 0.5 },
    // 90 Friday + 150 Monday.
    { name: 'Friday 16:00 → Monday 10:30', start: '2026-03-13 16:00', end: '2026-03-16 10:30', minutes: 240 },
    { name: 'a week', start: '2026-03-09 08:00', end: '2026-03-16 08:00', minutes: 2550 },
    // March 2026 has 22 weekdays: 22 × 510.
    { name: 'a month', start: '2026-03-01 00:00', end: '2026-04-01 00:00', minutes: 11220 },
    { name: 'Tết 2026 skipped', cal: withHolidays, start: '2026-02-13 16:00', end: '2026-02-23 10:30', minutes: 240 },
    // Without holidays: 90 + 5 × 510 + 150.
    { name: 'Tết 2026 worked', start: '2026-02-13 16:00', end: '2026-02-23 10:30', minutes: 2790 },
    // 2026 has 261 weekdays; 10 of its public holidays fall on one (1/1, Tết ×5, 30/4, 1/5, 1/9, 2/9;
    // Giỗ Tổ is a Sunday): 251 × 510.
    { name: 'a year with its holidays', cal: withHolidays, start: '2026-01-01 00:00', end: '2027-01-01 00:00', minutes: 128010 },
  ];

  it.each(cases)('$name', ({ cal = plain, start, end, minutes }) => {
    expect(workingMinutesBetween(cal, vn(start), vn(end))).toBe(minutes);
  });

  it('merges overlapping periods and accepts 24:00 as an end', () => {
    const overlapping = { ...plain, periods: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }] };
    expect(workingMinutesBetween(overlapping, vn('2026-03-10 08:00'), vn('2026-03-10 14:00'))).toBe(300);
    const lateShift = { ...plain, periods: [{ start: '22:00', end: '24:00' }] };
    expect(workingMinutesBetween(lateShift, vn('2026-03-10 21:00'), vn('2026-03-11 01:00'))).toBe(120);
  });

  it('refuses malformed calendars', () => {
    const at = [vn('2026-03-10 08:00'), vn('2026-03-10 09:00')] as const;
    const bad: Partial<WorkCalendar>[] = [
      { timeZone: 'Mars/Olympus_Mons' },
      { workDays: [0, 1] },
      { workDays: [1.5] },
      { periods: [{ start: '8:00', end: '12:00' }] },
      { periods: [{ start: '08:60', end: '12:00' }] },
      { periods: [{ start: '12:00', end: '08:00' }] },
      { periods: [{ start: '24:00', end: '24:00' }] },
      { holidays: ['2026-02-30'] },
      { holidays: ['30/04/2026'] },
    ];
    for (const patch of bad) expect(() => workingMinutesBetween({ ...plain, ...patch }, ...at), JSON.stringify(patch)).toThrow(RangeError);
  });

  it('counts nothing for a calendar without working time', () => {
    expect(workingMinutesBetween({ ...plain, workDays: [] }, vn('2026-01-01 00:00'), vn('2026-12-31 00:00'))).toBe(0);
  });
});

describe('time zones', () => {
  it('reads periods in the calendar zone, not UTC', () => {
    // 01:00–02:00 UTC is 08:00–09:00 in Vietnam but before the working day in UTC.
    const start = new Date('2026-03-10T01:00:00Z');
    const end = new Date('2026-03-10T02:00:00Z');
    expect(workingMinutesBetween(plain, start, end)).toBe(60);
    expect(workingMinutesBetween({ ...plain, timeZone: 'UTC' }, start, end)).toBe(0);
  });

  const berlin: WorkCalendar = { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '17:00' }], holidays: [] };
  const allDay = (timeZone: string): WorkCalendar => ({ timeZone, workDays: [1, 2, 3, 4, 5, 6, 7], periods: [{ start: '00:00', end: '24:00' }], holidays: [] });

  it('follows daylight-saving changes', () => {
    // Fri 27 Mar 2026 16:00 CET (UTC+1) = 15:00Z → Mon 30 Mar 10:00 CEST (UTC+2) = 08:00Z: 60 + 60.
    // A fixed UTC+1 would read 08:00Z as 09:00 on Monday and count 60.
    expect(workingMinutesBetween(berlin, new Date('2026-03-27T15:00:00Z'), new Date('2026-03-30T08:00:00Z'))).toBe(120);
    expect(addWorkingMinutes(berlin, new Date('2026-03-27T15:00:00Z'), 120).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    // Sunday 29 March has 23 hours in Berlin, Sunday 25 October 25.
    expect(workingMinutesBetween(allDay('Europe/Berlin'), new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T22:00:00Z'))).toBe(23 * 60);
    expect(workingMinutesBetween(allDay('Europe/Berlin'), new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z'))).toBe(25 * 60);
  });
});

describe('elapsedWorkingMinutes and dueAt (pauses)', () => {
  // Opened Mon 9 Mar 2026 08:00 with a 16-hour (960 min) target.
  // No pause: Mon 510, Tue 08:00–12:00 240, 13:00 + 210 → due Tue 16:30.
  const start = vn('2026-03-09 08:00');
  const target = 960;
  const pause = (from: string, to: string | null): Pause => ({ from: vn(from), to: to === null ? null : vn(to) });
  const cases: { name: string; pauses: Pause[]; now: string; elapsed: number; due: string }[] = [
    { name: 'no pause', pauses: [], now: '2026-03-10 10:00', elapsed: 630, due: '2026-03-10 16:30' },
    // Mon 09:00–12:00 180 + 13:00–17:30 270 + Tue 08:00–09:00 60 = 510 = 8.5 h paused: one working day later.
    // Elapsed at Tue 10:00: Mon 08–09 60 + Tue 09–10 60.
    { name: 'waiting on the requester Mon 09:00 → Tue 09:00', pauses: [pause('2026-03-09 09:00', '2026-03-10 09:00')], now: '2026-03-10 10:00', elapsed: 120, due: '2026-03-11 16:30' },
    // Still waiting at Mon 15:00: 300 paused so far (09–12, 13–15). Elapsed 60 (08–09). Due: 900 left
    // from 15:00 → Mon 150, Tue 510, Wed 08:00 + 240 = 12:00.
    { name: 'still waiting', pauses: [pause('2026-03-09 09:00', null)], now: '2026-03-09 15:00', elapsed: 60, due: '2026-03-11 12:00' },
    // Still waiting at Tue 09:00: the same 510 paused as the closed pause above.
    { name: 'still waiting a day later', pauses: [pause('2026-03-09 09:00', null)], now: '2026-03-10 09:00', elapsed: 60, due: '2026-03-11 16:30' },
    // Only Mon 09:00 → 12:00 (180) is paused once merged. Elapsed at Mon 14:00: 08–09 + 13–14.
    // Due: Tue 16:30 + 180 → Tue 17:30 (60), Wed 08:00 + 120 = 10:00.
    { name: 'overlapping pauses count once', pauses: [pause('2026-03-09 09:00', '2026-03-09 11:00'), pause('2026-03-09 10:00', '2026-03-09 12:00')], now: '2026-03-09 14:00', elapsed: 120, due: '2026-03-11 10:00' },
    // A pause inside another one adds nothing: still 09:00 → 12:00.
    { name: 'a pause inside another counts once', pauses: [pause('2026-03-09 09:00', '2026-03-09 12:00'), pause('2026-03-09 10:00', '2026-03-09 11:00')], now: '2026-03-09 14:00', elapsed: 120, due: '2026-03-11 10:00' },
    // Only the part after the start counts: 08:00–09:00 = 60 → due Tue 17:30.
    { name: 'a pause that began before the request', pauses: [pause('2026-03-08 10:00', '2026-03-09 09:00')], now: '2026-03-09 10:00', elapsed: 60, due: '2026-03-10 17:30' },
    // 17:30 → 08:00 is not working time anyway.
    { name: 'a pause outside working time changes nothing', pauses: [pause('2026-03-09 18:00', '2026-03-10 07:00')], now: '2026-03-10 10:00', elapsed: 630, due: '2026-03-10 16:30' },
    // Pauses after `now` have not happened yet.
    { name: 'a pause after now is ignored', pauses: [pause('2026-03-09 11:00', '2026-03-09 12:00')], now: '2026-03-09 10:00', elapsed: 120, due: '2026-03-10 16:30' },
    { name: 'now before the start', pauses: [], now: '2026-03-08 10:00', elapsed: 0, due: '2026-03-10 16:30' },
  ];

  it.each(cases)('$name', ({ pauses, now, elapsed, due }) => {
    expect(elapsedWorkingMinutes(plain, start, vn(now), pauses)).toBe(elapsed);
    expect(dueAt(plain, start, target, pauses, vn(now)).toISOString()).toBe(vn(due).toISOString());
  });

  it('does not move a due time already passed when the request is paused later', () => {
    // 60-minute target due Mon 09:00; paused 10:00–11:00 after the breach.
    const pauses = [pause('2026-03-09 10:00', '2026-03-09 11:00')];
    expect(dueAt(plain, start, 60, pauses, vn('2026-03-09 12:00')).toISOString()).toBe(vn('2026-03-09 09:00').toISOString());
    // Elapsed at noon: 240 worked − 60 paused.
    expect(elapsedWorkingMinutes(plain, start, vn('2026-03-09 12:00'), pauses)).toBe(180);
  });

  it('refuses a pause that ends before it starts', () => {
    const pauses = [pause('2026-03-09 11:00', '2026-03-09 10:00')];
    expect(() => elapsedWorkingMinutes(plain, start, vn('2026-03-09 12:00'), pauses)).toThrow(RangeError);
    expect(() => dueAt(plain, start, 60, pauses, vn('2026-03-09 12:00'))).toThrow(RangeError);
  });
});

describe('vietnamPublicHolidays', () => {
  it('lists 2026', () => {
    expect(vietnamPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-02-16', name: 'Tết Nguyên đán (ngày cuối năm Âm lịch)' },
      { date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' },
      { date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2)' },
      { date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3)' },
      { date: '2026-02-20', name: 'Tết Nguyên đán (mùng 4)' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
    ]);
  });

  // Tết (mùng 1) and Giỗ Tổ (10/3) on the Vietnamese lunar calendar. 2023 has a leap second month, so
  // 10/3 is 29 April. In 2030 the new moon falls at 23:07 UTC+7 on 2 February (00:07 on the 3rd in
  // China): Vietnam's Tết is a day before China's Spring Festival.
  const lunar: [number, string, string][] = [
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-02', '2030-04-12'],
  ];
  it.each(lunar)('%i: Tết %s, Giỗ Tổ %s', (year, tet, hungKings) => {
    const byName = new Map(vietnamPublicHolidays(year).map((h) => [h.name, h.date]));
    expect(byName.get('Tết Nguyên đán (mùng 1)')).toBe(tet);
    expect(byName.get('Giỗ Tổ Hùng Vương (10/3 Âm lịch)')).toBe(hungKings);
    // Five Tết days in a row, the first being the day before mùng 1.
    const tetDays = vietnamPublicHolidays(year).filter((h) => h.name.startsWith('Tết Nguyên đán')).map((h) => h.date);
    const tetMs = Date.parse(tet);
    expect(tetDays).toEqual([-1, 0, 1, 2, 3].map((d) => new Date(tetMs + d * 86_400_000).toISOString().slice(0, 10)));
  });

  // The day joined to 2/9, as decided for 2021–2026 and by the same rule after.
  const bridges: [number, string][] = [
    [2021, '2021-09-03'], // 2/9 Thu → Fri
    [2022, '2022-09-01'], // Fri → Thu
    [2023, '2023-09-01'], // Sat → Fri
    [2024, '2024-09-03'], // Mon → Tue
    [2025, '2025-09-01'], // Tue → Mon
    [2026, '2026-09-01'], // Wed → Tue
    [2027, '2027-09-03'], // Thu → Fri
    [2028, '2028-09-01'], // Sat → Fri
    [2029, '2029-09-03'], // Sun → Mon
    [2030, '2030-09-03'], // Mon → Tue
  ];
  it.each(bridges)('%i: National Day bridge %s', (year, date) => {
    expect(vietnamPublicHolidays(year).find((h) => h.name === 'Quốc khánh (ngày liền kề)')?.date).toBe(date);
  });

  it('gives 11 sorted, distinct days of the year for every supported year', () => {
    for (let year = 2021; year <= 2100; year++) {
      const dates = vietnamPublicHolidays(year).map((h) => h.date);
      expect(dates, String(year)).toHaveLength(11);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(11);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });

  it('refuses years it does not know the law for', () => {
    for (const year of [2020, 2101, 2026.5]) expect(() => vietnamPublicHolidays(year)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const calendars: WorkCalendar[] = [
    { ...DEFAULT_CALENDAR, holidays: holidaysOf(2025, 2026, 2027) },
    { timeZone: 'Europe/Berlin', workDays: [1, 2, 3, 4, 5, 6], periods: [{ start: '09:00', end: '17:00' }], holidays: ['2026-12-25'] },
    // A night desk across a DST zone: the shift wraps midnight as two periods.
    { timeZone: 'America/New_York', workDays: [1, 2, 3, 4, 5, 6, 7], periods: [{ start: '00:00', end: '02:30' }, { start: '22:00', end: '24:00' }], holidays: [] },
  ];
  const calendar = fc.constantFrom(...calendars);
  const instant = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true });
  const minutes = fc.integer({ min: 0, max: 15_000 });

  it('addWorkingMinutes then workingMinutesBetween gives the minutes back, at the earliest instant', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, m) => {
        const due = addWorkingMinutes(cal, start, m);
        expect(workingMinutesBetween(cal, start, due)).toBe(m);
        if (m > 0) expect(workingMinutesBetween(cal, start, new Date(due.getTime() - 1))).toBeLessThan(m);
      }),
    );
  });

  it('is monotonic and additive', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const a = addWorkingMinutes(cal, start, lo);
        const b = addWorkingMinutes(cal, start, hi);
        expect(a.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
        expect(workingMinutesBetween(cal, start, a) + workingMinutesBetween(cal, a, b)).toBe(workingMinutesBetween(cal, start, b));
      }),
    );
  });

  it('elapsed time without pauses is the working time between', () => {
    fc.assert(
      fc.property(calendar, instant, instant, (cal, a, b) => {
        expect(elapsedWorkingMinutes(cal, a, b, [])).toBe(workingMinutesBetween(cal, a, b));
      }),
    );
  });

  it('at the due instant, the clock shows exactly the target', () => {
    const pauses = fc.array(
      fc.tuple(instant, fc.integer({ min: 0, max: 5 * 24 * 60 })).map(([from, length]): Pause => ({ from, to: new Date(from.getTime() + length * 60_000) })),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 5_000 }), pauses, (cal, start, target, ps) => {
        const now = new Date('2028-01-01T00:00:00Z'); // after every pause
        const due = dueAt(cal, start, target, ps, now);
        expect(elapsedWorkingMinutes(cal, start, due, ps)).toBe(target);
        expect(due.getTime()).toBeGreaterThanOrEqual(addWorkingMinutes(cal, start, target).getTime());
      }),
    );
  });
});

describe('computed public holidays (vietnamPublicHolidays: true)', () => {
  const computed: WorkCalendar = { ...DEFAULT_CALENDAR, vietnamPublicHolidays: true };

  it('counts Tết of any year without a saved list, as an explicit list of that year would', () => {
    // Tết 2031: 22–26 January (computed). Tuesday 21 January 16:00 + 240 min → Monday 27 January 10:30.
    expect(addWorkingMinutes(computed, vn('2031-01-21 16:00'), 240)).toEqual(vn('2031-01-27 10:30'));
    expect(addWorkingMinutes(plain, vn('2031-01-21 16:00'), 240)).toEqual(vn('2031-01-22 10:30'));
    fc.assert(
      fc.property(fc.integer({ min: 2022, max: 2099 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 20_000 }), (year, dayOfYear, minutes) => {
        const start = new Date(Date.UTC(year, 0, 1 + dayOfYear, 2));
        const listed: WorkCalendar = { ...DEFAULT_CALENDAR, holidays: holidaysOf(year - 1, year, year + 1) };
        expect(addWorkingMinutes(computed, start, minutes)).toEqual(addWorkingMinutes(listed, start, minutes));
      }),
      { numRuns: 60 },
    );
  });

  it('adds the workspace’s own days to the computed ones', () => {
    const own: WorkCalendar = { ...computed, holidays: ['2031-01-21'] };
    expect(addWorkingMinutes(own, vn('2031-01-20 16:00'), 240)).toEqual(vn('2031-01-27 10:30'));
    expect(workingMinutesBetween(own, vn('2031-01-20 08:00'), vn('2031-01-28 08:00'))).toBe(510 * 2);
  });
});
