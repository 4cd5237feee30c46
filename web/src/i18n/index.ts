import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@tandem/shared';
import { LOCALES } from '../ui/sharedLists';
import { setRequestLanguage } from '../api/client';
import vi from './vi.json';
import en from './en.json';
import internalVi from './internal.vi.json';
import internalEn from './internal.en.json';

// Both catalogues must have exactly the same keys; a missing translation fails the type check.
const enChecked: typeof vi = en;
const viChecked: typeof en = vi;
const internalEnChecked: typeof internalVi = internalEn;
const internalViChecked: typeof internalEn = internalVi;

const STORAGE_KEY = 'tandem.locale';
export const DEFAULT_LOCALE: Locale = 'vi';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language remembered on this device, or Vietnamese. */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the default.
    return DEFAULT_LOCALE;
  }
}

/** Switch the UI language and remember it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is acceptable; the language still changes for this visit.
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** The current UI language as a Tandem locale. */
export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);

i18n.on('languageChanged', (language) => {
  // Unit tests import features (and so this module) outside a browser.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  setRequestLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: viChecked, internal: internalViChecked }, en: { translation: enChecked, internal: internalEnChecked } },
  lng: readStoredLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export { i18n };
