// @vitest-environment node
/**
 * The partnerships' text search and focus-area filter answer through indexes (decision 032):
 * an FTS5 trigram table on SQLite, trigram GIN indexes on PostgreSQL, the LIKE scan on SQLite
 * in WebAssembly and for needles under three letters; copies of stage and region on the focus
 * areas. The rows found are those the domain finds (`searchFinds`, the filters' meaning), for
 * needles of every length, with case, accents and the characters LIKE and FTS5 treat specially,
 * and again after each kind of write, so no index can go stale.
 */
import { expect, it } from 'vitest';
import { LIST_SPECS, type Partnership } from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import { describeContract } from './contract';
import { contractData, partnership, partnershipViews } from './dataset';
import { listOrder, searchFinds } from './order';
import { idsOf, list, type ListParams } from './requests';

const SPEC = LIST_SPECS.partnerships;

/** The contract data and three partnerships whose notes and next steps hold quotes, wildcards and backslashes. */
function searchedData(): SeedData {
  const data = contractData();
  data.partnerships.push(
    partnership({
      id: 9, africanCityId: 1, usCityId: 9, stage: 'prospect', focusAreas: ['youth_education'], nextStep: 'Call the NGO',
      notes: 'NGO "Hope" at 100% — a_b c\\d, it’s agreed.', updatedAt: '2026-11-20T09:00:00.000Z',
    }),
    partnership({
      id: 10, africanCityId: 12, usCityId: 11, stage: 'proposal', focusAreas: ['youth_education', 'arts_culture'],
      notes: '50%_off "quoted" Ngô Quyền street', updatedAt: '2026-11-21T09:00:00.000Z',
    }),
    partnership({ id: 11, africanCityId: 2, usCityId: 7, stage: 'proposal', focusAreas: ['youth_education'], notes: 'Lagos ngo forum', updatedAt: '2026-11-22T09:00:00.000Z' }),
  );
  return data;
}

type Filter = Record<string, unknown>;

/** The ids the domain finds for a filter of q, stage, region and focusAreas, newest first as the list sorts. */
function expectedIds(views: Partnership[], filter: Filter): number[] {
  const areas = filter.focusAreas === undefined ? null : ([] as unknown[]).concat(filter.focusAreas);
  return views
    .filter((p) => filter.q === undefined || searchFinds(SPEC, String(filter.q), p))
    .filter((p) => filter.stage === undefined || p.stage === filter.stage)
    .filter((p) => filter.region === undefined || p.region === filter.region)
    .filter((p) => areas === null || p.focusAreas.some((area) => areas.includes(area)))
    .sort(listOrder(SPEC, SPEC.defaultSort))
    .map((p) => p.id);
}

const NEEDLES: Array<[q: string, ids: number[]]> = [
  ['n', [11, 10, 9, 7, 3, 1, 2, 8, 4, 6]],
  // “exchange” in partnership 1's next step.
  ['ng', [11, 10, 9, 1]],
  ['ngo', [11, 10, 9]],
  ['NGÔ', [11, 10, 9]],
  ['ngo forum', [11]],
  ['lagos', [11, 2, 8]],
  ['LAGOS NGO', [11]],
  ['%', [10, 9]],
  ['100%', [9]],
  ['0%_', [10]],
  ['_', [10, 9]],
  ['a_b', [9]],
  ['ab', []],
  ['\\', [9]],
  ['c\\d', [9]],
  ['"', [10, 9]],
  ['"hope"', [9]],
  ['"quoted" ngo', [10]],
  ["'", [9]],
  ["it's agreed", [9]],
  ['quyen street', [10]],
  ['xyz', []],
];

describeContract('partnership search and focus areas through indexes', { data: searchedData, reset: 'once' }, ({ api }) => {
  const views = partnershipViews(searchedData());

  it.each(NEEDLES)('q %j finds %j, as the domain does', async (q, ids) => {
    expect(expectedIds(views, { q })).toEqual(ids);
    const response = await list(api(), 'partnerships', { filter: { q } });
    expect(response.status).toBe(200);
    expect(idsOf(response)).toEqual(ids);
    expect(response.headers.get('content-range')).toBe(ids.length > 0 ? `partnerships 0-${ids.length - 1}/${ids.length}` : 'partnerships */0');
  });

  const FILTERS: Array<[what: string, filter: Filter, ids: number[]]> = [
    ['a stage, a region and an area', { stage: 'proposal', region: 'Western', focusAreas: ['youth_education'] }, [11, 10]],
    ['a stage and a region and either of two areas', { stage: 'proposal', region: 'Western', focusAreas: ['arts_culture', 'youth_education'] }, [11, 10, 2]],
    ['a region and an area', { region: 'Western', focusAreas: 'youth_education' }, [11, 10, 9, 1]],
    ['an area alone', { focusAreas: ['youth_education'] }, [11, 10, 9, 7, 1]],
    ['two areas alone, a partnership holding both counted once', { focusAreas: ['youth_education', 'arts_culture'] }, [11, 10, 9, 7, 1, 2]],
    ['no area at all', { focusAreas: [] }, []],
    ['an area and a search', { stage: 'proposal', region: 'Western', focusAreas: ['youth_education'], q: 'ngo' }, [11, 10]],
    ['a stage, a region and a search', { stage: 'proposal', region: 'Western', q: 'lagos' }, [11, 2]],
    ['a stage and a short search', { stage: 'proposal', q: 'ng' }, [11, 10]],
  ];

  it.each(FILTERS)('%s: the same rows and total as the domain', async (_what, filter, ids) => {
    expect(expectedIds(views, filter)).toEqual(ids);
    const response = await list(api(), 'partnerships', { filter });
    expect(idsOf(response)).toEqual(ids);
    expect(response.headers.get('content-range')).toBe(ids.length > 0 ? `partnerships 0-${ids.length - 1}/${ids.length}` : 'partnerships */0');
  });

  it('a page further on counts the whole filter', async () => {
    const response = await list(api(), 'partnerships', { filter: { region: 'Western', focusAreas: ['youth_education'] }, range: [1, 2] });
    expect(idsOf(response)).toEqual([10, 9]);
    expect(response.headers.get('content-range')).toBe('partnerships 1-2/4');
  });
});

