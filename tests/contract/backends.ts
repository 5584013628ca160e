/**
 * The one API (server/app.ts, createApp) reached three ways, behind one interface:
 * - `sqlite`: the server's app on in-memory better-sqlite3, driven by `app.request`; the
 *   session travels as the `sid` cookie;
 * - `wasm`: the same app as the mock mode runs it in the page: SQLite compiled to WebAssembly
 *   (sql.js) behind the MSW bridge (src/mocks/bridge.ts), each request answered in process by
 *   MSW's `getResponse` through the page's own handler, the session in a jar of the client's own;
 * - `postgres`: the server's app on PostgreSQL, as `sqlite`.
 * No network, but PostgreSQL's own loopback socket. No backend is compared with another: each
 * case states what it expects.
 *
 * Every client signs in through POST /api/auth/login (decision 011): a request goes as a user
 * of the seeded team, staff Marcus Ellison (id 2) unless the case picks someone else with
 * `as(userId)` or `withCredentials(credentials)`. `raw` sends exactly what it is given, without
 * a session; `signIn` and `withToken` let a case hold a session token itself.
 */
import { getResponse } from 'msw';
import type { SqlJsStatic } from 'sql.js';
import type { GazetteerCity, SeedData } from '../../src/domain/seed';
import { DEMO_PASSWORD } from '../../src/domain/seed/users';
import { apiHandler, memoryJar, mockApp, openMockDatabase, type MockApp } from '../../src/mocks/bridge';
import { createApp } from '../../server/app';
import { TEST_PASSWORDS } from '../../server/auth/testPasswords';
import type { SessionJar } from '../../server/auth/transport';
import { seedDatabase } from '../../server/db/seed';
import { loadSqlJs, TEST_WEB_PASSWORDS } from '../setup/mockApi';
import { postgresDatabase, sqliteDatabase, type Handle, type ServerDatabase } from './databases';
import { TODAY } from './dataset';


export { DEMO_PASSWORD };

export const BACKEND_NAMES = ['sqlite', 'wasm', 'postgres'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** Who a request goes as when the case does not say: staff, who reads and writes every record. */
export const DEFAULT_USER_ID = 2;

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed body; null when it was empty. Loosely typed: cases read whatever came back. */
  json: any;
}

/** Who a request goes as: a user's credentials, or nobody. */
export type Credentials = { email: string; password: string } | null;

/** One client of a backend, like one browser tab: requests go with its session, which a sign-in or a logout through it changes. */
export interface Client {
  /** `path` starts with /api. A string body is sent as it is (malformed JSON, oversize bodies). */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
}

/** A sign-in's answer, and the session token the backend gave the client (null: none). */
export interface SignIn {
  response: ApiResponse;
  token: string | null;
}

