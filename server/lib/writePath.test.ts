import gazetteer from 'virtual:gazetteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../src/domain/seed';
import { DEMO_PASSWORD } from '../../src/domain/seed/users';
import { createApp } from '../app';
import { createSession } from '../auth/sessions';
import { TEST_PASSWORDS } from '../auth/testPasswords';
import type { DatabaseHandle } from '../db/database';
import { seedDatabase } from '../db/seed';
import { openTestDatabase, TEST_BACKENDS } from '../db/testDatabase';
import { requestOf, type Upload } from '../resources/imports/importServer';

const TODAY = '2026-11-28';
const ADMIN = 1;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Request = { path: string; body?: unknown; upload?: Upload; headers?: Record<string, string> };

/**
 * What one mutating route does to the data: `record` changes one record (the write path:
 * one audit row, the revision moved, nothing kept stale); `refused` changes nothing (the
 * audit log is read-only); `session` signs in or out, which changes no record; `rehearsal`
 * reads or tries a file to import and keeps nothing; `preference` changes a user's own saved
 * view: the revision moves (no instance keeps a stale list of views), and nothing is audited
 * (decision 024).
 */
interface RouteCase {
  kind: 'record' | 'refused' | 'session' | 'rehearsal' | 'preference';
  /** The request, made ready by writes of its own beforehand (a record to delete, say). */
  request: () => Promise<Request>;
  /** GET paths whose kept answers a change must change (and a refusal leave as they were), never stale. */
  reads: (request: Request) => string[];
}

/**
 * A change of a record moves the revision by one and writes one audit row; a refusal changes
 * nothing; signing in or out changes no record (a sign-out moves the revision, so no instance
 * keeps the session).
 */
const OUTCOME = {
  record: () => ({ status: 200, revisionMoved: 1, auditRows: 1 }),
  refused: () => ({ status: 400, revisionMoved: 0, auditRows: 0 }),
  session: (route: string) => ({ status: 200, revisionMoved: route.endsWith('logout') ? 1 : 0, auditRows: 0 }),
  rehearsal: () => ({ status: 200, revisionMoved: 0, auditRows: 0 }),
  preference: () => ({ status: 200, revisionMoved: 1, auditRows: 0 }),
};

