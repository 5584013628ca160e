import { describe, expect, it } from 'vitest';
import { catalogues } from './allCatalogues';
import { loadCatalogue, LOCALES, type Locale } from './catalogues';
import { STAGES, AU_REGIONS, US_REGIONS, FOCUS_AREAS, PARTNERSHIP_KINDS, COHORTS, EVENT_TYPES, PROGRAM_KINDS, PROGRAM_STATUSES } from '../domain';

/** Every leaf key of a nested catalogue, dotted. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Keys whose message is blank (react-admin itself leaves ra.boolean.null blank on purpose). */
function emptyMessages(messages: object): string[] {
  return keysOf(messages).filter((key) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
    return key !== 'ra.boolean.null' && (typeof value !== 'string' || value.trim() === '');
  });
}

const LANGUAGES = Object.keys(catalogues) as Locale[];
/** A message's value by its dotted key. */
const valueOf = (messages: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
const placeholders = (message: string) => [...new Set(message.match(/%\{\w+\}/g) ?? [])].sort();

describe('translation catalogues', () => {
  const en = keysOf(catalogues.en).sort();

  it('are four: the African Union’s working languages, each in the language menu', () => {
    expect(LOCALES.map(({ locale }) => locale)).toEqual(['en', 'fr', 'pt', 'ar']);
    expect(LANGUAGES).toEqual(['en', 'fr', 'pt', 'ar']);
  });

  it.each(LANGUAGES)('have the same keys in English and in %s', (locale) => {
    const keys = keysOf(catalogues[locale]).sort();
    expect(en.filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !en.includes(key))).toEqual([]);
  });

  it.each(LANGUAGES)('have no empty message in %s', (locale) => {
    expect(emptyMessages(catalogues[locale])).toEqual([]);
  });

  it.each(LANGUAGES)('keep in %s the placeholders of every English message, and give each plural its forms', (locale) => {
    // Polyglot's plural forms: two in these languages, six in Arabic (zero, one, two, few, many, other).
    const forms = locale === 'ar' ? 6 : 2;
    const wrong = en.flatMap((key) => {
      const english = valueOf(catalogues.en, key);
      const translated = valueOf(catalogues[locale], key);
      const problems = [];
      // react-admin's own French (ra-language-french) words a few messages without their placeholders.
      const kept = locale === 'fr' && key.startsWith('ra.');
      if (!kept && placeholders(english).join() !== placeholders(translated).join()) problems.push(`${key}: ${translated}`);
      if (english.includes('||||') && translated.split('||||').length !== forms) problems.push(`${key}: plural forms`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it.each(LANGUAGES.filter((locale) => locale !== 'en'))('load in %s as the import page and the tests read them', async (locale) => {
    expect(await loadCatalogue(locale)).toEqual(catalogues[locale]);
  });

  it('name every value of the domain’s enumerations', () => {
    const groups: Record<string, readonly string[]> = {
      stage: STAGES,
      region: [...AU_REGIONS, ...US_REGIONS],
      focusArea: FOCUS_AREAS,
      kind: PARTNERSHIP_KINDS,
      cohort: COHORTS,
      eventType: EVENT_TYPES,
      programKind: PROGRAM_KINDS,
      programStatus: PROGRAM_STATUSES,
    };
    const missing = Object.entries(groups).flatMap(([group, values]) =>
      values.filter((value) => !en.includes(`app.${group}.${value}`)).map((value) => `app.${group}.${value}`),
    );
    expect(missing).toEqual([]);
  });

  it('name every validation message the domain schemas can raise', async () => {
    const sources = import.meta.glob('../domain/**/*.ts', { query: '?raw', import: 'default', eager: true });
    const used = new Set(
      Object.entries(sources)
        .filter(([path]) => !path.includes('.test.'))
        .flatMap(([, text]) => [...(text as string).matchAll(/'(app\.(?:validation|stage\.refused)\.[A-Za-z]+)'/g)].map((m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !en.includes(key))).toEqual([]);
  });
});
