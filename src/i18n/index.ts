import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { isLocale, loadCatalogue, loadedCatalogue, LOCALES, type Locale } from './catalogues';

/** The app's store key (App.tsx) under which react-admin keeps the chosen language. */
const STORED_LOCALE = 'RaStore500in5.locale';

/** The language chosen before, or the browser's when it is one of ours, or English. */
export function preferredLocale(): Locale {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORED_LOCALE) ?? 'null');
    if (isLocale(stored)) return stored;
  } catch {
    // An unreadable entry is no choice.
  }
  const browser = resolveBrowserLocale('en');
  return isLocale(browser) ? browser : 'en';
}

/**
 * react-admin's translator over our catalogues. It starts in `initialLocale` when that
 * catalogue has loaded (main.tsx loads it first), else in English; react-admin asks for the
 * others as the user switches, and waits for them.
 */
export function createI18nProvider(initialLocale: string = preferredLocale()) {
  const locale = isLocale(initialLocale) && loadedCatalogue(initialLocale) ? initialLocale : 'en';
  return polyglotI18nProvider(
    (requested) => {
      const known = isLocale(requested) ? requested : 'en';
      return loadedCatalogue(known) ?? loadCatalogue(known);
    },
    locale,
    [...LOCALES],
    // A missing key must show up in tests, not silently fall back.
    { allowMissing: false },
  );
}

export { LOCALES, loadCatalogue, isLocale, type Locale };
export { isRightToLeft } from './catalogues';
