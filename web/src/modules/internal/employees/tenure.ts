const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const parts = (isoDay: string): [number, number, number] | null => {
  const match = ISO_DAY.exec(isoDay);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
};

/** Today as an ISO day in Vietnam time (where the company works), whatever the device's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Complete months of service from `start` to `end` (both ISO days): 2024-01-31 → 2024-02-29 is 0,
 * → 2024-03-01 is 1. Null before the start date (someone hired for next month).
 */
export function tenureMonths(start: string, end: string): number | null {
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return null;
  let months = (b[0] - a[0]) * 12 + (b[1] - a[1]);
  if (b[2] < a[2]) months -= 1;
  return months < 0 ? null : months;
}

/** 38 → { years: 3, months: 2 }. */
export const splitTenure = (months: number): { years: number; months: number } => ({ years: Math.floor(months / 12), months: months % 12 });

/** How long someone has been (or was) with the company: until their leaving day if they left. */
export function employeeTenure(employee: { startDate: string; leftDate: string | null; status: string }, today: string = todayInVietnam()): number | null {
  return tenureMonths(employee.startDate, employee.status === 'left' && employee.leftDate ? employee.leftDate : today);
}
