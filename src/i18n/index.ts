import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { catalogues, LOCALES, type Locale } from './catalogues';

const isLocale = (value: string): value is Locale => LOCALES.some((l) => l.locale === value);

export function createI18nProvider(initialLocale?: string) {
  const browser = resolveBrowserLocale('en');
  const locale = initialLocale ?? (isLocale(browser) ? browser : 'en');
  return polyglotI18nProvider((l) => catalogues[isLocale(l) ? l : 'en'], locale, [...LOCALES], {
    // A missing key must show up in tests, not silently fall back.
    allowMissing: false,
  });
}

export { LOCALES, catalogues };