describeContract('partnership search and focus areas after writes', { data: searchedData, reset: 'each' }, ({ api }) => {
  const found = async (filter: Filter) => idsOf(await list(api(), 'partnerships', { filter } satisfies ListParams));

  it('a partnership created, changed and deleted is found by what it holds now, and only then', async () => {
    const created = await api().request('POST', '/api/partnerships', {
      africanCityId: 3, usCityId: 11, kind: 'sister', stage: 'proposal', cohort: '500in5', focusAreas: ['youth_education'], notes: 'Solar kiosks with the Ngong NGO',
    });
    expect(created.status).toBe(201);
    const id = created.json.id as number;
    expect(await found({ q: 'solar kiosks' })).toEqual([id]);
    expect(await found({ q: 'ngong' })).toEqual([id]);
    expect(await found({ stage: 'proposal', region: 'Eastern', focusAreas: ['youth_education'] })).toEqual([id]);

    const changed = await api().request('PUT', `/api/partnerships/${id}`, { version: 1, notes: 'Water points', nextStep: 'Survey the wells' });
    expect(changed.status).toBe(200);
    expect(await found({ q: 'solar kiosks' })).toEqual([]);
    expect(await found({ q: 'water points' })).toEqual([id]);
    expect(await found({ q: 'wells' })).toEqual([id]);

    expect((await api().request('DELETE', `/api/partnerships/${id}?version=2`)).status).toBe(200);
    expect(await found({ q: 'water points' })).toEqual([]);
    expect(await found({ stage: 'proposal', region: 'Eastern', focusAreas: ['youth_education'] })).toEqual([]);
  });

  it('a move of stage and a change of areas move the partnership between the focus-area filters', async () => {
    const slice = { region: 'Western', focusAreas: ['youth_education'] };
    expect(await found({ ...slice, stage: 'proposal' })).toEqual([11, 10]);
    const moved = await api().request('PUT', '/api/partnerships/10', { version: 1, stage: 'approvals' });
    expect(moved.status).toBe(200);
    expect(await found({ ...slice, stage: 'proposal' })).toEqual([11]);
    expect(await found({ ...slice, stage: 'approvals' })).toEqual([10]);
    expect(await found({ ...slice, stage: ['approvals', 'proposal'] })).toEqual([10, 11]);

    const areas = await api().request('PUT', '/api/partnerships/11', { version: 1, focusAreas: ['business_trade'] });
    expect(areas.status).toBe(200);
    expect(await found({ ...slice, stage: 'proposal' })).toEqual([]);
    expect(await found({ stage: 'proposal', region: 'Western', focusAreas: ['business_trade'] })).toEqual([11]);
  });

  it('a city moved to another region takes its partnerships along in the focus-area filters', async () => {
    // Kumasi (Western) is retyped as a Kenyan city: its partnership 10 is now of the Eastern region.
    const moved = await api().request('PUT', '/api/cities/12', { version: 1, country: 'KE', admin1: null });
    expect(moved.status).toBe(200);
    expect(await found({ stage: 'proposal', region: 'Western', focusAreas: ['youth_education'] })).toEqual([11]);
    expect(await found({ stage: 'proposal', region: 'Eastern', focusAreas: ['youth_education'] })).toEqual([10]);
  });

  it('a bulk change of next steps is found by the new text', async () => {
    const changed = await api().request('POST', '/api/partnerships/bulk', { items: [{ id: 2, version: 1 }, { id: 3, version: 1 }], set: { nextStep: 'Send the draft MoU' } });
    expect(changed.status).toBe(200);
    expect(await found({ q: 'draft mou' })).toEqual([3, 2]);
    expect(await found({ q: 'draft mou', stage: 'proposal', region: 'Western' })).toEqual([2]);
  });
});
