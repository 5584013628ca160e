// @vitest-environment node
/**
 * What a role may not do is refused on every backend, through every route, and leaves the
 * data as it was (decision 011): each refusal is 403 app.auth.forbidden, each allowed write
 * the record the case states. Abena Mensah (id 7) coordinates the Western region: Accra and
 * Kumasi (Ghana) are hers, Nairobi (Kenya, Eastern) is not.
 */
import { describe, expect, it } from 'vitest';
import { computeProgress, DEFAULT_SETTINGS, DIRECTORY_LIST_SPECS } from '../../src/domain';
import { describeContract } from './contract';
import { city, contractData, partnershipViews, recordViews, seededSnapshot, TODAY, userViews } from './dataset';
import { listOrder } from './order';
import { comparable, list, shown, snapshot } from './requests';

/** An instant written during the case: `comparable` shows it as '<now>', as `shown` shows the answer's. */
const NOW = `${TODAY}T12:00:00.000Z`;
const ADMIN = 1;

const ABENA = 7;
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

type Write = [label: string, method: string, path: string, body?: unknown];

/** Nairobi (city 3), its partnership 3, event 3 (Central and Eastern) and program 2 (Eastern). */
const OUTSIDE_HER_REGION: Write[] = [
  ['creates a city in Kenya', 'POST', '/api/cities', { name: 'Mombasa', country: 'KE', languages: ['sw'] }],
  ['creates a US city', 'POST', '/api/cities', { name: 'Dayton', country: 'US', admin1: 'OH' }],
  ['creates a partnership of Nairobi', 'POST', '/api/partnerships', { africanCityId: 3, usCityId: 11, kind: 'sister', stage: 'prospect', cohort: '500in5', focusAreas: [] }],
  ['creates an event in Nairobi', 'POST', '/api/events', { type: 'exchange', title: 'Nairobi visit', startsAt: '2026-12-05T10:00:00.000Z', cityId: 3, partnershipIds: [] }],
  // Linking another region's partnership would move its last activity: not hers to do.
  ['creates an event of her partnership and Nairobi’s', 'POST', '/api/events', { type: 'exchange', title: 'Joint visit', startsAt: '2026-11-20T10:00:00.000Z', partnershipIds: [1, 3] }],
  ['creates an event that touches no region', 'POST', '/api/events', { type: 'virtual_meeting', title: 'Video call', startsAt: '2026-12-05T10:00:00.000Z', virtual: true, partnershipIds: [] }],
  ['creates a program of Nairobi', 'POST', '/api/programs', { kind: 'exchange', title: 'Nairobi exchange', cycleYear: 2027, status: 'planned', cityIds: [3], partnershipIds: [] }],
  ['updates Nairobi', 'PUT', '/api/cities/3', { version: 1, notes: 'Not hers' }],
  ['updates the Nairobi–Denver partnership', 'PUT', '/api/partnerships/3', { version: 1, notes: 'Not hers' }],
  ['updates the Denver delegation', 'PUT', '/api/events/3', { version: 1, notes: 'Not hers' }],
  ['updates the Young Artists program', 'PUT', '/api/programs/2', { version: 1, notes: 'Not hers' }],
  ['moves Kumasi to Kenya', 'PUT', '/api/cities/12', { version: 1, country: 'KE', admin1: null }],
  ['moves the Accra–Columbus partnership to Nairobi', 'PUT', '/api/partnerships/1', { version: 1, africanCityId: 3 }],
  ['moves the Accra–Columbus signing to Nairobi’s partnership', 'PUT', '/api/events/1', { version: 1, partnershipIds: [3] }],
  ['moves the J-1 Homestay to Nairobi', 'PUT', '/api/programs/1', { version: 1, partnershipIds: [], cityIds: [3, 7] }],
  ['moves Nairobi’s partnership into her region', 'PUT', '/api/partnerships/3', { version: 1, africanCityId: 12 }],
  ['deletes Nairobi', 'DELETE', '/api/cities/3'],
  ['deletes the Nairobi–Denver partnership', 'DELETE', '/api/partnerships/3'],
  ['deletes the Denver delegation', 'DELETE', '/api/events/3'],
  ['deletes the Young Artists program', 'DELETE', '/api/programs/2'],
  ['creates a user', 'POST', '/api/users', { email: 'new.person@sistercities.example', fullName: 'New Person', role: 'staff', password: 'a long enough passphrase' }],
  ['makes herself an admin', 'PUT', '/api/users/7', { version: 1, email: 'abena.mensah@sistercities.example', fullName: 'Abena Mensah', role: 'admin', region: null, disabled: false }],
  ['moves herself to the Eastern region', 'PUT', '/api/users/7', { version: 1, email: 'abena.mensah@sistercities.example', fullName: 'Abena Mensah', role: 'coordinator', region: 'Eastern', disabled: false }],
  ['deletes a user', 'DELETE', '/api/users/12'],
];

