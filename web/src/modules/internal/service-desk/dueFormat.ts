import { useTranslation } from 'react-i18next';

const intlLocale = (language: string): string => (language === 'en' ? 'en-GB' : 'vi-VN');

/**
 * A due time, short: "14:30 26/11" — the year only when it is not this year ("14:30 3/1/2027").
 * Vietnamese puts the day before the month, like the rest of the app.
 */
export function formatDue(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  const sameYear = date.getFullYear() === now.getFullYear();
  const day = language === 'en'
    ? `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}`
    : `${date.getDate()}/${date.getMonth() + 1}`;
  return `${time} ${day}${sameYear ? '' : `/${date.getFullYear()}`}`;
}

export function useDueFormatter() {
  const { i18n } = useTranslation();
  return (iso: string) => formatDue(iso, i18n.language);
}
