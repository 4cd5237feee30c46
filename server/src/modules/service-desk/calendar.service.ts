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
 * 08:00–12:00 and 13:00–17:30 in Vietnam, with Vietnam's public holidays of last, this and next year.
 */
export async function loadCalendar(tx: WorkspaceTx): Promise<WorkCalendar & { holidayNames: { date: string; name: string }[] }> {
  const [row] = await tx.select().from(workCalendars).limit(1);
  const stored = await tx.select({ date: holidays.date, name: holidays.name }).from(holidays).orderBy(asc(holidays.date));
  const year = new Date().getUTCFullYear();
  const holidayNames = row || stored.length ? stored : [year - 1, year, year + 1].flatMap((y) => vietnamPublicHolidays(y));
  return {
    timeZone: row?.timeZone ?? DEFAULT_CALENDAR.timeZone,
    workDays: row?.workDays ?? [...DEFAULT_CALENDAR.workDays],
    periods: row?.periods ?? DEFAULT_CALENDAR.periods.map((p) => ({ ...p })),
    holidays: holidayNames.map((h) => h.date),
    holidayNames,
  };
}

export async function getCalendar(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'internal.read');
  const cal = await loadCalendar(tx);
  return { timeZone: cal.timeZone, workDays: cal.workDays, periods: cal.periods, holidays: cal.holidayNames };
}

/** Save working days, hours and holidays (the holidays given replace the whole list). */
export async function updateCalendar(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZUpdateWorkCalendar>) {
  authorize(auth.role, 'servicedesk.configure');
  const current = await loadCalendar(tx);
  const periods = input.periods ?? current.periods;
  await tx
    .insert(workCalendars)
    .values({ workspaceId: auth.workspaceId, workDays: input.workDays ?? current.workDays, periods })
    .onConflictDoUpdate({ target: workCalendars.workspaceId, set: { workDays: input.workDays ?? current.workDays, periods, updatedAt: new Date() } });
  const list = input.holidays ?? current.holidayNames;
  await tx.delete(holidays).where(eq(holidays.workspaceId, auth.workspaceId));
  if (list.length) await tx.insert(holidays).values(list.map((h) => ({ workspaceId: auth.workspaceId, date: h.date, name: h.name }))).onConflictDoNothing();
  return getCalendar(tx, auth);
}
