import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';
import { createPartnership } from '../../tests/setup/testRecords';

const api = useMockApi();

// The demo team: 1 admin, 2 staff, 7 the Western coordinator, 11 leadership.
const ADMIN = 1;
const STAFF = 2;
const WESTERN = 7;
const LEADERSHIP = 11;

const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

/** A partnership between a new African city of `country` and a new US city. */
const partnershipIn = (country: string) => createPartnership(api, {}, { african: `Testville ${country}`, country }).partnership;

describe('leadership', () => {
  it('reads everything and writes nothing, whatever the body', async () => {
    api.signIn(LEADERSHIP);
    const p = partnershipIn('GH');
    expect((await callApi('GET', `/partnerships/${p.id}`)).status).toBe(200);
    expect((await callApi('GET', '/users')).status).toBe(200);
    expect(await callApi('POST', '/cities', { name: 'Testville', country: 'GH' })).toMatchObject(FORBIDDEN);
    expect(await callApi('POST', '/cities', '{"name": ')).toMatchObject(FORBIDDEN);
    expect(await callApi('PUT', `/partnerships/${p.id}`, { ...p, notes: 'mine now' })).toMatchObject(FORBIDDEN);
    expect(await callApi('DELETE', `/partnerships/${p.id}`)).toMatchObject(FORBIDDEN);
    expect(api.get('partnerships', p.id)).toEqual(p);
  });
});

describe('staff', () => {
  it('writes every record of every region, and no user', async () => {
    api.signIn(STAFF);
    const eastern = partnershipIn('KE');
    expect((await callApi('PUT', `/partnerships/${eastern.id}`, { ...eastern, notes: 'Call the mayor' })).status).toBe(200);
    expect((await callApi('POST', '/cities', { name: 'Testburg', country: 'US', admin1: 'OH' })).status).toBe(201);
    expect((await callApi('DELETE', `/partnerships/${eastern.id}`)).status).toBe(200);
    expect(await callApi('POST', '/users', { email: 'x@example.org', fullName: 'X', role: 'staff', password: 'long enough password' })).toMatchObject(FORBIDDEN);
  });
});

describe('admin', () => {
  it('writes records and users', async () => {
    api.signIn(ADMIN);
    expect((await callApi('POST', '/cities', { name: 'Testville', country: 'ZA' })).status).toBe(201);
    const created = await callApi('POST', '/users', { email: 'x@example.org', fullName: 'X', role: 'staff', password: 'long enough password' });
    expect(created.status).toBe(201);
  });
});

