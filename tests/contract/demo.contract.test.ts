// @vitest-environment node
/**
 * The demo pipeline (every gazetteer city, 600 partnerships, events, programs: the data a
 * fresh install starts with): every sortable field in both directions, the filters the UI
 * sends, the gazetteer and the progress figures. Each answer is computed from the demo data:
 * the records as the dataset derives them (recordViews), in the contract's order (./order.ts),
 * each filter a predicate stated beside it; the figures are computeProgress's.
 */
import { expect, it } from 'vitest';
import {
  addDays,
  AU_REGIONS,
  computeProgress,
  countsTowardGoal,
  DEFAULT_SETTINGS,
  foldText,
  LIST_SPECS,
  regionOf,
  sideOfCountry,
  type FieldSpec,
  type ListResource,
} from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { initiativeCities } from '../../scripts/gazetteer';
import { describeContract } from './contract';
import { partnershipViews, recordViews, TODAY } from './dataset';
import { listOrder, searchFinds } from './order';
import { listPath, type ListParams } from './requests';

const gazetteer = initiativeCities();
let demo: SeedData | undefined;
const demoData = () => (demo ??= generateSeed({ gazetteer, today: TODAY }));

const SORTS = (Object.keys(LIST_SPECS) as ListResource[]).flatMap((resource) =>
  Object.entries(LIST_SPECS[resource].fields as Record<string, FieldSpec>)
    .filter(([, spec]) => spec.sort)
    .flatMap(([field]) => (['ASC', 'DESC'] as const).map((order) => ({ resource, field, order }))),
);

type Row = { id: number } & Record<string, any>;
const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : null);
/** A date filter's range, days included: `_lte` takes in the whole of its day. */
const within = (value: unknown, from: string | null, until: string | null) => {
  const d = day(value);
  return d !== null && (from === null || d >= from) && (until === null || d < addDays(until, 1));
};
const anyOf = (values: unknown, wanted: readonly unknown[]) => Array.isArray(values) && values.some((value) => wanted.includes(value));
const finds = (resource: ListResource, q: string) => (row: Row) => searchFinds(LIST_SPECS[resource], q, row);

const FILTERS: Array<[ListResource, ListParams['filter'], (row: Row) => boolean]> = [
  ['cities', { side: 'africa', region: 'Western' }, (c) => c.side === 'africa' && c.region === 'Western'],
  ['cities', { q: 'san' }, finds('cities', 'san')],
  ['cities', { q: 'é' }, finds('cities', 'é')],
  ['cities', { q: 'YAOUNDE' }, finds('cities', 'YAOUNDE')],
  ['cities', { q: 'ès' }, finds('cities', 'ès')],
  ['cities', { sciMember: true, duesPaidThrough_lte: TODAY }, (c) => c.sciMember === true && within(c.duesPaidThrough, null, TODAY)],
  ['cities', { languages: ['fr', 'pt'], population_gte: 500_000 }, (c) => anyOf(c.languages, ['fr', 'pt']) && c.population !== null && c.population >= 500_000],
  ['partnerships', { stage: ['interest', 'exploring', 'proposal', 'approvals'], region: 'Eastern' }, (p) => ['interest', 'exploring', 'proposal', 'approvals'].includes(p.stage) && p.region === 'Eastern'],
  ['partnerships', { stalled: true }, (p) => p.stalled === true],
  ['partnerships', { counted: true, region: 'Southern' }, (p) => countsTowardGoal(p as never, DEFAULT_SETTINGS, TODAY) && p.region === 'Southern'],
  ['partnerships', { counted: false }, (p) => !countsTowardGoal(p as never, DEFAULT_SETTINGS, TODAY)],
  ['partnerships', { focusAreas: ['youth_education'], cohort: '500in5' }, (p) => anyOf(p.focusAreas, ['youth_education']) && p.cohort === '500in5'],
  ['partnerships', { signedAt_gte: '2024-03-01', signedAt_lte: '2025-02-28' }, (p) => within(p.signedAt, '2024-03-01', '2025-02-28')],
  ['partnerships', { q: 'port' }, finds('partnerships', 'port')],
  ['partnerships', { q: 'lome' }, finds('partnerships', 'lome')],
  ['partnerships', { cityId: 1 }, (p) => p.africanCityId === 1 || p.usCityId === 1],
  ['partnerships', { usRegion: 'South', kind: 'friendship' }, (p) => p.usRegion === 'South' && p.kind === 'friendship'],
  ['events', { startsAt_gte: '2026-01-01', startsAt_lte: TODAY }, (e) => within(e.startsAt, '2026-01-01', TODAY)],
  ['events', { partnershipIds: [48, 57, 58, 61, 66] }, (e) => anyOf(e.partnershipIds, [48, 57, 58, 61, 66])],
  ['events', { type: ['signing_ceremony', 'delegation_visit'], virtual: false }, (e) => ['signing_ceremony', 'delegation_visit'].includes(e.type) && e.virtual === false],
  ['events', { regions: ['Central', 'Southern'] }, (e) => anyOf(e.regions, ['Central', 'Southern'])],
  ['programs', { status: ['open', 'running'] }, (p) => ['open', 'running'].includes(p.status)],
  ['programs', { cityIds: [1, 2, 3] }, (p) => anyOf(p.cityIds, [1, 2, 3])],
  ['programs', { regions: 'Western' }, (p) => anyOf(p.regions, ['Western'])],
];

