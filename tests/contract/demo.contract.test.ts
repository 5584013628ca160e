// @vitest-environment node
/**
 * The demo pipeline (every gazetteer city, 600 partnerships, events, programs: the data a
 * fresh install starts with): every sortable field in both directions, the filters the UI
 * sends, the gazetteer and the progress figures must answer as the mock does.
 */
import { expect, it } from 'vitest';
import { AU_REGIONS, computeProgress, DEFAULT_SETTINGS, LIST_SPECS, type FieldSpec, type ListResource } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { initiativeCities } from '../../scripts/gazetteer';
import { describeContract } from './contract';
import { partnershipViews, TODAY } from './dataset';
import { listPath, shown, type ListParams } from './requests';

const gazetteer = initiativeCities();
let demo: SeedData | undefined;
const demoData = () => (demo ??= generateSeed({ gazetteer, today: TODAY }));

const SORTS = (Object.keys(LIST_SPECS) as ListResource[]).flatMap((resource) =>
  Object.entries(LIST_SPECS[resource].fields as Record<string, FieldSpec>)
    .filter(([, spec]) => spec.sort)
    .flatMap(([field]) => (['ASC', 'DESC'] as const).map((order) => ({ resource, field, order }))),
);

const FILTERS: Array<[ListResource, ListParams['filter']]> = [
  ['cities', { side: 'africa', region: 'Western' }],
  ['cities', { q: 'san' }],
  ['cities', { q: 'é' }],
  ['cities', { sciMember: true, duesPaidThrough_lte: TODAY }],
  ['cities', { languages: ['fr', 'pt'], population_gte: 500_000 }],
  ['partnerships', { stage: ['interest', 'exploring', 'proposal', 'approvals'], region: 'Eastern' }],
  ['partnerships', { stalled: true }],
  ['partnerships', { focusAreas: ['youth_education'], cohort: '500in5' }],
  ['partnerships', { signedAt_gte: '2024-03-01', signedAt_lte: '2025-02-28' }],
  ['partnerships', { q: 'port' }],
  ['partnerships', { cityId: 1 }],
  ['partnerships', { usRegion: 'South', kind: 'friendship' }],
  ['events', { startsAt_gte: '2026-01-01', startsAt_lte: TODAY }],
  ['events', { partnershipIds: [1, 2, 3, 4, 5] }],
  ['events', { type: ['signing_ceremony', 'delegation_visit'], virtual: false }],
  ['programs', { status: ['open', 'running'] }],
  ['programs', { cityIds: [1, 2, 3] }],
];

describeContract('the demo pipeline', { data: demoData, reset: 'once', gazetteer }, ({ api, reference }) => {
  /** The answers of the backend and of the mock, as a client sees them. */
  const bothAnswer = async (path: string) => {
    const [got, expected] = await Promise.all([api().request('GET', path), reference().request('GET', path)]);
    const view = (response: typeof got) => ({ ...shown(response), contentRange: response.headers.get('Content-Range') });
    return { got: view(got), expected: view(expected) };
  };

  it.each(SORTS)('$resource sorted by $field $order', async ({ resource, field, order }) => {
    const { got, expected } = await bothAnswer(listPath(resource, { sort: [field, order], range: [0, 149] }));
    expect(got.status).toBe(200);
    expect(got).toEqual(expected);
  });

  it.each(FILTERS)('%s filtered by %j', async (resource, filter) => {
    const { got, expected } = await bothAnswer(listPath(resource, { filter, range: [0, 99] }));
    expect(got.status).toBe(200);
    expect(got).toEqual(expected);
  });

  it.each([
    ['lo', 'africa'],
    ['san', 'us'],
    ['é', ''],
    ['ACC', 'africa'],
  ])('the gazetteer looks up %j (%s)', async (q, side) => {
    const { got, expected } = await bothAnswer(`/api/gazetteer?q=${encodeURIComponent(q)}${side ? `&side=${side}` : ''}`);
    expect(got.status).toBe(200);
    expect(got).toEqual(expected);
  });

  it.each([null, ...AU_REGIONS])('progress figures for region %s equal computeProgress', async (region) => {
    const response = await api().request('GET', `/api/stats/progress${region ? `?region=${region}` : ''}`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual(computeProgress(partnershipViews(demoData()), DEFAULT_SETTINGS, TODAY, region));
  });
});
