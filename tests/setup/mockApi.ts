/**
 * The API for component tests: the server's own app (server/app.ts) on SQLite compiled to
 * WebAssembly, reached through the mock mode's MSW bridge (src/mocks/bridge.ts) exactly as the
 * page reaches it. Every test gets a fresh copy of a database seeded once per file, so tests
 * own their data and pass in any order.
 *
 *   const api = useMockApi();                       // options: { today?, data?, signedInAs? }
 *   // an empty pipeline: useMockApi({ data: emptyPipeline }); signed out: useMockApi({ signedInAs: null })
 *
 *   it('saves the new contact', async () => {
 *     const city = await api.create('cities', { name: 'Testville', country: 'GH' });   // a record of the test's own
 *     renderApp(`/cities/${city.id}`);
 *     // … the user edits and saves …
 *     await waitFor(async () => expect((await api.get('cities', city.id))?.contactName).toBe('Ama Owusu'));
 *   });
 *
 * Two sessions, as two browser tabs would hold them:
 * - the page's (what renderApp's requests carry): by default the data's first member of staff
 *   — Marcus Ellison (id 2) in the demo seed; `signedInAs: <id>` another user (the demo team:
 *   1 admin, 2–5 staff, 6–10 the coordinators of Northern, Western, Central, Eastern,
 *   Southern, 11–12 leadership), `null` nobody; `api.signIn(id | null)` switches within a test;
 * - the fixtures' (`api.create`, `api.update`, `api.remove`, `api.get`, `api.all`,
 *   `api.createUser`, `api.audit`, `api.call`): the data's first admin, or its first member of
 *   staff when it has no admin. Fixtures go through the API, its validation and its rules;
 *   a refusal throws. They are audited in that user's name.
 *
 * The demo team signs in with DEMO_PASSWORD. Overrides made with `api.server.use` last for one
 * test; a request nothing answers fails the test (onUnhandledRequest: 'error'). Today is
 * MOCK_TODAY unless given; the clock moves on a second at each reading, from 09:00 UTC.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import gazetteer from 'virtual:gazetteer';
import type { AuditRow, ListResource } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { createSession } from '../../server/auth/sessions';
import type { DatabaseHandle } from '../../server/db/database';
import { LOW_COST } from '../../server/auth/password';
import { apiHandler, memoryJar, mockApp, openMockDatabase, type MockApp } from '../../src/mocks/bridge';
import { webPasswords } from '../../src/mocks/webScrypt';

/** Passwords set by the tests are hashed at a low cost: the production cost is the server tests' concern. */
export const TEST_WEB_PASSWORDS = webPasswords(LOW_COST);

/** The date the tests live on: the demo seed is built as of this day. */
export const MOCK_TODAY = '2026-11-28';

let defaultSeed: SeedData | undefined;
/** The demo seed, built once per test file (each file runs in its own module scope). */
export function demoSeed(): SeedData {
  defaultSeed ??= generateSeed({ gazetteer, today: MOCK_TODAY });
  return defaultSeed;
}

let sqlJs: Promise<SqlJsStatic> | undefined;
/** sql.js, given its WebAssembly binary from node_modules (the page fetches the same file). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
  sqlJs ??= initSqlJs({ wasmBinary: readFileSync(wasm).buffer as ArrayBuffer });
  return sqlJs;
}

export interface MockApiOptions {
  /** YYYY-MM-DD; default MOCK_TODAY. */
  today?: string;
  /** The data the file's database is seeded with (once); default the demo seed. */
  data?: () => SeedData;
  /** The id of the user signed in at the start of each test, or null; default the data's first member of staff. */
  signedInAs?: number | null;
}

/** What a test reads back: loosely typed, as a client reads JSON. */
type Json = any;

export interface ApiAnswer {
  status: number;
  json: Json;
  headers: Headers;
}

const firstOf = (data: SeedData, role: string) => data.users.find((user) => user.role === role)?.id;

