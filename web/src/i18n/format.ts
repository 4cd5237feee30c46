import { useTranslation } from 'react-i18next';
import type { Locale } from '@tandem/shared';

// Vietnamese dates read d/M/yyyy; English follows en-GB (dd/MM/yyyy), never US month-first.
const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const toIntl = (language: string): string => (language === 'en' ? INTL_LOCALE.en : INTL_LOCALE.vi);

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** Date and time formatters bound to the current UI language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = toIntl(i18n.language);

  const date = (iso: string): string =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(iso));

  const dateTime = (iso: string): string =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));

  /** "3 phút trước" / "3 minutes ago"; a week or older falls back to the date. */
  const relative = (iso: string, now: number = Date.now()): string => {
    let value = (new Date(iso).getTime() - now) / 1000;
    const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (const [unit, size] of RELATIVE_STEPS) {
      if (Math.abs(value) < size) return format.format(Math.round(value), unit);
      value /= size;
    }
    return date(iso);
  };

  return { date, dateTime, relative };
}