describeContract('permissions', { data: contractData, reset: 'each' }, ({ api }) => {
  const data = contractData();
  const views = recordViews(data);
  const as = (userId: number, method: string, path: string, body?: unknown) => api().as(userId).request(method, path, body);
  /** A seeded record as the API shows it, with `change` laid over it and written today at version 2. */
  const changed = (resource: keyof typeof views, id: number, change: Record<string, unknown>) => comparable({ ...views[resource].get(id), ...change, version: 2, updatedAt: NOW });

  describe('a coordinator outside her region', () => {
    it.each(OUTSIDE_HER_REGION)('%s: 403, and nothing changes', async (_label, method, path, body) => {
      expect(shown(await as(ABENA, method, path, body))).toEqual(FORBIDDEN);
      expect(await snapshot(api())).toEqual(seededSnapshot(data));
    });

    it('still reads every list and record', async () => {
      for (const resource of ['cities', 'partnerships', 'events', 'programs'] as const) {
        const all = await list(api().as(ABENA), resource, { sort: ['id', 'ASC'] });
        expect({ resource, ...shown(all) }).toEqual({ resource, status: 200, json: seededSnapshot(data)[resource] });
      }
      for (const [path, record] of [
        ['/api/cities/3', views.cities.get(3)],
        ['/api/partnerships/3', views.partnerships.get(3)],
        ['/api/events/3', views.events.get(3)],
        ['/api/programs/2', views.programs.get(2)],
        ['/api/users/9', userViews(data).find((u) => u.id === 9)],
        ['/api/stats/progress?region=Eastern', computeProgress(partnershipViews(data), DEFAULT_SETTINGS, TODAY, 'Eastern')],
      ] as const) {
        expect({ path, ...shown(await as(ABENA, 'GET', path)) }).toEqual({ path, status: 200, json: record });
      }
      expect((await list(api().as(ABENA), 'users')).json).toEqual(userViews(data).sort(listOrder(DIRECTORY_LIST_SPECS.users, DIRECTORY_LIST_SPECS.users.defaultSort)));
    });

    it('writes in her region', async () => {
      for (const [method, path, body, expected] of [
        ['PUT', '/api/cities/1', { version: 1, contactName: 'Ama Owusu' }, changed('cities', 1, { contactName: 'Ama Owusu' })],
        ['PUT', '/api/partnerships/1', { version: 1, nextStep: 'Call the mayor’s office' }, changed('partnerships', 1, { nextStep: 'Call the mayor’s office' })],
        ['PUT', '/api/events/1', { version: 1, outcome: 'Signed' }, changed('events', 1, { outcome: 'Signed' })],
        ['PUT', '/api/programs/1', { version: 1, adults: 3 }, changed('programs', 1, { adults: 3 })],
        ['POST', '/api/cities', { name: 'Tamale', country: 'GH', admin1: '06' }, comparable(city({ id: 13, name: 'Tamale', country: 'GH', admin1: '06', createdAt: NOW, updatedAt: NOW }))],
      ] as const) {
        expect({ path, ...shown(await as(ABENA, method, path, body)) }).toEqual({ path, status: method === 'POST' ? 201 : 200, json: expected });
      }
    });

    it('keeps an event of hers held in another region’s city: it touches both', async () => {
      const moved = await as(ABENA, 'PUT', '/api/events/1', { version: 1, cityId: 3 });
      expect(shown(moved)).toEqual({ status: 200, json: changed('events', 1, { cityId: 3, regions: ['Western', 'Eastern'] }) });
      // Taking her region off it entirely hands it to another region: not hers to do.
      expect(shown(await as(ABENA, 'PUT', '/api/events/1', { version: 2, partnershipIds: [3] }))).toEqual(FORBIDDEN);
    });

    it('renames an event shared with another region, but neither re-dates nor deletes it: that would move the other region’s partnership', async () => {
      const shared = await api().request('POST', '/api/events', { type: 'delegation_visit', title: 'Visit', startsAt: '2026-11-20T09:00:00.000Z', partnershipIds: [1, 3] });
      expect(shared.json).toMatchObject({ id: 5, regions: ['Western', 'Eastern'] });
      const renamed = await as(ABENA, 'PUT', '/api/events/5', { ...shared.json, title: 'Joint visit' });
      expect(renamed.json).toMatchObject({ title: 'Joint visit', version: 2 });
      expect(shown(await as(ABENA, 'PUT', '/api/events/5', { ...renamed.json, startsAt: '2026-11-21T09:00:00.000Z' }))).toEqual(FORBIDDEN);
      expect(shown(await as(ABENA, 'DELETE', '/api/events/5'))).toEqual(FORBIDDEN);
      expect((await api().request('GET', '/api/events/5')).json).toEqual(renamed.json);
      expect((await api().request('GET', '/api/partnerships/3')).json.lastActivityAt).toBe('2026-11-20');
    });
  });

  it('leadership writes nothing, whatever the body', async () => {
    for (const [method, path, body] of [
      ['PUT', '/api/cities/1', { version: 1, notes: 'Leadership was here' }],
      ['POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-05T10:00:00.000Z', partnershipIds: [] }],
      ['DELETE', '/api/programs/3'],
      // The role is asked before the record is looked for, or the body read, on every backend.
      ['DELETE', '/api/cities/999999'],
      ['PUT', '/api/partnerships/999999', { version: 1 }],
      ['POST', '/api/cities', '{"name": '],
    ] as const) {
      expect({ path, ...shown(await as(LEADERSHIP, method, path, body)) }).toEqual({ path, ...FORBIDDEN });
    }
    expect(await snapshot(api())).toEqual(seededSnapshot(data));
  });

  describe('fields nobody sets by hand', () => {
    it('a create ignores id, version, timestamps and derived fields', async () => {
      const created = await as(ABENA, 'POST', '/api/cities', {
        id: 99, version: 7, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z',
        name: 'Tamale', country: 'GH', region: 'Eastern', side: 'us',
      });
      expect(shown(created)).toEqual({ status: 201, json: comparable(city({ id: 13, name: 'Tamale', country: 'GH', createdAt: NOW, updatedAt: NOW })) });
      expect((await api().request('GET', '/api/cities/99')).status).toBe(404);
    });

    it('an update ignores the derived regions of an event and the copies of a partnership', async () => {
      const event = await as(ABENA, 'PUT', '/api/events/1', { version: 1, regions: ['Eastern', 'Southern'], title: 'Accra–Columbus signing ceremony' });
      expect(shown(event)).toEqual({ status: 200, json: changed('events', 1, { title: 'Accra–Columbus signing ceremony' }) });
      const partnership = await as(ABENA, 'PUT', '/api/partnerships/1', { version: 1, region: 'Eastern', africanCityName: 'Nairobi', stalled: true, notes: 'Hers' });
      expect(shown(partnership)).toEqual({ status: 200, json: changed('partnerships', 1, { notes: 'Hers' }) });
    });

    it('a sign-in body cannot choose a role or a region', async () => {
      const { response } = await api().signIn({ email: 'abena.mensah@sistercities.example', password: 'sister-cities-demo', role: 'admin', region: 'Eastern', id: 1 });
      expect(shown(response)).toEqual({ status: 200, json: { id: ABENA, email: 'abena.mensah@sistercities.example', fullName: 'Abena Mensah', role: 'coordinator', region: 'Western', theme: null } });
    });

    it('a user created by an admin keeps only what an admin may set, and shows no password', async () => {
      const created = await as(ADMIN, 'POST', '/api/users', {
        id: 99, version: 5, createdAt: '2000-01-01T00:00:00.000Z', passwordHash: 'scrypt$1$1$1$x$y',
        email: 'new.person@sistercities.example', fullName: 'New Person', role: 'staff', password: 'a long enough passphrase',
      });
      expect(shown(created)).toEqual({
        status: 201,
        json: { id: 13, email: 'new.person@sistercities.example', fullName: 'New Person', role: 'staff', region: null, disabled: false, version: 1, createdAt: '<now>', updatedAt: '<now>' },
      });
      const { response } = await api().signIn({ email: 'new.person@sistercities.example', password: 'a long enough passphrase' });
      expect(response.status).toBe(200);
    });
  });
});
