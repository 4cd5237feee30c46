import { useTranslation } from 'react-i18next';

// Vietnamese dates read d/M/yyyy; English follows en-GB (dd/MM/yyyy), never US month-first.
const intlLocale = (language: string): string => (language === 'en' ? 'en-GB' : 'vi-VN');

/** A calendar date: "5/3/2025" in Vietnamese, "05/03/2025" in English. */
export const formatDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'numeric', year: 'numeric' }).format(
    new Date(iso),
  );

/** A date with the time of day, for moments such as when a lock ends. */
export const formatDateTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** "3 phút trước" / "3 minutes ago"; a week or more away falls back to the date. */
export function formatRelative(iso: string, language: string, now: number = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return formatDate(iso, language);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day without a time (a birthday, a custom date field: "1990-08-15") as "15/8/1990". Read from its
 * parts, never through `Date` in the local time zone, which can move it to the day before.
 */
export function formatDay(isoDay: string, language: string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  const [, y, m, d] = match;
  return language === 'en' ? `${d}/${m}/${y}` : `${Number(d)}/${Number(m)}/${y}`;
}

/**
 * What someone typed as a date — "15/8/1990", "15-08-1990", "15.8.1990" (day first, as in Vietnam) or
 * "1990-08-15" — as an ISO day, or null when it is not a real date.
 */
export function parseDay(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DAY.exec(value);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole đồng: "1.234.568 ₫" in Vietnamese, "1,234,568 ₫" in English (the symbol always after). */
export function formatMoney(amount: number, language: string): string {
  const digits = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(Math.round(amount));
  return `${digits}\u00a0₫`;
}

/** A number with the language's grouping: "1.234,5" in Vietnamese, "1,234.5" in English. */
export const formatNumber = (value: number, language: string): string =>
  new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(value);

/**
 * A stored phone (E.164, or a 1800/1900 number) as Vietnamese people write it: "0912 345 678",
 * "024 3826 1234", "0236 382 2222", "1900 545 415". Anything else is shown as stored.
 */
export function formatPhone(stored: string): string {
  if (/^1[89]00\d{4,6}$/.test(stored)) {
    return stored.length === 8 ? `${stored.slice(0, 4)} ${stored.slice(4)}` : `${stored.slice(0, 4)} ${stored.slice(4, 7)} ${stored.slice(7)}`;
  }
  const vn = /^\+84(\d{9,10})$/.exec(stored);
  if (!vn?.[1]) return stored;
  const d = `0${vn[1]}`;
  if (d.length === 10 && d[1] !== '2') return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (d.length === 11 && d[1] === '2') {
    // Hà Nội (024) and TP. Hồ Chí Minh (028) have 2-digit area codes; the other provinces 3.
    return d[2] === '4' || d[2] === '8'
      ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`
      : `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  }
  return stored;
}

/** A `tel:` link target for a stored phone. */
export const telHref = (stored: string): string => `tel:${stored.replace(/[^\d+]/g, '')}`;

/** Date, number, money and phone formatters bound to the current UI language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (iso: string) => formatDate(iso, language),
    dateTime: (iso: string) => formatDateTime(iso, language),
    relative: (iso: string) => formatRelative(iso, language),
    day: (isoDay: string) => formatDay(isoDay, language),
    money: (amount: number) => formatMoney(amount, language),
    number: (value: number) => formatNumber(value, language),
    phone: formatPhone,
  };
}
