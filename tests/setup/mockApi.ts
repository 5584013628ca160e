/**
 * The mock API for component tests: MSW (msw/node) answering /api from an in-memory store
 * seeded with the demo data, a FRESH store for every test, so tests own their data and pass
 * in any order.
 *
 * Usage — once at the top of a test file (or of a describe):
 *
 *   import { http, HttpResponse } from 'msw';
 *   import { useMockApi } from '../../../tests/setup/mockApi';
 *   import { renderApp } from '../../../tests/setup/renderApp';
 *
 *   const api = useMockApi();                      // options: { today?, data?, signedInAs? }
 *   // e.g. an empty pipeline: useMockApi({ data: () => ({ ...demoSeed(), partnerships: [], events: [], programs: [] }) })
 *   // signed out (the login page): useMockApi({ signedInAs: null }); as the leadership: useMockApi({ signedInAs: 11 })
 *
 *   it('saves the new contact', async () => {
 *     const city = api.create('cities', { name: 'Testville', country: 'GH' });  // a record of the test's own
 *     renderApp(`/cities/${city.id}`);
 *     // … the user edits and saves …
 *     await waitFor(() => expect(api.get('cities', city.id)?.contactName).toBe('Ama Owusu'));
 *   });
 *
 *   it('shows the conflict message', async () => {
 *     api.server.use(http.put('*\/api/cities/:id', () => HttpResponse.json({ message: 'stale' }, { status: 409 }), { once: true }));
 *     // …
 *   });
 *
 * Who is signed in: by default the data's first member of staff — Marcus Ellison (id 2) in
 * the demo seed; `signedInAs: <id>` another user (the demo team: 1 admin, 2–5 staff, 6–10 the
 * coordinators of Northern, Western, Central, Eastern, Southern, 11–12 leadership), `null`
 * nobody. `api.signIn(id | null)` switches within a test (as a sign-in or sign-out would).
 * The API then answers as the server does: 401 signed out, 403 when the role may not.
 * The demo team's password is DEMO_PASSWORD (src/mocks/auth.ts).
 *
 * `api.store` is the store of the running test (tables of stored records: `api.store.tables.partnerships`,
 * the users, the audit rows: `api.store.audit`); `api.get` / `api.all` return records as the
 * API shows them (partnerships with city names, region, stalled; events and programs with
 * their regions); `api.create` / `api.update` / `api.remove` (and `api.createUser`) go
 * through the same validation as POST / PUT / DELETE (`api.update` fills in the current
 * version) and throw ApiError when refused — but they are fixtures: they do NOT ask the
 * permission rule, so a test signed in as leadership (or signed out) can still set up its
 * records. They are audited, in the name of whoever is signed in.
 * Overrides made with `api.server.use` last for one test. Any request the mock does not
 * answer fails the test (onUnhandledRequest: 'error'). Today is MOCK_TODAY unless given.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import gazetteer from 'virtual:gazetteer';
import type { ListResource } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { mockApiHandlers } from '../../src/mocks/createMockApi';
import { createRecord, deleteRecord, getRecord, viewOf, updateRecord } from '../../src/mocks/records';
import { setSession } from '../../src/mocks/auth';
import { createStore, type ApiRecords, type MockStore } from '../../src/mocks/store';
import { createUser } from '../../src/mocks/users';

/** The date the tests live on: the demo seed is built as of this day. */
export const MOCK_TODAY = '2026-11-28';

let defaultSeed: SeedData | undefined;
/** The demo seed, built once per test file (each file runs in its own module scope). */
export function demoSeed(): SeedData {
  defaultSeed ??= generateSeed({ gazetteer, today: MOCK_TODAY });
  return defaultSeed;
}

export interface MockApiOptions {
  /** YYYY-MM-DD; default MOCK_TODAY. */
  today?: string;
  /** The data each test starts from (copied for every test); default the demo seed. */
  data?: () => SeedData;
  /** The id of the user signed in at the start of each test, or null; default the data's first member of staff. */
  signedInAs?: number | null;
}

const firstStaff = (data: SeedData) => (data.users.find((u) => u.role === 'staff') ?? data.users[0])?.id ?? null;

/** Fixtures set up data whoever is signed in: they skip the permission rule, not the validation. */
const FIXTURE = { guard: false };

export function useMockApi({ today = MOCK_TODAY, data, signedInAs }: MockApiOptions = {}) {
  let store: MockStore | undefined;
  const current = () => {
    if (!store) throw new Error('The mock API store exists only while a test runs.');
    return store;
  };
  const server = setupServer(...mockApiHandlers(current));
  let ownSeed: SeedData | undefined;
  const seed = () => {
    if (data) return data();
    if (today === MOCK_TODAY) return demoSeed();
    ownSeed ??= generateSeed({ gazetteer, today });
    return ownSeed;
  };

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    const start = structuredClone(seed());
    store = createStore({ data: start, today: () => today, gazetteer, signedInAs: signedInAs === undefined ? firstStaff(start) : signedInAs });
  });
  afterEach(() => {
    server.resetHandlers();
    store = undefined;
  });
  afterAll(() => server.close());

  return {
    server,
    get store() {
      return current();
    },
    get: <R extends ListResource>(resource: R, id: number): ApiRecords[R] | undefined => {
      const record = current().tables[resource].get(id);
      return record ? viewOf(current(), resource, record as never) : undefined;
    },
    all: <R extends ListResource>(resource: R): ApiRecords[R][] =>
      [...current().tables[resource].values()].map((record) => viewOf(current(), resource, record as never)),
    create: <R extends ListResource>(resource: R, body: Record<string, unknown>) => createRecord(current(), resource, body, FIXTURE),
    update: <R extends ListResource>(resource: R, id: number, changes: Record<string, unknown>) =>
      updateRecord(current(), resource, id, { version: getRecord(current(), resource, id).version, ...changes }, FIXTURE),
    remove: <R extends ListResource>(resource: R, id: number) => deleteRecord(current(), resource, id, undefined, FIXTURE),
    /** A member of the team with a password of their own (userCreateSchema: email, fullName, role, region, password). */
    createUser: (body: Record<string, unknown>) => createUser(current(), body, FIXTURE),
    /** Signs `userId` in (null: out), as POST /api/auth/login or logout would. */
    signIn: (userId: number | null) => setSession(current(), userId),
  };
}

export type MockApi = ReturnType<typeof useMockApi>;

/** One call to the mock API, as a client would make it: status, JSON body and headers. */
export async function callApi(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`http://localhost/api${path}`, {
    method,
    headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  // Tests read whatever the API answered: loosely typed on purpose.
  const json: any = text ? JSON.parse(text) : null;
  return { status: response.status, json, headers: response.headers };
}
