import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const ABENA = 7; // coordinator, Western (Ghana)
const YOUSSEF = 6; // coordinator, Northern (Egypt)
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

const program = (overrides: Record<string, unknown>) => ({ kind: 'exchange', title: 'Youth swap', cycleYear: 2026, status: 'open', ...overrides });

describe.each(TEST_BACKENDS)('who may write programs on %s', (backend) => {
  let api: TestServer;
  let ghanaPartnership: { id: number; africanCityId: number };
  let cairo: { id: number };
  let dayton: { id: number };
  beforeAll(async () => {
    api = await createTestServer({ backend });
    ghanaPartnership = await api.create('partnerships', await api.draft());
    cairo = await api.create('cities', { name: 'Cairo', country: 'EG' });
    dayton = await api.city('us');
  });
  afterAll(() => api.close());

  const stored = async (id: number) => (await api.call('GET', `/programs/${id}`)).json;

  it('shows the AU regions of its African cities and its partnerships, in AU order, whatever the client sends', async () => {
    const p = await api.create('programs', program({ cityIds: [dayton.id, cairo.id], partnershipIds: [ghanaPartnership.id], regions: ['Eastern'] }));
    expect(p.regions).toEqual(['Northern', 'Western']);
    expect((await api.create('programs', program({ cityIds: [dayton.id] }))).regions).toEqual([]);
    const { json } = await api.list('programs', { filter: { id: [p.id] } });
    expect(json[0].regions).toEqual(['Northern', 'Western']);
  });

  it('lets a coordinator write programs touching their region, and no other', async () => {
    const abena = await api.as(ABENA);
    const own = await abena('POST', '/programs', program({ cityIds: [ghanaPartnership.africanCityId] }));
    expect(own).toMatchObject({ status: 201, json: { regions: ['Western'] } });
    expect(await abena('POST', '/programs', program({ cityIds: [cairo.id, dayton.id] }))).toMatchObject(FORBIDDEN);

    const changed = await abena('PUT', `/programs/${own.json.id}`, { ...own.json, status: 'running' });
    expect(changed).toMatchObject({ status: 200, json: { status: 'running' } });
    // Swapping her city for another region's would move the program out of her reach.
    expect(await abena('PUT', `/programs/${own.json.id}`, { ...changed.json, cityIds: [cairo.id] })).toMatchObject(FORBIDDEN);
    expect(await stored(own.json.id)).toEqual(changed.json);

    const theirs = await api.create('programs', program({ cityIds: [cairo.id] }));
    expect(await abena('PUT', `/programs/${theirs.id}`, { ...theirs, partnershipIds: [ghanaPartnership.id] })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/programs/${theirs.id}`)).toMatchObject(FORBIDDEN);
    expect(await stored(theirs.id)).toEqual(theirs);
    expect((await (await api.as(YOUSSEF))('PUT', `/programs/${theirs.id}`, { ...theirs, title: 'Nile exchange' })).status).toBe(200);
    expect((await abena('DELETE', `/programs/${own.json.id}`)).status).toBe(200);
  });

  it('refuses leadership every write with 403, changing nothing; staff may write any program', async () => {
    const p = await api.create('programs', program({ cityIds: [cairo.id] }));
    const revision = await api.revision();
    const robert = await api.as(LEADERSHIP);
    expect(await robert('POST', '/programs', program({ cityIds: [ghanaPartnership.africanCityId] }))).toMatchObject(FORBIDDEN);
    expect(await robert('PUT', `/programs/${p.id}`, { ...p, title: 'x' })).toMatchObject(FORBIDDEN);
    expect(await robert('DELETE', `/programs/${p.id}`)).toMatchObject(FORBIDDEN);
    expect(await api.revision()).toBe(revision);
    expect(await stored(p.id)).toEqual(p);
    expect((await api.call('PUT', `/programs/${p.id}`, { ...p, title: 'Renamed' })).status).toBe(200);
    expect((await api.call('DELETE', `/programs/${p.id}`)).status).toBe(200);
  });

  it('answers 401 without a session', async () => {
    await api.signIn(null);
    try {
      expect((await api.call('GET', '/programs')).status).toBe(401);
      expect((await api.call('DELETE', '/programs/1')).status).toBe(401);
    } finally {
      await api.signIn(2);
    }
  });
});
