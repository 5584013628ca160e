import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
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

describe('translation catalogues', () => {
  const en = keysOf(catalogues.en).sort();
  const fr = keysOf(catalogues.fr).sort();

  it('have the same keys in English and French', () => {
    expect(en.filter((key) => !fr.includes(key))).toEqual([]);
    expect(fr.filter((key) => !en.includes(key))).toEqual([]);
  });

  it('have no empty message', () => {
    expect(emptyMessages(catalogues.en)).toEqual([]);
    expect(emptyMessages(catalogues.fr)).toEqual([]);
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
