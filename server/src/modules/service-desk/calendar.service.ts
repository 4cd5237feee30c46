import type { z } from 'zod';
import type { ZUpdateWorkCalendar } from '@tandem/shared';
import { asc, eq } from 'drizzle-orm';
import { holidays, workCalendars } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { DEFAULT_CALENDAR, vietnamPublicHolidays, type WorkCalendar } from './working-time';

/**
 * The workspace's working calendar. Until a workspace saves its own, it works Monday–Friday
 * 08:00–12:00 and 13:00–17:30 in Vietnam. Vietnam's statutory public holidays are not a stored list:
 * while `vietnamPublicHolidays` is on (the default), the clocks compute them for the year of whatever
 * day they reach (Tết from the lunar calendar), so 2031 has its Tết as surely as this year. The
 * `holidays` table holds only the workspace's own days off.
 */
export async function loadCalendar(tx: WorkspaceTx): Promise<WorkCalendar & { vietnamPublicHolidays: boolean; holidayNames: { date: string; name: string }[] }> {
  const [row] = await tx.select().from(workCalendars).limit(1);
  const stored = await tx.select({ date: holidays.date, name: holidays.name }).from(holidays).orderBy(asc(holidays.date));
  return {
    timeZone: row?.timeZone ?? DEFAULT_CALENDAR.timeZone,
    workDays: row?.workDays ?? [...DEFAULT_CALENDAR.workDays],
    periods: row?.periods ?? DEFAULT_CALENDAR.periods.map((p) => ({ ...p })),
    holidays: stored.map((h) => h.date),
    vietnamPublicHolidays: row?.vietnamPublicHolidays ?? true,
    holidayNames: stored,
  };
}

/** Statutory holidays of last, this and next year, for display. */
function publicHolidayList(on: boolean) {
  if (!on) return [];
  const year = new Date().getUTCFullYear();
  return [year - 1, year, year + 1].flatMap((y) => vietnamPublicHolidays(y));
}

export async function getCalendar(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'internal.read');
  const cal = await loadCalendar(tx);
  const statutory = publicHolidayList(cal.vietnamPublicHolidays);
  const statutoryDates = new Set(statutory.map((h) => h.date));
  return {
    timeZone: cal.timeZone,
    workDays: cal.workDays,
    periods: cal.periods,
    publicHolidays: cal.vietnamPublicHolidays,
    publicHolidayList: statutory,
    // Calendars saved before the statutory days were computed hold copies of them: not shown twice.
    holidays: cal.holidayNames.filter((h) => !statutoryDates.has(h.date)),
  };
}

/** Save working days, hours, the statutory-holidays switch and the workspace's own days off (the list given replaces the whole list). */
export async function updateCalendar(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZUpdateWorkCalendar>) {
  authorize(auth.role, 'servicedesk.configure');
  const current = await loadCalendar(tx);
  const periods = input.periods ?? current.periods;
  const workDays = input.workDays ?? current.workDays;
  const vietnamPublicHolidays = input.publicHolidays ?? current.vietnamPublicHolidays;
  await tx
    .insert(workCalendars)
    .values({ workspaceId: auth.workspaceId, workDays, periods, vietnamPublicHolidays })
    .onConflictDoUpdate({ target: workCalendars.workspaceId, set: { workDays, periods, vietnamPublicHolidays, updatedAt: new Date() } });
  if (input.holidays) {
    await tx.delete(holidays).where(eq(holidays.workspaceId, auth.workspaceId));
    if (input.holidays.length) await tx.insert(holidays).values(input.holidays.map((h) => ({ workspaceId: auth.workspaceId, date: h.date, name: h.name }))).onConflictDoNothing();
  }
  return getCalendar(tx, auth);
}
