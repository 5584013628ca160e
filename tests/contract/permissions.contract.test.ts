// @vitest-environment node
/**
 * What a role may not do is refused on every backend, through every route, and leaves the
 * data as it was (decision 011). Abena Mensah (id 7) coordinates the Western region: Accra and
 * Kumasi (Ghana) are hers, Nairobi (Kenya, Eastern) is not.
 */
import { describe, expect, it } from 'vitest';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';
import { shown, snapshot } from './requests';

const ABENA = 7;
const LEADERSHIP = 11;
const FORBIDDEN = { status: 403, json: { message: 'app.auth.forbidden' } };

type Write = [label: string, method: string, path: string, body?: unknown];

/** Nairobi (city 3), its partnership 3, event 3 (Central and Eastern) and program 2 (Eastern). */
const OUTSIDE_HER_REGION: Write[] = [
  ['creates a city in Kenya', 'POST', '/api/cities', { name: 'Mombasa', country: 'KE', languages: ['sw'] }],
  ['creates a partnership of Nairobi', 'POST', '/api/partnerships', { africanCityId: 3, usCityId: 11, kind: 'sister', stage: 'prospect', cohort: '500in5', focusAreas: [] }],
  ['creates an event in Nairobi', 'POST', '/api/events', { type: 'exchange', title: 'Nairobi visit', startsAt: '2026-12-05T10:00:00.000Z', cityId: 3, partnershipIds: [] }],
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

describeContract('permissions', { data: contractData, reset: 'each' }, ({ api, reference }) => {
  /** The same request as the same user on both backends: the answers must be equal. */
  const both = async (userId: number, method: string, path: string, body?: unknown) => {
    const [got, expected] = await Promise.all([api().as(userId).request(method, path, body), reference().as(userId).request(method, path, body)]);
    expect(shown(got)).toEqual(shown(expected));
    return got;
  };

  describe('a coordinator outside her region', () => {
    it.each(OUTSIDE_HER_REGION)('%s: 403, as the mock says, and nothing changes', async (_label, method, path, body) => {
      const before = await snapshot(api());
      const [got, expected] = await Promise.all([api().as(ABENA).request(method, path, body), reference().as(ABENA).request(method, path, body)]);
      expect(shown(got)).toEqual(FORBIDDEN);
      expect(shown(expected)).toEqual(FORBIDDEN);
      expect(await snapshot(api())).toEqual(before);
    });

    it('still reads every list and record', async () => {
      for (const path of ['/api/cities', '/api/cities/3', '/api/partnerships', '/api/partnerships/3', '/api/events', '/api/events/3', '/api/programs', '/api/programs/2', '/api/users', '/api/users/9', '/api/stats/progress?region=Eastern']) {
        const [got, expected] = await Promise.all([api().as(ABENA).request('GET', path), reference().as(ABENA).request('GET', path)]);
        expect({ path, status: got.status }).toEqual({ path, status: 200 });
        expect(shown(got)).toEqual(shown(expected));
      }
    });

    it('writes in her region, as the mock does', async () => {
      for (const [method, path, body] of [
        ['PUT', '/api/cities/1', { version: 1, contactName: 'Ama Owusu' }],
        ['PUT', '/api/partnerships/1', { version: 1, nextStep: 'Call the mayor’s office' }],
        ['PUT', '/api/events/1', { version: 1, outcome: 'Signed' }],
        ['PUT', '/api/programs/1', { version: 1, adults: 3 }],
        ['POST', '/api/cities', { name: 'Tamale', country: 'GH', admin1: '06' }],
      ] as const) {
        const [got, expected] = await Promise.all([api().as(ABENA).request(method, path, body), reference().as(ABENA).request(method, path, body)]);
        expect({ path, status: got.status }).toEqual({ path, status: method === 'POST' ? 201 : 200 });
        expect(shown(got)).toEqual(shown(expected));
      }
    });
  });

  it('leadership writes nothing', async () => {
    const before = await snapshot(api());
    for (const [method, path, body] of [
      ['PUT', '/api/cities/1', { version: 1, notes: 'Leadership was here' }],
      ['POST', '/api/events', { type: 'exchange', title: 'Visit', startsAt: '2026-12-05T10:00:00.000Z', partnershipIds: [] }],
      ['DELETE', '/api/programs/3'],
      // The role is asked before the record is looked for, on every backend.
      ['DELETE', '/api/cities/999999'],
      ['PUT', '/api/partnerships/999999', { version: 1 }],
    ] as const) {
      expect({ path, ...shown(await api().as(LEADERSHIP).request(method, path, body)) }).toEqual({ path, ...FORBIDDEN });
    }
    expect(await snapshot(api())).toEqual(before);
  });

  describe('fields nobody sets by hand', () => {

    it('a create ignores id, version, timestamps and derived fields', async () => {
      const created = await both(ABENA, 'POST', '/api/cities', {
        id: 99, version: 7, createdAt: '2000-01-01T00:00:00.000Z', updatedAt: '2000-01-01T00:00:00.000Z',
        name: 'Tamale', country: 'GH', region: 'Eastern', side: 'us',
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ id: 13, version: 1, region: 'Western', side: 'africa', createdAt: expect.stringMatching(`^${TODAY}T`) });
      expect((await api().request('GET', '/api/cities/99')).status).toBe(404);
    });

    it('an update ignores the derived regions of an event and the copies of a partnership', async () => {
      const event = await both(ABENA, 'PUT', '/api/events/1', { version: 1, regions: ['Eastern', 'Southern'], title: 'Accra–Columbus signing ceremony' });
      expect(event.status).toBe(200);
      expect(event.json).toMatchObject({ regions: ['Western'], version: 2, title: 'Accra–Columbus signing ceremony' });
      const partnership = await both(ABENA, 'PUT', '/api/partnerships/1', { version: 1, region: 'Eastern', africanCityName: 'Nairobi', stalled: true, notes: 'Hers' });
      expect(partnership.status).toBe(200);
      expect(partnership.json).toMatchObject({ region: 'Western', africanCityName: 'Accra', stalled: false, notes: 'Hers' });
    });

    it('a sign-in body cannot choose a role or a region', async () => {
      const response = await api().raw('POST', '/api/auth/login', { email: 'abena.mensah@sistercities.example', password: 'sister-cities-demo', role: 'admin', region: 'Eastern', id: 1 });
      expect(response.json).toMatchObject({ id: ABENA, role: 'coordinator', region: 'Western' });
    });

    it('a user created by an admin keeps only what an admin may set, and shows no password', async () => {
      const created = await both(1, 'POST', '/api/users', {
        id: 99, version: 5, createdAt: '2000-01-01T00:00:00.000Z', passwordHash: 'scrypt$1$1$1$x$y',
        email: 'new.person@sistercities.example', fullName: 'New Person', role: 'staff', password: 'a long enough passphrase',
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ id: 13, version: 1, role: 'staff', region: null, disabled: false });
      expect(created.json).not.toHaveProperty('password');
      expect(created.json).not.toHaveProperty('passwordHash');
      const signIn = await api().raw('POST', '/api/auth/login', { email: 'new.person@sistercities.example', password: 'a long enough passphrase' });
      expect(signIn.status).toBe(200);
    });
  });
});