export interface Backend extends Client {
  name: BackendName;
  /** A client signed in as the seeded user `userId` (demo password); null: a client with no session. */
  as(userId: number | null): Client;
  /** A client signed in with these credentials (a user a case created, say); its requests go without a session when sign-in fails. */
  withCredentials(credentials: Credentials): Client;
  /** POST /api/auth/login with `body` from a client with no session: the answer, and the token it was given. */
  signIn(body: unknown): Promise<SignIn>;
  /** A client holding `token` as this backend's transport carries it (the `sid` cookie, or the page's session jar). */
  withToken(token: string | null): Client;
  /** The request as given, from a client with no session (cookies in `headers` are the case's business). */
  raw(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  /** Replaces everything the backend holds by `data`; nobody is signed in afterwards. */
  reset(data: SeedData): Promise<void>;
  close(): Promise<void>;
}

/** The instant written by a change: today's date at the current time of day. */
const now = () => `${TODAY}T${new Date().toISOString().slice(11)}`;

/** The few gazetteer cities GET /api/gazetteer looks through: one the data already holds. */
export const CONTRACT_GAZETTEER: GazetteerCity[] = [
  { geonameId: 2306104, name: 'Accra', country: 'GH', admin1: '07', lat: 5.556, lng: -0.1969, population: 1963264 },
  { geonameId: 2298890, name: 'Kumasi', country: 'GH', admin1: '02', lat: 6.6885, lng: -1.6244, population: 1468609 },
  { geonameId: 2306079, name: 'Achiaman', country: 'GH', admin1: '07', lat: 5.7, lng: -0.33333, population: 110000 },
  { geonameId: 4509177, name: 'Columbus', country: 'US', admin1: 'OH', lat: 39.96118, lng: -82.99879, population: 905748 },
  { geonameId: 4180439, name: 'Atlanta', country: 'US', admin1: 'GA', lat: 33.749, lng: -84.38798, population: 498715 },
];

function requestOf(method: string, path: string, body: unknown, headers: Record<string, string>): Request {
  const hasBody = body !== undefined;
  return new Request(`http://localhost${path}`, {
    method,
    headers: { Accept: 'application/json', ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: hasBody ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
  });
}

async function responseOf(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new Error(`${response.status} answered with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, json };
}

/** `sid=…` from a sign-in's Set-Cookie, as a browser would send it back; null when none was set. */
export function sessionCookieOf(response: ApiResponse): string | null {
  const setCookie = response.headers.get('set-cookie') ?? '';
  return /(?:^|,\s*)(sid=[^;,]+)/.exec(setCookie)?.[1] ?? null;
}

/** The seeded user's credentials; throws for an id the seed does not hold (a typo in a case). */
function credentialsOf(data: SeedData | undefined, userId: number | null): Credentials {
  if (userId === null) return null;
  const user = data?.users.find((u) => u.id === userId);
  if (!user) throw new Error(`The seed has no user ${userId}.`);
  return { email: user.email, password: DEMO_PASSWORD };
}

/** A request as a case writes it. */
interface Outgoing {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

/** How one backend carries a request and its session: `jar` is the client's, which the answer may change. */
type Transport = (outgoing: Outgoing, jar: SessionJar) => Promise<Response>;

/**
 * The clients of one backend over its transport. A client's session is a jar of its own; the
 * seeded users' clients start from a token of theirs, got once per reset through
 * POST /api/auth/login (a failed sign-in is kept as null: no session).
 */
function clientsOver(send: Transport, data: () => SeedData | undefined) {
  let tokens = new Map<string, Promise<string | null>>();
  const withToken = (token: string | null): Client => {
    const jar = memoryJar();
    if (token) jar.set(token);
    return { request: async (method, path, body, headers = {}) => responseOf(await send({ method, path, body, headers }, jar)) };
  };
  const signIn = async (body: unknown): Promise<SignIn> => {
    const jar = memoryJar();
    const response = await responseOf(await send({ method: 'POST', path: '/api/auth/login', body, headers: {} }, jar));
    return { response, token: jar.get() };
  };
  const tokenOf = (credentials: Credentials): Promise<string | null> => {
    if (!credentials) return Promise.resolve(null);
    let token = tokens.get(credentials.email);
    if (!token) {
      token = signIn(credentials).then((signedIn) => signedIn.token);
      tokens.set(credentials.email, token);
    }
    return token;
  };
  /**
   * A client whose session is the credentials' token of the current reset, signed in at its
   * first request after a reset; until the next reset, its own jar (a logout through it ends it).
   */
  const signedIn = (credentials: () => Credentials): Client => {
    let held: { token: Promise<string | null>; client: Client } | undefined;
    return {
      request: async (...args) => {
        const token = tokenOf(credentials());
        if (held?.token !== token) held = { token, client: withToken(await token) };
        return held.client.request(...args);
      },
    };
  };
  return {
    withToken,
    signIn,
    as: (userId: number | null) => signedIn(() => credentialsOf(data(), userId)),
    withCredentials: (credentials: Credentials) => signedIn(() => credentials),
    raw: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => withToken(null).request(method, path, body, headers),
    /** Forgets every token: after a reset nobody is signed in. */
    forget: () => {
      tokens = new Map();
    },
  };
}

/** A backend of `name` over `send`; `load` replaces what the backend holds. */
function backendOver(name: BackendName, send: Transport, load: (data: SeedData) => Promise<void>, close: () => Promise<void>): Backend {
  let data: SeedData | undefined;
  const clients = clientsOver(send, () => data);
  const staff = clients.as(DEFAULT_USER_ID);
  return {
    name,
    request: (...args) => staff.request(...args),
    as: clients.as,
    withCredentials: clients.withCredentials,
    signIn: clients.signIn,
    withToken: clients.withToken,
    raw: clients.raw,
    async reset(seed) {
      await load(seed);
      data = structuredClone(seed);
      clients.forget();
    },
    close,
  };
}

/** The demo team's password hash at the tests' cheap scrypt cost, computed once per process. */
let demoHash: Promise<string> | undefined;
const testPasswordHash = () => (demoHash ??= TEST_PASSWORDS.hash(DEMO_PASSWORD));

/**
 * The server's app behind a cookie, as a browser talks to it: the jar's token goes as `sid`,
 * and a Set-Cookie of `sid` (a sign-in, a logout) fills or empties the jar.
 */
function cookieTransport(appOf: () => ReturnType<typeof createApp>): Transport {
  return async ({ method, path, body, headers }, jar) => {
    const token = jar.get();
    const response = await appOf().request(requestOf(method, path, body, token ? { Cookie: `sid=${token}`, ...headers } : headers));
    const setCookie = /(?:^|,\s*)sid=([^;,]*)([^,]*)/.exec(response.headers.get('set-cookie') ?? '');
    if (setCookie) {
      const [, value, attributes] = setCookie;
      if (value && !/max-age=0/i.test(attributes!)) jar.set(value);
      else jar.clear();
    }
    return response;
  };
}

/**
 * The server over a database that `prepare` empties and migrates, seeded as the server seeds
 * it with the demo team given DEMO_PASSWORD. A fresh app after each reset: the app keeps
 * per-process caches (the progress figures) that a reset would fool.
 */
function serverBackend(name: 'sqlite' | 'postgres', gazetteer: readonly GazetteerCity[], database: ServerDatabase): Backend {
  let app: ReturnType<typeof createApp> | undefined;
  const appOf = () => {
    if (!app) throw new Error(`The ${name} backend has no data: call reset first.`);
    return app;
  };
  const load = async (seed: SeedData) => {
    const handle: Handle = await database.prepare();
    await seedDatabase(handle, seed, { passwordHash: await testPasswordHash() });
    app = createApp({ handle, now, today: () => TODAY, gazetteer, passwords: TEST_PASSWORDS });
  };
  return backendOver(name, cookieTransport(appOf), load, async () => {
    app = undefined;
    await database.close();
  });
}

/**
 * The mock mode's bridge, as the page runs it: a sql.js database made by openMockDatabase,
 * the app of mockApp, and each request handed to MSW's handler of the whole API (apiHandler)
 * with the client's jar. A seed is migrated and loaded once; later resets to the same data
 * copy its exported bytes, which takes milliseconds.
 */
function wasmBackend(gazetteer: readonly GazetteerCity[]): Backend {
  let SQL: SqlJsStatic | undefined;
  let current: { app: MockApp; close: () => Promise<void> } | undefined;
  let seeded: { json: string; bytes: Uint8Array } | undefined;
  const appOf = () => {
    if (!current) throw new Error('The wasm backend has no data: call reset first.');
    return current.app;
  };
  const send: Transport = async ({ method, path, body, headers }, jar) => {
    const response = await getResponse([apiHandler(appOf, jar)], requestOf(method, path, body, headers));
    if (!response) throw new Error(`The bridge's handler does not answer ${method} ${path}`);
    return response;
  };
  const load = async (seed: SeedData) => {
    SQL ??= await loadSqlJs();
    const json = JSON.stringify(seed);
    if (seeded?.json !== json) {
      const fresh = await openMockDatabase(SQL, { data: seed });
      seeded = { json, bytes: fresh.exportBytes() };
      await fresh.close();
    }
    await current?.close();
    const handle = await openMockDatabase(SQL, { bytes: seeded.bytes });
    current = { app: mockApp(handle, { today: () => TODAY, now, gazetteer, passwords: TEST_WEB_PASSWORDS }), close: () => handle.close() };
  };
  return backendOver('wasm', send, load, async () => {
    await current?.close();
    current = undefined;
  });
}

/**
 * Why the PostgreSQL backend cannot run here, or null when it can. Outside CI a missing
 * database is a skip; in CI it is a failure (the suite must run on all three backends).
 */
export function postgresUnavailable(): string | null {
  if (process.env.TEST_DATABASE_URL) return null;
  return 'TEST_DATABASE_URL is not set: run under `bash scripts/with-postgres.sh npx vitest run --project unit tests/contract`';
}

export async function openBackend(name: BackendName, gazetteer: readonly GazetteerCity[] = CONTRACT_GAZETTEER): Promise<Backend> {
  switch (name) {
    case 'sqlite':
      return serverBackend('sqlite', gazetteer, sqliteDatabase());
    case 'wasm':
      return wasmBackend(gazetteer);
    case 'postgres': {
      const url = process.env.TEST_DATABASE_URL;
      if (!url) throw new Error(postgresUnavailable()!);
      return serverBackend('postgres', gazetteer, await postgresDatabase(url));
    }
  }
}
