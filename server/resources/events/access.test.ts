import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../db/testDatabase';
import { createTestServer, type TestServer } from '../partnerships/testServer';

const ABENA = 7; // coordinator, Western (Ghana)
const YOUSSEF = 6; // coordinator, Northern (Egypt)
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

const event = (overrides: Record<string, unknown>) => ({ type: 'delegation_visit', title: 'Visit', startsAt: '2026-12-10T09:00:00.000Z', ...overrides });

describe.each(TEST_BACKENDS)('who may write events on %s', (backend) => {
  let api: TestServer;
  let ghanaPartnership: { id: number; africanCityId: number; usCityId: number };
  let cairo: { id: number };
  let dayton: { id: number };
  beforeAll(async () => {
    api = await createTestServer({ backend });
    ghanaPartnership = await api.create('partnerships', await api.draft());
    cairo = await api.create('cities', { name: 'Cairo', country: 'EG' });
    dayton = await api.city('us');
  });
  afterAll(() => api.close());

  const stored = async (id: number) => (await api.call('GET', `/events/${id}`)).json;

  it('shows the AU regions an event touches, by its city and its partnerships, in AU order', async () => {
    const egyptian = await api.create('partnerships', await api.draft({ africanCityId: cairo.id }));
    const both = await api.create('events', event({ cityId: dayton.id, partnershipIds: [ghanaPartnership.id, egyptian.id], regions: ['Southern'] }));
    expect(both.regions).toEqual(['Northern', 'Western']);
    expect((await api.create('events', event({ cityId: cairo.id }))).regions).toEqual(['Northern']);
    expect((await api.create('events', event({ cityId: dayton.id }))).regions).toEqual([]);
    // Derived on every read: it follows a partnership that changes city.
    await api.update('partnerships', egyptian.id, { africanCityId: (await api.city('africa')).id });
    expect((await stored(both.id)).regions).toEqual(['Western']);
    const { json } = await api.list('events', { filter: { id: [both.id] } });
    expect(json[0].regions).toEqual(['Western']);
  });

  it('never lets a coordinator’s event move the last activity of another region’s partnership', async () => {
    const abena = await api.as(ABENA);
    const egyptian = await api.create('partnerships', await api.draft({ africanCityId: cairo.id, lastActivityAt: '2025-01-01' }));
    const quiet = (await api.call('GET', `/partnerships/${egyptian.id}`)).json;
    expect(quiet.stalled).toBe(true);
    const past = '2026-11-20T09:00:00.000Z';
    // Joining it to her own event would wake it up: refused, nothing written.
    expect(await abena('POST', '/events', event({ startsAt: past, partnershipIds: [ghanaPartnership.id, egyptian.id] }))).toMatchObject(FORBIDDEN);
    const shared = await api.create('events', event({ startsAt: past, partnershipIds: [ghanaPartnership.id, egyptian.id] }));
    // Its title is hers to change; its day, or the links, move the Egyptian partnership: not hers.
    expect((await abena('PUT', `/events/${shared.id}`, { ...shared, title: 'Joint visit' })).status).toBe(200);
    const renamed = (await api.call('GET', `/events/${shared.id}`)).json;
    expect(await abena('PUT', `/events/${shared.id}`, { ...renamed, startsAt: '2026-11-21T09:00:00.000Z' })).toMatchObject(FORBIDDEN);
    expect(await abena('PUT', `/events/${shared.id}`, { ...renamed, partnershipIds: [ghanaPartnership.id] })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/events/${shared.id}`)).toMatchObject(FORBIDDEN);
    expect(await stored(shared.id)).toEqual(renamed);
    expect((await api.call('GET', `/partnerships/${egyptian.id}`)).json.lastActivityAt).toBe('2026-11-20');
  });

  it('lets a coordinator write events touching their region, and no other', async () => {
    const abena = await api.as(ABENA);
    const own = await abena('POST', '/events', event({ partnershipIds: [ghanaPartnership.id] }));
    expect(own).toMatchObject({ status: 201, json: { regions: ['Western'] } });
    expect(await abena('POST', '/events', event({ cityId: cairo.id }))).toMatchObject(FORBIDDEN);
    // An event touching no region is no coordinator's.
    expect(await abena('POST', '/events', event({ virtual: true }))).toMatchObject(FORBIDDEN);

    // Sharing it with another region keeps it hers; moving it out entirely does not.
    const shared = await abena('PUT', `/events/${own.json.id}`, { ...own.json, cityId: cairo.id });
    expect(shared).toMatchObject({ status: 200, json: { regions: ['Northern', 'Western'] } });
    expect(await abena('PUT', `/events/${own.json.id}`, { ...shared.json, partnershipIds: [] })).toMatchObject(FORBIDDEN);
    expect(await stored(own.json.id)).toEqual(shared.json);

    const theirs = await api.create('events', event({ cityId: cairo.id }));
    expect(await abena('PUT', `/events/${theirs.id}`, { ...theirs, partnershipIds: [ghanaPartnership.id] })).toMatchObject(FORBIDDEN);
    expect(await abena('DELETE', `/events/${theirs.id}`)).toMatchObject(FORBIDDEN);
    expect(await stored(theirs.id)).toEqual(theirs);
    expect((await (await api.as(YOUSSEF))('DELETE', `/events/${theirs.id}`)).status).toBe(200);
    expect((await abena('DELETE', `/events/${own.json.id}`)).status).toBe(200);
  });

  it('refuses leadership every write with 403, changing nothing; staff may write any event', async () => {
    const e = await api.create('events', event({ cityId: cairo.id }));
    const revision = await api.revision();
    const robert = await api.as(LEADERSHIP);
    expect(await robert('POST', '/events', event({ partnershipIds: [ghanaPartnership.id] }))).toMatchObject(FORBIDDEN);
    expect(await robert('PUT', `/events/${e.id}`, { ...e, title: 'x' })).toMatchObject(FORBIDDEN);
    expect(await robert('DELETE', `/events/${e.id}`)).toMatchObject(FORBIDDEN);
    expect(await api.revision()).toBe(revision);
    expect(await stored(e.id)).toEqual(e);
    expect((await api.call('PUT', `/events/${e.id}`, { ...e, title: 'Renamed' })).status).toBe(200);
    expect((await api.call('DELETE', `/events/${e.id}`)).status).toBe(200);
  });

  it('answers 401 without a session', async () => {
    await api.signIn(null);
    try {
      expect((await api.call('GET', '/events')).status).toBe(401);
      expect((await api.call('POST', '/events', event({ cityId: cairo.id }))).status).toBe(401);
    } finally {
      await api.signIn(2);
    }
  });
});
