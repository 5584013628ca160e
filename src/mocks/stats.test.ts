import { describe, expect, it } from 'vitest';
import { computeProgress, DEFAULT_SETTINGS } from '../domain';
import { callApi, MOCK_TODAY, useMockApi } from '../../tests/setup/mockApi';

const api = useMockApi();

describe('GET /api/stats/progress', () => {
  it('gives the figures of the domain definition, on the same data', async () => {
    const { status, json } = await callApi('GET', '/stats/progress');
    expect(status).toBe(200);
    expect(json).toEqual(computeProgress(api.all('partnerships'), DEFAULT_SETTINGS, MOCK_TODAY));
    expect(json.counted).toBeGreaterThan(200);
  });

  it('narrows to one AU region, and refuses an unknown one', async () => {
    const { json } = await callApi('GET', '/stats/progress?region=Western');
    expect(json).toEqual(computeProgress(api.all('partnerships'), DEFAULT_SETTINGS, MOCK_TODAY, 'Western'));
    expect(json.counted).toBe(json.byRegion.Western);
    const bad = await callApi('GET', '/stats/progress?region=Midwest');
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual({ region: 'app.validation.choice' });
  });

  it('counts a partnership signed today at once', async () => {
    const before = (await callApi('GET', '/stats/progress')).json.counted;
    const [african, us] = [api.create('cities', { name: 'Testville', country: 'GH' }), api.create('cities', { name: 'Testburg', country: 'US', admin1: 'OH' })];
    api.create('partnerships', { africanCityId: african.id, usCityId: us.id, kind: 'sister', stage: 'signed', signedAt: MOCK_TODAY, cohort: '500in5' });
    expect((await callApi('GET', '/stats/progress')).json.counted).toBe(before + 1);
  });
});

describe('GET /api/gazetteer', () => {
  it('finds real cities by the start of their name, then inside it, on one side', async () => {
    const { json } = await callApi('GET', '/gazetteer?q=acc&side=africa');
    expect(json.length).toBeGreaterThan(0);
    expect(json.length).toBeLessThanOrEqual(10);
    expect(json[0]).toMatchObject({ name: 'Accra', country: 'GH', side: 'africa', region: 'Western' });
    expect(json.every((c: { side: string }) => c.side === 'africa')).toBe(true);
  });

  it('says which results are already cities of the app', async () => {
    const accra = api.all('cities').find((c) => c.name === 'Accra')!;
    expect((await callApi('GET', '/gazetteer?q=accra')).json[0].cityId).toBe(accra.id);
    const springfields = (await callApi('GET', '/gazetteer?q=springfield&side=us')).json;
    expect(springfields.map((c: { admin1: string }) => c.admin1)).toEqual(expect.arrayContaining(['MO', 'IL', 'MA']));
    const referenced = new Set([
      ...api.all('partnerships').map((p) => p.usCityId),
      ...api.all('events').map((e) => e.cityId),
      ...api.all('programs').flatMap((p) => p.cityIds),
    ]);
    const unused = springfields.find((c: { cityId: number }) => !referenced.has(c.cityId));
    expect((await callApi('DELETE', `/cities/${unused.cityId}`)).status).toBe(200);
    const again = (await callApi('GET', '/gazetteer?q=springfield&side=us')).json;
    expect(again.find((c: { geonameId: number }) => c.geonameId === unused.geonameId).cityId).toBeNull();
  });

  it('finds names regardless of accents, and refuses an unknown side', async () => {
    expect((await callApi('GET', '/gazetteer?q=lome')).json[0]).toMatchObject({ name: 'Lomé' });
    expect((await callApi('GET', '/gazetteer?q=acc&side=europe')).status).toBe(400);
    expect((await callApi('GET', '/gazetteer?q=')).json).toEqual([]);
  });
});
