import { AU_COUNTRY_CODES, US_STATE_CODES, usStateName } from '../../domain';
import { countryChoices } from '../../lib/countries';

/** The state's name for a US city; an African province keeps its GeoNames code. */
export function admin1Name(country: string | null | undefined, admin1: string | null | undefined): string {
  if (!admin1) return '';
  return country === 'US' ? (usStateName(admin1) ?? admin1) : admin1;
}

const byName = (locale: string) => (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);

/** The countries a city may be in: the AU member states and the United States, by name in the user's language. */
export const cityCountryChoices = (locale: string) => countryChoices([...AU_COUNTRY_CODES, 'US'], locale);

/** The 50 states and DC, by name. */
export const STATE_CHOICES = US_STATE_CODES.map((code) => ({ id: code, name: usStateName(code) ?? code })).sort(
  byName('en'),
);

/**
 * Languages staff pick most often (ISO 639-1): the official and widely spoken languages of
 * AU member states, then those most spoken at home in US partner cities.
 */
export const COMMON_LANGUAGES = [
  'af', 'ak', 'am', 'ar', 'bm', 'ee', 'en', 'es', 'ff', 'fr', 'ha', 'ht', 'ig', 'kg', 'ki', 'ko',
  'lg', 'ln', 'mg', 'ny', 'om', 'pt', 'rn', 'rw', 'sg', 'sn', 'so', 'ss', 'st', 'sw', 'ti', 'tl',
  'tn', 'tw', 'vi', 'wo', 'xh', 'yo', 'zh', 'zu',
] as const;

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the user's language, from the browser's own data (no catalogue needed). */
export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // A malformed code (typed by hand before validation) has no name: show the code itself.
    return code;
  }
}

/** Language choices: the common ones plus any the record already has, by name. */
export function languageChoices(locale: string, current: readonly string[] = []) {
  const codes = new Set<string>([...COMMON_LANGUAGES, ...current]);
  return [...codes].map((code) => ({ id: code, name: languageName(code, locale) })).sort(byName(locale));
}
