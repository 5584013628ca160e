// @vitest-environment node
/**
 * GET /api/stats/map (decision 029) equals the partnerships list's own answer for the same
 * filter, as the same user sees it: the partnerships by id with their cities' coordinates
 * (from the cities list), the count per AU region and the total; it refuses what the list
 * refuses, and every role reads it.
 */
import { expect, it } from 'vitest';
import { AU_REGIONS, MAP_ARC_CAP, type AuRegion, type City, type MapArc, type Partnership } from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import type { Client } from './backends';
import { describeContract } from './contract';
import { contractData } from './dataset';
import { list } from './requests';

/** The contract's data with coordinates on every city but Denver (id 9), which has none. */
function mapData(): SeedData {
  const data = contractData();
  for (const city of data.cities) if (city.id !== 9) Object.assign(city, { lat: city.id + 0.5, lng: -city.id - 0.25 });
  return data;
}

const mapPath = (filter: Record<string, unknown>) => `/api/stats/map?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The map the list gives for `filter`: its partnerships by id, their cities' coordinates, counted per region. */
async function mapFromList(client: Client, filter: Record<string, unknown>) {
  const [partnerships, cities] = await Promise.all([
    list(client, 'partnerships', { filter, sort: ['id', 'ASC'], range: [0, 999] }),
    list(client, 'cities', { range: [0, 999] }),
  ]);
  const coordinates = new Map((cities.json as City[]).map((city): [number, [number | null, number | null]] => [city.id, [city.lng ?? null, city.lat ?? null]]));
  const byRegion = Object.fromEntries(AU_REGIONS.map((region) => [region, 0])) as Record<AuRegion, number>;
  const rows = partnerships.json as Partnership[];
  for (const p of rows) byRegion[p.region] += 1;
  const arcs = rows.map((p): MapArc => [p.id, p.stage, p.region, p.africanCityName, ...coordinates.get(p.africanCityId)!, p.usCityName, ...coordinates.get(p.usCityId)!]);
  return { total: rows.length, cap: MAP_ARC_CAP, byRegion, arcs };
}

const FILTERS: Array<[string, Record<string, unknown>]> = [
  ['no filter', {}],
  ['a region', { region: 'Western' }],
  ['stages', { stage: ['signed', 'active'] }],
  ['a cohort and a focus area', { cohort: '500in5', focusAreas: 'arts_culture' }],
  ['a text search', { q: 'lagos' }],
  ['the counted set', { counted: true }],
  ['nothing matches', { stage: 'approvals' }],
];

describeContract('partnership map', { data: mapData, reset: 'once' }, ({ api }) => {
  it.each(FILTERS)('%s: equal to the list of the same filter', async (_name, filter) => {
    const response = await api().request('GET', mapPath(filter));
    expect(response.status).toBe(200);
    expect(response.json).toEqual(await mapFromList(api(), filter));
  });

  it('draws a city without coordinates as nulls, and the others where they are', async () => {
    const { json } = await api().request('GET', mapPath({ cityId: 9 }));
    expect(json.arcs).toEqual([
      [3, 'interest', 'Eastern', 'Nairobi', -3.25, 3.5, 'Denver', null, null],
      [7, 'dormant', 'Central', 'Ébolowa', -6.25, 6.5, 'Denver', null, null],
    ]);
  });

  it.each([
    ['an unknown filter field', { nope: 1 }, 'Unknown filter field: nope.'],
    ['an unknown stage', { stage: 'orbit' }, 'Filter stage expects one of prospect, interest, exploring, proposal, approvals, signed, active, dormant, ended, closed.'],
  ])('refuses %s as the list does', async (_name, filter, message) => {
    const [map, listed] = [await api().request('GET', mapPath(filter)), await list(api(), 'partnerships', { filter })];
    expect({ status: map.status, message: map.json.message }).toEqual({ status: 400, message });
    expect(map.json).toEqual(listed.json);
  });

  it('refuses a filter that is not JSON', async () => {
    const response = await api().request('GET', '/api/stats/map?filter=%7Bnope');
    expect(response.status).toBe(400);
  });

  // The admin, staff, a coordinator, leadership (seedUsers' ids): each sees the map of what their list shows.
  it.each([1, 2, 6, 11])('user %i reads the map of their own list', async (userId) => {
    const response = await api().as(userId).request('GET', mapPath({}));
    expect(response.status).toBe(200);
    expect(response.json).toEqual(await mapFromList(api().as(userId), {}));
  });

  it('is refused without a session', async () => {
    expect((await api().raw('GET', mapPath({}))).status).toBe(401);
  });
});