export function useMockApi({ today = MOCK_TODAY, data = demoSeed, signedInAs }: MockApiOptions = {}) {
  let SQL: SqlJsStatic;
  let seeded: Uint8Array;
  let seed: SeedData;
  let current: { app: MockApp; handle: DatabaseHandle } | undefined;
  const pageJar = memoryJar();
  const fixtureJar = memoryJar();
  const running = () => {
    if (!current) throw new Error('The API exists only while a test runs.');
    return current;
  };
  // Answers under way: a page left by a finished test may still be loading its widgets.
  const underWay = new Set<Promise<Response>>();
  const track = (answer: Promise<Response>) => {
    underWay.add(answer);
    void answer.finally(() => underWay.delete(answer)).catch(() => {});
    return answer;
  };
  const server = setupServer(apiHandler(() => running().app, pageJar, track));
  let seconds = 0;
  const now = () => new Date(Date.parse(`${today}T09:00:00.000Z`) + 1000 * seconds++).toISOString();
  const sessionOf = (userId: number) => createSession(running().handle.db, userId, now());

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    SQL = await loadSqlJs();
    seed = data();
    const handle = await openMockDatabase(SQL, { data: seed });
    seeded = handle.exportBytes();
    await handle.close();
  });
  beforeEach(async () => {
    const handle = await openMockDatabase(SQL, { bytes: seeded });
    current = { handle, app: mockApp(handle, { today: () => today, now, gazetteer, passwords: TEST_WEB_PASSWORDS }) };
    const fixtureUser = firstOf(seed, 'admin') ?? firstOf(seed, 'staff') ?? seed.users[0]?.id;
    if (fixtureUser === undefined) fixtureJar.clear();
    else fixtureJar.set(await sessionOf(fixtureUser));
    await signIn(signedInAs === undefined ? (firstOf(seed, 'staff') ?? seed.users[0]?.id ?? null) : signedInAs);
  });
  afterEach(async () => {
    // The page goes first and its last requests are answered, so none meets a closed database
    // (and logs an error into the next test).
    cleanup();
    for (let quiet = 0, round = 0; quiet < 5 && round < 100; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      quiet = underWay.size === 0 ? quiet + 1 : 0;
      await Promise.allSettled(underWay);
    }
    server.resetHandlers();
    await current?.handle.close();
    current = undefined;
  });
  afterAll(() => server.close());

  /** Signs the page in as `userId` (null: out), as a sign-in or sign-out would. */
  async function signIn(userId: number | null) {
    if (userId === null) pageJar.clear();
    else pageJar.set(await sessionOf(userId));
  }

  /** One request with the fixtures' session. */
  async function call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const response = await running().app.request(
      `http://localhost/api${path}`,
      { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) },
      { sessionJar: fixtureJar },
    );
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
  }

  async function must(method: string, path: string, body?: unknown): Promise<Json> {
    const { status, json } = await call(method, path, body);
    if (status >= 400) throw new Error(`${method} /api${path} answered ${status}: ${JSON.stringify(json)}`);
    return json;
  }

  const PAGE = 1000;
  /** Every record matching `filter`, by id, a page of the API's largest at a time. */
  async function all(resource: string, filter: Record<string, unknown>): Promise<Json[]> {
    const records: Json[] = [];
    for (let start = 0; ; start += PAGE) {
      const range = JSON.stringify([start, start + PAGE - 1]);
      const { status, json, headers } = await call('GET', `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter), range, sort: '["id","ASC"]' })}`);
      if (status >= 400) throw new Error(`GET /api/${resource} answered ${status}: ${JSON.stringify(json)}`);
      records.push(...json);
      if (records.length >= Number(headers.get('Content-Range')?.split('/')[1] ?? 0) || json.length === 0) return records;
    }
  }

  return {
    server,
    signIn,
    call,
    /** A record as the API shows it, or undefined when it does not exist. */
    get: async (resource: ListResource | 'users', id: number): Promise<Json | undefined> => {
      const { status, json } = await call('GET', `/${resource}/${id}`);
      return status === 404 ? undefined : json;
    },
    /** Every record matching `filter`, by id. */
    all: (resource: ListResource | 'users', filter: Record<string, unknown> = {}): Promise<Json[]> => all(resource, filter),
    create: (resource: ListResource, body: Record<string, unknown>): Promise<Json> => must('POST', `/${resource}`, body),
    /** Lays `changes` over the record as it now is (its current version included). */
    update: async (resource: ListResource | 'users', id: number, changes: Record<string, unknown>): Promise<Json> =>
      must('PUT', `/${resource}/${id}`, { ...(await must('GET', `/${resource}/${id}`)), ...changes }),
    remove: (resource: ListResource | 'users', id: number): Promise<Json> => must('DELETE', `/${resource}/${id}`),
    /** A member of the team with a password of their own (email, fullName, role, region, password). */
    createUser: (body: Record<string, unknown>): Promise<Json> => must('POST', '/users', body),
    /** The audit rows matching `filter` (e.g. { resource: 'cities', recordId: 3 }), oldest first. */
    audit: (filter: Record<string, unknown> = {}): Promise<AuditRow[]> => all('audit', filter),
  };
}

export type MockApi = ReturnType<typeof useMockApi>;

/** One request as the page makes it (its session, through MSW): status, JSON body and headers. */
export async function callApi(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
  const response = await fetch(`http://localhost/api${path}`, {
    method,
    headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}
