// @vitest-environment node
/**
 * /api/stats/progress equals computeProgress (src/domain/goal.ts), the one definition of the
 * goal, on the same data: for the whole initiative and for each AU region, and still after
 * writes (the app keeps the figures in a cache). After writes, the case makes the same
 * changes to its own copy of the data, and computeProgress on that copy is what it expects.
 */
import { expect, it } from 'vitest';
import { AU_REGIONS, computeProgress, DEFAULT_SETTINGS, deriveCityFields, type AuRegion } from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { contractData, partnership, partnershipViews, TODAY } from './dataset';

const progressPath = (region: AuRegion | null) => `/api/stats/progress${region ? `?region=${region}` : ''}`;

async function progressOf(api: Backend, region: AuRegion | null) {
  const response = await api.request('GET', progressPath(region));
  expect(response.status).toBe(200);
  return response.json;
}

const REGIONS: Array<AuRegion | null> = [null, ...AU_REGIONS];

describeContract('progress figures', { data: contractData, reset: 'once' }, ({ api }) => {
  it.each(REGIONS)('region %s: equal to computeProgress on the same data', async (region) => {
    const expected = computeProgress(partnershipViews(contractData()), DEFAULT_SETTINGS, TODAY, region);
    expect(await progressOf(api(), region)).toEqual(expected);
  });

  it('counts what the goal counts: 1, 7 and 8, in three African cities', async () => {
    const figures = await progressOf(api(), null);
    expect(figures).toMatchObject({ counted: 3, countedAllRegions: 3, africanCities: 3, stalled: 2, inPipeline: 3, target: 500 });
    expect(figures.byRegion).toEqual({ Northern: 0, Western: 2, Central: 1, Eastern: 0, Southern: 0 });
    expect(figures.byYear.map((year: { counted: number }) => year.counted)).toEqual([1, 1, 1, 0, 0]);
    expect(await progressOf(api(), 'Western')).toMatchObject({ counted: 2, countedAllRegions: 3, africanCities: 2, stalled: 1 });
  });
});

/** The figures computeProgress gives on the case's copy of the data. */
const expectedOn = (data: SeedData, region: AuRegion | null) => computeProgress(partnershipViews(data), DEFAULT_SETTINGS, TODAY, region);
const partnershipOf = (data: SeedData, id: number) => data.partnerships.find((p) => p.id === id)!;

describeContract('progress figures after writes', { data: contractData, reset: 'each' }, ({ api }) => {
  it('a signature counts at once', async () => {
    expect((await progressOf(api(), null)).counted).toBe(3);
    const signed = await api().request('PUT', '/api/partnerships/3', { version: 1, stage: 'signed', signedAt: '2026-11-20' });
    expect(signed.status).toBe(200);
    const data = contractData();
    // A move of stage is activity, today.
    Object.assign(partnershipOf(data, 3), { stage: 'signed', signedAt: '2026-11-20', lastActivityAt: TODAY });
    const figures = await progressOf(api(), null);
    expect(figures.counted).toBe(4);
    expect(figures).toEqual(expectedOn(data, null));
    expect(await progressOf(api(), 'Eastern')).toEqual(expectedOn(data, 'Eastern'));
  });

  it('a deletion, a new partnership and a change of city are counted at once', async () => {
    await progressOf(api(), 'Western');
    expect((await api().request('DELETE', '/api/partnerships/8')).status).toBe(200);
    const created = await api().request('POST', '/api/partnerships', {
      africanCityId: 12, usCityId: 11, kind: 'sister', stage: 'active', signedAt: '2025-03-01', cohort: '500in5', focusAreas: ['arts_culture'],
    });
    expect(created.status).toBe(201);
    expect((await api().request('PUT', '/api/cities/6', { version: 1, country: 'KE' })).status).toBe(200);

    const data = contractData();
    data.partnerships = data.partnerships.filter((p) => p.id !== 8);
    data.partnerships.push(partnership({ id: 9, africanCityId: 12, usCityId: 11, stage: 'active', signedAt: '2025-03-01', focusAreas: ['arts_culture'], createdAt: `${TODAY}T12:00:00.000Z` }));
    const ebolowa = data.cities.find((c) => c.id === 6)!;
    Object.assign(ebolowa, { country: 'KE', ...deriveCityFields({ country: 'KE', admin1: null }) });
    expect(ebolowa.region).toBe('Eastern');
    for (const region of REGIONS) expect({ region, figures: await progressOf(api(), region) }).toEqual({ region, figures: expectedOn(data, region) });
  });

  it('an event that wakes a stalled partnership changes the stalled count', async () => {
    expect((await progressOf(api(), null)).stalled).toBe(2);
    await api().request('POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-11-20T10:00:00.000Z', partnershipIds: [5] });
    const data = contractData();
    partnershipOf(data, 5).lastActivityAt = '2026-11-20';
    const figures = await progressOf(api(), null);
    expect(figures.stalled).toBe(1);
    expect(figures).toEqual(expectedOn(data, null));
  });
});
