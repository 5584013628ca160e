import { AU_COUNTRY_CODES, auCountryName } from '../domain';

const displayNames = new Map<string, Intl.DisplayNames>();
/** Country names in `locale` (cached: Intl objects are costly to build, and lists ask per row). */
function namesIn(locale: string) {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names;
}

/**
 * A country code in the user's language, by the browser's own names ("Ghana", "États-Unis");
 * the AU data file's English name otherwise; nothing for no code.
 */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  return namesIn(locale).of(code) ?? auCountryName(code) ?? code;
}

/** Countries as choices, named in the user's language, in its alphabetical order. */
export function countryChoices(codes: readonly string[], locale: string): { id: string; name: string }[] {
  return codes
    .map((code) => ({ id: code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The AU member states as choices. */
export const auCountryChoices = (locale: string) => countryChoices(AU_COUNTRY_CODES, locale);
