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

/** Date and time formatters bound to the current UI language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (iso: string) => formatDate(iso, language),
    dateTime: (iso: string) => formatDateTime(iso, language),
    relative: (iso: string) => formatRelative(iso, language),
  };
}
