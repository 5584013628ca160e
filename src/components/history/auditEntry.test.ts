import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n/allCatalogues';
import { plainValue, type Wording } from './auditEntry';
import { FIELD_KINDS, kindOf, referencedIds } from './fieldKinds';

/** The words of the English catalogue, as react-admin's translate gives them. */
function translate(key: string, options: Record<string, unknown> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogues.en);
  const text = typeof found === 'string' ? found : String(options._ ?? key);
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
}

const CITIES: Record<number, string> = { 1411: 'Lomé, TG' };
const wording: Wording = { translate, locale: 'en', nameOf: (resource, id) => (resource === 'cities' ? CITIES[id] : undefined) };
const say = (resource: string, field: string, value: unknown) => plainValue(value, kindOf(resource, field), wording);

describe('a recorded value in plain words', () => {
  it('says empty, yes/no and plain numbers and text as they are', () => {
    expect([null, '', [], true, false].map((value) => say('cities', 'notes', value))).toEqual(['—', '—', '—', 'Yes', 'No']);
    expect(say('cities', 'populationYear', 2024)).toBe('2024');
    expect(say('cities', 'population', 12500)).toBe('12,500');
    expect(say('cities', 'notes', { stage: 'signed' })).toBe('{"stage":"signed"}');
  });

  it('names what keys stand for: stages, kinds, focus areas, event types, roles, regions, countries, languages', () => {
    expect(say('partnerships', 'stage', 'signed')).toBe('Signed');
    expect(say('partnerships', 'focusAreas', ['arts_culture', 'youth_education'])).toBe('Arts & culture, Youth & education');
    expect(say('events', 'type', 'annual_awards')).toBe('Annual awards');
    expect(say('programs', 'status', 'running')).toBe('Running');
    expect(say('users', 'role', 'coordinator')).toBe('Regional coordinator');
    expect(say('users', 'region', 'Western')).toBe('Western Africa');
    expect(say('cities', 'country', 'GH')).toBe('Ghana');
    expect(say('cities', 'languages', ['fr', 'ee'])).toBe('French, Ewe');
  });

  it('names the records ids point to, and says so plainly of one that is gone', () => {
    expect(say('partnerships', 'africanCityId', 1411)).toBe('Lomé, TG');
    expect(say('partnerships', 'usCityId', 77)).toBe('a deleted city (#77)');
    expect(say('programs', 'cityIds', [1411, 77])).toBe('Lomé, TG, a deleted city (#77)');
  });

  it('gives dates as days and instants as day and time', () => {
    expect(say('partnerships', 'signedAt', '2026-12-02')).toBe('Dec 2, 2026');
    expect(say('events', 'startsAt', '2026-12-02T10:00:00.000Z')).toMatch(/^Dec \d, 2026, \d{1,2}:\d{2}/);
  });
});

describe('the fields the history explains', () => {
  it('name only groups of labels the catalogue has', () => {
    const groups = Object.values(FIELD_KINDS).flatMap((fields) =>
      Object.values(fields).flatMap((kind) => (typeof kind === 'object' && 'list' in kind ? [kind.list] : [kind])),
    );
    const labelGroups = groups.flatMap((kind) => (typeof kind === 'object' && 'enum' in kind ? [kind.enum] : []));
    expect(labelGroups.filter((group) => typeof (catalogues.en.app as Record<string, unknown>)[group] !== 'object')).toEqual([]);
  });

  it('gather the ids to look up, per resource, once each', () => {
    const entries: Parameters<typeof referencedIds>[0] = [
      { resource: 'partnerships', recordId: 5, changes: { africanCityId: { before: 1, after: 2 }, ownerId: { before: null, after: 3 }, notes: { before: 'a', after: 'b' } } },
      { resource: 'events', recordId: 9, changes: { partnershipIds: { before: [5], after: [5, 6] }, cityId: { before: null, after: 2 } } },
    ];
    const ids = referencedIds(entries, { records: true });
    expect(Object.fromEntries(Object.entries(ids).map(([resource, set]) => [resource, [...set].sort()]))).toEqual({
      cities: [1, 2],
      partnerships: [5, 6],
      events: [9],
      programs: [],
      inquiries: [],
      users: [3],
    });
  });
});