describe('a coordinator (Western)', () => {
  it('writes cities of their region only', async () => {
    api.signIn(WESTERN);
    expect((await callApi('POST', '/cities', { name: 'Testville', country: 'GH' })).status).toBe(201);
    expect(await callApi('POST', '/cities', { name: 'Testville', country: 'KE' })).toMatchObject(FORBIDDEN);
    expect(await callApi('POST', '/cities', { name: 'Testburg', country: 'US', admin1: 'OH' })).toMatchObject(FORBIDDEN);
    const kenyan = api.create('cities', { name: 'Testville', country: 'KE' });
    expect(await callApi('PUT', `/cities/${kenyan.id}`, { ...kenyan, notes: 'x' })).toMatchObject(FORBIDDEN);
    expect(await callApi('DELETE', `/cities/${kenyan.id}`)).toMatchObject(FORBIDDEN);
  });

  it('cannot move a city of theirs out of their region', async () => {
    api.signIn(WESTERN);
    const city = api.create('cities', { name: 'Testville', country: 'GH' });
    expect(await callApi('PUT', `/cities/${city.id}`, { ...city, country: 'KE' })).toMatchObject(FORBIDDEN);
    expect(api.get('cities', city.id)).toEqual(city);
  });

  it('writes the partnerships of their region, not the others', async () => {
    api.signIn(WESTERN);
    const western = partnershipIn('GH');
    const eastern = partnershipIn('KE');
    expect((await callApi('PUT', `/partnerships/${western.id}`, { ...western, notes: 'Call the mayor' })).status).toBe(200);
    expect(await callApi('PUT', `/partnerships/${eastern.id}`, { ...eastern, notes: 'Call the mayor' })).toMatchObject(FORBIDDEN);
    expect(await callApi('DELETE', `/partnerships/${eastern.id}`)).toMatchObject(FORBIDDEN);
  });

  it('cannot move a partnership to an African city of another region', async () => {
    api.signIn(WESTERN);
    const p = partnershipIn('GH');
    const nairobi = api.create('cities', { name: 'Testville', country: 'KE' });
    expect(await callApi('PUT', `/partnerships/${p.id}`, { ...p, africanCityId: nairobi.id })).toMatchObject(FORBIDDEN);
    expect(api.get('partnerships', p.id)).toEqual(p);
    expect(api.store.audit.filter((row) => row.resource === 'partnerships' && row.recordId === p.id && row.action === 'update')).toEqual([]);
  });

  it('writes events and programs that touch their region', async () => {
    api.signIn(WESTERN);
    const western = partnershipIn('GH');
    const eastern = partnershipIn('KE');
    const event = { type: 'virtual_meeting', title: 'Video call', startsAt: '2026-12-01T10:00:00.000Z', virtual: true };
    expect((await callApi('POST', '/events', { ...event, partnershipIds: [western.id] })).status).toBe(201);
    expect(await callApi('POST', '/events', { ...event, partnershipIds: [eastern.id] })).toMatchObject(FORBIDDEN);
    // Linking another region's partnership would move its last activity: not hers to do.
    expect(await callApi('POST', '/events', { ...event, partnershipIds: [eastern.id, western.id] })).toMatchObject(FORBIDDEN);
    expect(await callApi('POST', '/events', event)).toMatchObject(FORBIDDEN);
    const program = { kind: 'exchange', title: 'Exchange', cycleYear: 2026, status: 'open' };
    expect((await callApi('POST', '/programs', { ...program, cityIds: [western.africanCityId] })).status).toBe(201);
    expect(await callApi('POST', '/programs', { ...program, cityIds: [eastern.africanCityId, eastern.usCityId] })).toMatchObject(FORBIDDEN);
  });

  it('cannot take their region off an event to hand it to another', async () => {
    api.signIn(WESTERN);
    const western = partnershipIn('GH');
    const eastern = partnershipIn('KE');
    const event = api.create('events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-01T10:00:00.000Z', partnershipIds: [western.id] });
    expect(await callApi('PUT', `/events/${event.id}`, { ...event, partnershipIds: [eastern.id] })).toMatchObject(FORBIDDEN);
    // Held in an Eastern city it touches both regions, and stays hers.
    expect((await callApi('PUT', `/events/${event.id}`, { ...event, cityId: eastern.africanCityId })).status).toBe(200);
  });
});

describe('an event and the partnerships it moves', () => {
  it('never lets a coordinator’s event move the last activity of another region’s partnership', async () => {
    const ghanaian = partnershipIn('GH');
    const egyptian = partnershipIn('EG');
    const visit = { type: 'delegation_visit', title: 'Visit', startsAt: '2026-11-20T09:00:00.000Z' };
    api.signIn(WESTERN);
    expect(await callApi('POST', '/events', { ...visit, partnershipIds: [ghanaian.id, egyptian.id] })).toMatchObject(FORBIDDEN);
    expect(api.get('partnerships', egyptian.id)).toEqual(egyptian);
    api.signIn(STAFF);
    const shared = (await callApi('POST', '/events', { ...visit, partnershipIds: [ghanaian.id, egyptian.id] })).json;
    api.signIn(WESTERN);
    const renamed = await callApi('PUT', `/events/${shared.id}`, { ...shared, title: 'Joint visit' });
    expect(renamed.status).toBe(200);
    expect(await callApi('PUT', `/events/${shared.id}`, { ...renamed.json, startsAt: '2026-11-21T09:00:00.000Z' })).toMatchObject(FORBIDDEN);
    expect(await callApi('DELETE', `/events/${shared.id}`)).toMatchObject(FORBIDDEN);
    expect(api.get('events', shared.id)).toEqual(renamed.json);
  });
});
