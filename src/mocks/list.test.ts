import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';

const api = useMockApi();
const list = (resource: string, params: Record<string, unknown>) =>
  callApi('GET', `/${resource}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]))}`);

describe('GET /api/:resource', () => {
  it('answers a page with Content-Range, sorted as asked', async () => {
    const { status, json, headers } = await list('cities', { sort: ['population', 'DESC'], range: [10, 19], filter: {} });
    expect(status).toBe(200);
    expect(headers.get('Content-Range')).toBe(`cities 10-19/${api.all('cities').length}`);
    expect(headers.get('Access-Control-Expose-Headers')).toContain('Content-Range');
    const populations = json.map((c: { population: number }) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    const biggest = api.all('cities').sort((a, b) => b.population! - a.population!);
    expect(json[0].id).toBe(biggest[10]!.id);
  });

  it('says when a page is past the end', async () => {
    const { json, headers } = await list('programs', { range: [5000, 5009] });
    expect(json).toEqual([]);
    expect(headers.get('Content-Range')).toBe(`programs */${api.all('programs').length}`);
  });

  it('searches the text fields without regard to case', async () => {
    const city = api.create('cities', { name: 'Zzyzxville', country: 'GH' });
    const { json } = await list('cities', { filter: { q: 'ZZYZX' } });
    expect(json.map((c: { id: number }) => c.id)).toEqual([city.id]);
  });

  it('filters by equality, any of, and ranges', async () => {
    const { json } = await list('partnerships', {
      range: [0, 999],
      filter: { stage: ['active', 'signed'], region: 'Western', signedAt_gte: '2024-01-01', signedAt_lte: '2024-12-31' },
    });
    const expected = api
      .all('partnerships')
      .filter((p) => ['active', 'signed'].includes(p.stage) && p.region === 'Western' && p.signedAt! >= '2024-01-01' && p.signedAt! <= '2024-12-31');
    expect(expected.length).toBeGreaterThan(0);
    expect(json.map((p: { id: number }) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
  });

  it('matches a many-valued field when it holds any of the values', async () => {
    const { json } = await list('partnerships', { range: [0, 999], filter: { focusAreas: ['arts_culture'] } });
    const expected = api.all('partnerships').filter((p) => p.focusAreas.includes('arts_culture'));
    expect(json).toHaveLength(expected.length);
  });

  it('finds the partnerships of a city on either side, and the stalled ones', async () => {
    const p = api.get('partnerships', 1)!;
    for (const cityId of [p.africanCityId, p.usCityId]) {
      const { json } = await list('partnerships', { range: [0, 999], filter: { cityId } });
      expect(json.map((row: { id: number }) => row.id)).toContain(p.id);
      expect(json.every((row: { africanCityId: number; usCityId: number }) => row.africanCityId === cityId || row.usCityId === cityId)).toBe(true);
    }
    const { json, headers } = await list('partnerships', { range: [0, 999], filter: { stalled: true } });
    expect(json.every((row: { stalled: boolean }) => row.stalled)).toBe(true);
    expect(headers.get('Content-Range')).toMatch(new RegExp(`/${api.all('partnerships').filter((x) => x.stalled).length}$`));
  });

  it('answers getMany with every record named, whatever their number', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => i + 1);
    const { json } = await callApi('GET', `/cities?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`);
    expect(json.map((c: { id: number }) => c.id).sort((a: number, b: number) => a - b)).toEqual(ids);
  });

  it('refuses an unknown sort or filter field with 400', async () => {
    const badSort = await list('cities', { sort: ['password', 'ASC'] });
    expect(badSort.status).toBe(400);
    expect(badSort.json.message).toMatch(/password/);
    const badFilter = await list('events', { filter: { colour: 'red' } });
    expect(badFilter.status).toBe(400);
    expect(badFilter.json.errors).toEqual({ colour: 'unknown field' });
    expect((await list('programs', { filter: { cycleYear: 'soon' } })).status).toBe(400);
  });

  it('answers 404 for an unknown resource or record', async () => {
    expect((await callApi('GET', '/planets')).status).toBe(404);
    expect((await callApi('GET', '/cities/999999')).json).toEqual({ message: 'ra.notification.item_doesnt_exist' });
    expect((await callApi('GET', '/cities/abc')).status).toBe(404);
  });
});