/** What GET /api/gazetteer must answer: names starting with the query, then holding it, each in gazetteer order; ten at most. */
function gazetteerAnswer(data: SeedData, q: string, side: string) {
  const needle = foldText(q.trim());
  const inSide = gazetteer.filter((place) => !side || sideOfCountry(place.country) === side);
  const starting = inSide.filter((place) => foldText(place.name).startsWith(needle));
  const inside = inSide.filter((place) => !foldText(place.name).startsWith(needle) && foldText(place.name).includes(needle));
  const known = new Map(data.cities.filter((c) => c.geonameId !== null).map((c) => [c.geonameId, c.id]));
  return [...starting, ...inside]
    .slice(0, 10)
    .map((place) => ({ ...place, side: sideOfCountry(place.country), region: regionOf(place.country, place.admin1) ?? null, cityId: known.get(place.geonameId) ?? null }));
}

describeContract('the demo pipeline', { data: demoData, reset: 'once', gazetteer }, ({ api }) => {
  const views = recordViews(demoData());
  const rowsOf = (resource: ListResource) => [...views[resource].values()] as Row[];
  const get = async (path: string) => {
    const response = await api().request('GET', path);
    return { status: response.status, json: response.json, contentRange: response.headers.get('Content-Range') };
  };

  it.each(SORTS)('$resource sorted by $field $order', async ({ resource, field, order }) => {
    const sorted = rowsOf(resource).sort(listOrder(LIST_SPECS[resource], { field, order }));
    const page = sorted.slice(0, 150);
    const answer = await get(listPath(resource, { sort: [field, order], range: [0, 149] }));
    expect(answer).toEqual({ status: 200, json: page, contentRange: `${resource} 0-${page.length - 1}/${sorted.length}` });
  });

  it.each(FILTERS)('%s filtered by %j', async (resource, filter, predicate) => {
    const matching = rowsOf(resource).filter(predicate).sort(listOrder(LIST_SPECS[resource], LIST_SPECS[resource].defaultSort));
    expect(matching.length).toBeGreaterThan(0);
    const page = matching.slice(0, 100);
    const answer = await get(listPath(resource, { filter, range: [0, 99] }));
    expect(answer).toEqual({ status: 200, json: page, contentRange: `${resource} 0-${page.length - 1}/${matching.length}` });
  });

  // getMany is no page of 25.
  it('getMany answers every record named, whatever their number', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => i + 1);
    const answer = await get(listPath('cities', { filter: { id: ids.toReversed() } }));
    expect(answer).toEqual({ status: 200, json: ids.map((id) => views.cities.get(id)!).sort(listOrder(LIST_SPECS.cities, LIST_SPECS.cities.defaultSort)), contentRange: 'cities 0-39/40' });
  });

  it.each([
    ['lo', 'africa'],
    ['san', 'us'],
    ['é', ''],
    ['ACC', 'africa'],
    ['yaounde', ''],
    ['SETIF', 'africa'],
    ['fès', 'africa'],
  ])('the gazetteer looks up %j (%s)', async (q, side) => {
    const expected = gazetteerAnswer(demoData(), q, side);
    expect(expected.length).toBeGreaterThan(0);
    const answer = await get(`/api/gazetteer?q=${encodeURIComponent(q)}${side ? `&side=${side}` : ''}`);
    expect({ status: answer.status, json: answer.json }).toEqual({ status: 200, json: expected });
  });

  it.each([null, ...AU_REGIONS])('progress figures for region %s equal computeProgress', async (region) => {
    const response = await api().request('GET', `/api/stats/progress${region ? `?region=${region}` : ''}`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual(computeProgress(partnershipViews(demoData()), DEFAULT_SETTINGS, TODAY, region));
  });
});