const list = (resource: string, filter: object) => `/api/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;

describe.each(TEST_BACKENDS)('every mutating route on %s goes through the one write path', (backend) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookie = '';
  let seconds = 0;
  const now = () => new Date(Date.parse(`${TODAY}T09:00:00.000Z`) + 1000 * seconds++).toISOString();
  const instance = () => createApp({ handle, now, today: () => TODAY, gazetteer, passwords: TEST_PASSWORDS });

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    await seedDatabase(handle, generateSeed({ gazetteer, today: TODAY }), { passwordHash: await TEST_PASSWORDS.hash(DEMO_PASSWORD) });
    app = instance();
    cookie = `sid=${await createSession(handle.db, ADMIN, now())}`;
  });
  afterAll(() => handle?.close());

  async function send(method: string, { path, body, upload, headers = {} }: Request, on = app) {
    const file = upload && requestOf(upload);
    const response = await on.request(`${path}${file?.query ?? ''}`, {
      method,
      headers: { Cookie: cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: file ? file.body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null, range: response.headers.get('Content-Range') };
  }
  const get = (path: string, on = app) => send('GET', { path }, on);
  /** What a read shows: the body, and for a list its place in the whole. */
  const read = async (path: string, on = app) => {
    const { json, range } = await get(path, on);
    return { json, range };
  };
  const create = async (resource: string, body: object) => (await send('POST', { path: `/api/${resource}`, body })).json;
  const revision = async () => Number((await handle.db.selectFrom('revision').select('value').executeTakeFirstOrThrow()).value);
  const auditRows = async () => Number((await handle.db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  const draftPartnership = async () => ({
    africanCityId: (await create('cities', { name: `Testville ${seconds}`, country: 'GH' })).id,
    usCityId: (await create('cities', { name: `Testburg ${seconds}`, country: 'US', admin1: 'OH' })).id,
    kind: 'sister',
    stage: 'signed',
    signedAt: TODAY,
    cohort: '500in5',
    focusAreas: ['youth_education'],
  });
  const progress = ['/api/stats/progress', '/api/stats/progress?region=Western'];
  /** Reads the change must show in: the list's total (a record more or fewer), the record itself, and `extra`. */
  const recordCase = (resource: string, request: () => Promise<Request>, extra: string[] = []): RouteCase => ({
    kind: 'record',
    request,
    reads: ({ path, body }) => {
      const id = Number(path.split('/')[3]);
      const total = `/api/${resource}?range=[0,0]`;
      if (!id) return [total, ...extra];
      return [...(body === undefined ? [total] : []), list(resource, { id: [id] }), ...extra];
    },
  });
  const current = async (resource: string, id: number) => (await get(`/api/${resource}/${id}`)).json;
  /** A file of one new city to import. */
  const oneCity = (): Upload => ({ resource: 'cities', name: 'cities.csv', content: `Name,Country\nImportville ${seconds},GH\n`, mapping: { name: 'Name', country: 'Country' } });
  const rehearsalCase = (path: string): RouteCase => ({ kind: 'rehearsal', request: async () => ({ path, upload: oneCity() }), reads: () => ['/api/cities?range=[0,0]'] });

  const viewCase = (request: () => Promise<Request>): RouteCase => ({ kind: 'preference', request, reads: () => ['/api/views'] });

  /** A sign-up as the public page sends it: the form's stamp, then the form, sent once a person would have read it. */
  const signUp = async () => {
    const { token } = (await get('/api/join/start')).json;
    seconds += 10;
    return { side: 'africa', organisation: `Youth Trust ${seconds}`, contactName: 'Ama Owusu', email: `ama${seconds}@example.org`, cityName: 'Accra', country: 'GH', consent: true, token };
  };
  /** A stored inquiry, as staff read it. */
  const inquiry = async () => {
    await send('POST', { path: '/api/join', body: await signUp() });
    return (await get('/api/inquiries?range=[0,0]')).json[0];
  };

  const CASES: Record<string, RouteCase> = {
    'POST /api/cities': recordCase('cities', async () => ({ path: '/api/cities', body: { name: 'Ségou Nouvelle', country: 'ML' } })),
    'PUT /api/cities/:id': recordCase('cities', async () => ({ path: '/api/cities/1', body: { ...(await current('cities', 1)), contactName: 'Ama Owusu' } })),
    'DELETE /api/cities/:id': recordCase('cities', async () => ({ path: `/api/cities/${(await create('cities', { name: 'Testville', country: 'GH' })).id}` })),
    'POST /api/partnerships': recordCase('partnerships', async () => ({ path: '/api/partnerships', body: await draftPartnership() }), progress),
    'PUT /api/partnerships/:id': recordCase(
      'partnerships',
      async () => {
        const [talks] = (await get(list('partnerships', { stage: 'exploring', cohort: '500in5', region: 'Western' }))).json;
        return { path: `/api/partnerships/${talks.id}`, body: { ...talks, stage: 'signed', signedAt: TODAY } };
      },
      progress,
    ),
    'POST /api/partnerships/bulk': {
      kind: 'record',
      request: async () => {
        const [row] = (await get(list('partnerships', { stage: 'interest' }))).json;
        return { path: '/api/partnerships/bulk', body: { items: [{ id: row.id, version: row.version }], set: { nextStep: 'Call the mayor' } } };
      },
      reads: ({ body }) => [list('partnerships', { id: (body as { items: { id: number }[] }).items.map((item) => item.id) })],
    },
    'DELETE /api/partnerships/:id': recordCase(
      'partnerships',
      async () => ({ path: `/api/partnerships/${(await create('partnerships', await draftPartnership())).id}` }),
      progress,
    ),
    'POST /api/events': recordCase('events', async () => ({ path: '/api/events', body: { type: 'virtual_meeting', title: 'Réunion', startsAt: `${TODAY}T08:00:00.000Z`, virtual: true, partnershipIds: [1] } }), [
      '/api/partnerships/1',
    ]),
    'PUT /api/events/:id': recordCase('events', async () => ({ path: '/api/events/1', body: { ...(await current('events', 1)), outcome: 'Agreed a visit' } })),
    'DELETE /api/events/:id': recordCase('events', async () => ({ path: '/api/events/2' })),
    'POST /api/programs': recordCase('programs', async () => ({ path: '/api/programs', body: { kind: 'exchange', title: 'Échange', cycleYear: 2027, status: 'planned' } })),
    'PUT /api/programs/:id': recordCase('programs', async () => ({ path: '/api/programs/1', body: { ...(await current('programs', 1)), status: 'running' } })),
    'DELETE /api/programs/:id': recordCase('programs', async () => ({ path: '/api/programs/2' })),
    'POST /api/users': recordCase('users', async () => ({
      path: '/api/users',
      body: { email: 'new.colleague@sistercities.example', fullName: 'Nouvel Collègue', role: 'staff', password: 'a long enough password' },
    })),
    'PUT /api/users/:id': recordCase('users', async () => ({ path: '/api/users/3', body: { ...(await current('users', 3)), fullName: 'Priya Raman-Okoye' } })),
    'DELETE /api/users/:id': recordCase('users', async () => {
      const user = await create('users', { email: 'leaving@sistercities.example', fullName: 'Leaving Soon', role: 'staff', password: 'a long enough password' });
      return { path: `/api/users/${user.id}` };
    }),
    'PUT /api/settings/:id': {
      kind: 'record',
      request: async () => ({ path: '/api/settings/1', body: { ...(await current('settings', 1)), target: 550, milestones: [110, 220, 330, 440, 550] } }),
      reads: () => ['/api/settings/1', ...progress],
    },
    // The public's sign-up (decision 039): the same write path, in no one's name.
    'POST /api/join': recordCase('inquiries', async () => ({ path: '/api/join', body: await signUp() })),
    'POST /api/inquiries': { kind: 'refused', request: async () => ({ path: '/api/inquiries', body: {} }), reads: () => ['/api/inquiries?range=[0,0]'] },
    'PUT /api/inquiries/:id': recordCase('inquiries', async () => {
      const stored = await inquiry();
      return { path: `/api/inquiries/${stored.id}`, body: { ...stored, status: 'contacted' } };
    }),
    'POST /api/inquiries/:id/convert': recordCase('inquiries', async () => {
      const [stored, [city]] = [await inquiry(), (await get(list('cities', { side: 'africa' }))).json];
      return { path: `/api/inquiries/${stored.id}/convert`, body: { version: stored.version, cityId: city.id } };
    }),
    'DELETE /api/inquiries/:id': recordCase('inquiries', async () => ({ path: `/api/inquiries/${(await inquiry()).id}` })),
    'POST /api/imports/columns': rehearsalCase('/api/imports/columns'),
    'POST /api/imports/dry-run': rehearsalCase('/api/imports/dry-run'),
    'POST /api/imports': recordCase('cities', async () => ({ path: '/api/imports', upload: oneCity() })),
    'POST /api/imports/:id/undo': {
      kind: 'record',
      request: async () => ({ path: `/api/imports/${(await send('POST', { path: '/api/imports', upload: oneCity() })).json.id}/undo` }),
      reads: () => ['/api/cities?range=[0,0]'],
    },
    'POST /api/auth/password': {
      kind: 'record',
      request: async () => ({ path: '/api/auth/password', body: { currentPassword: DEMO_PASSWORD, password: 'a brand new password' } }),
      reads: () => [list('users', { id: [ADMIN] })],
    },
    // A user's own theme (decision 036): audited as a change of their account; /me answers it at once.
    'PUT /api/auth/preferences': { kind: 'record', request: async () => ({ path: '/api/auth/preferences', body: { theme: 'dark' } }), reads: () => ['/api/auth/me'] },
    'POST /api/views': viewCase(async () => ({ path: '/api/views', body: { name: 'Western, stalled', target: 'partnerships', filter: { region: 'Western', stalled: true }, shared: true } })),
    'PUT /api/views/:id': viewCase(async () => {
      const view = await create('views', { name: 'Mine', target: 'board', filter: {} });
      return { path: `/api/views/${view.id}`, body: { ...view, name: 'Mine, renamed' } };
    }),
    'DELETE /api/views/:id': viewCase(async () => ({ path: `/api/views/${(await create('views', { name: 'Short-lived', target: 'cities', filter: {} })).id}` })),
    'POST /api/audit': { kind: 'refused', request: async () => ({ path: '/api/audit', body: {} }), reads: () => ['/api/audit'] },
    'PUT /api/audit/:id': { kind: 'refused', request: async () => ({ path: '/api/audit/1', body: {} }), reads: () => ['/api/audit'] },
    'DELETE /api/audit/:id': { kind: 'refused', request: async () => ({ path: '/api/audit/1' }), reads: () => ['/api/audit'] },
    'POST /api/auth/login': {
      kind: 'session',
      request: async () => ({ path: '/api/auth/login', body: { email: 'marcus.ellison@sistercities.example', password: DEMO_PASSWORD } }),
      reads: () => [],
    },
    'POST /api/auth/logout': { kind: 'session', request: async () => ({ path: '/api/auth/logout', headers: { Cookie: `sid=${await createSession(handle.db, 2, now())}` } }), reads: () => [] },
  };

  it('has a case for each mutating route the app serves, and no case for a route it does not serve', () => {
    const served = new Set(createApp({ handle, now, today: () => TODAY, gazetteer, passwords: TEST_PASSWORDS }).routes.filter((r) => MUTATING.has(r.method)).map((r) => `${r.method} ${r.path}`));
    expect([...served].sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))('%s', async (route) => {
    const routeCase = CASES[route]!;
    const method = route.split(' ')[0]!;
    const request = await routeCase.request();
    const reads = routeCase.reads(request);
    // Read twice: the second answer is the kept one.
    for (const path of reads) await read(path);
    const kept = await Promise.all(reads.map((path) => read(path)));
    const [revisionBefore, auditBefore] = [await revision(), await auditRows()];

    const { status, json } = await send(method, request);

    const [revisionAfter, auditAfter] = [await revision(), await auditRows()];
    expect({ route, status: Math.floor(status / 100) * 100, revisionMoved: revisionAfter - revisionBefore, auditRows: auditAfter - auditBefore, json }).toEqual({
      route,
      ...OUTCOME[routeCase.kind](route),
      // The answer shows in the diff when the status is not the one expected.
      json: routeCase.kind === 'refused' ? { message: 'app.auth.forbidden' } : json,
    });
    // What is served now is what an instance that kept nothing computes; a change shows in every read, a refusal in none.
    const after = await Promise.all(reads.map((path) => read(path)));
    const cold = instance();
    expect(after).toEqual(await Promise.all(reads.map((path) => read(path, cold))));
    const changed = reads.filter((_path, index) => JSON.stringify(after[index]) !== JSON.stringify(kept[index]));
    expect(changed).toEqual(routeCase.kind === 'record' || routeCase.kind === 'preference' ? reads : []);
  });

  it('writes one audit row per change, in the name of whoever made it', async () => {
    const [last] = (await get(`/api/audit?${new URLSearchParams({ sort: '["id","DESC"]', range: '[0,0]' })}`)).json;
    expect(last).toMatchObject({ userId: ADMIN, userName: 'Ada Whitfield', resource: 'users', action: 'update', recordId: ADMIN });
  });
});
