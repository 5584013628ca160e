/**
 * The three implementations of the API the contract cases run against, behind one interface:
 * the MSW mock (src/mocks) answered in process through MSW's getResponse, and the server
 * (createApp + app.request) on in-memory SQLite and on PostgreSQL. No network either way,
 * but PostgreSQL's own loopback socket.
 *
 * Every backend is signed in (decision 011): a request goes as a user of the seeded team,
 * staff Marcus Ellison (id 2) unless the case picks someone else with `as(userId)` or
 * `signIn(email, password)`. `raw` sends exactly what it is given, without a session.
 */
import { getResponse } from 'msw';
import type { GazetteerCity, SeedData } from '../../src/domain/seed';
import { createMockApi } from '../../src/mocks/createMockApi';
import { createApp } from '../../server/app';
import { hashPassword } from '../../server/auth/password';
import { seedDatabase } from '../../server/db/seed';
import { postgresDatabase, sqliteDatabase, type ServerDatabase } from './databases';
import { TODAY } from './dataset';

export const BACKEND_NAMES = ['mock', 'sqlite', 'postgres'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** The demo team's password (src/mocks/auth.ts DEMO_PASSWORD); the server's seeded users get it too. */
export const DEMO_PASSWORD = 'sister-cities-demo';
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

/** One client of a backend: requests go with its session. */
export interface Client {
  /** `path` starts with /api. A string body is sent as it is (malformed JSON, oversize bodies). */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
}

export interface Backend extends Client {
  name: BackendName;
  /** A client signed in as the seeded user `userId` (demo password); null: a client with no session. */
  as(userId: number | null): Client;
  /** A client signed in with these credentials (a user a case created, say); its requests go without a session when sign-in fails. */
  withCredentials(credentials: Credentials): Client;
  /** The request as given: no session added, no sign-in (cookies are the case's business). */
  raw(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  /** Replaces everything the backend holds by `data`; nobody is signed in afterwards. */
  reset(data: SeedData): Promise<void>;
  close(): Promise<void>;
}

/** The instant as the mock stamps it: today's date at the current time of day. */
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

/** Requests one after another: the mock has one session, so a sign-in and the request it precedes must not interleave with another client's. */
function serialised() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = last.then(work, work);
    last = run.catch(() => undefined);
    return run;
  };
}

/**
 * The mock keeps one session per store (the browser's sessionStorage): a client of another user
 * signs in through POST /api/auth/login before its request, a client of nobody signs out.
 */
function mockBackend(gazetteer: readonly GazetteerCity[]): Backend {
  let handlers: ReturnType<typeof createMockApi>['handlers'] | undefined;
  let data: SeedData | undefined;
  /** Whose session the store holds, as this harness last set it; undefined: unknown (a raw auth request ran). */
  let holder: string | null | undefined = null;
  const inTurn = serialised();

  const send = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    if (!handlers) throw new Error('The mock backend has no data: call reset first.');
    const response = await getResponse(handlers, requestOf(method, path, body, headers));
    if (!response) throw new Error(`No mock handler answers ${method} ${path}`);
    return responseOf(response);
  };
  const holdSessionOf = async (credentials: Credentials) => {
    const key = credentials?.email ?? null;
    if (holder === key) return;
    const login = credentials ? await send('POST', '/api/auth/login', credentials) : null;
    if (login?.status === 200) holder = key;
    else {
      // Nobody, or a sign-in refused (a user disabled by the case): the request goes without a session.
      await send('POST', '/api/auth/logout', undefined);
      holder = credentials ? undefined : null;
    }
  };
  const client = (credentials: () => Credentials): Client => ({
    request: (method, path, body, headers) =>
      inTurn(async () => {
        await holdSessionOf(credentials());
        return send(method, path, body, headers);
      }),
  });
  const staff = client(() => credentialsOf(data, DEFAULT_USER_ID));
  return {
    name: 'mock',
    request: staff.request,
    as: (userId) => client(() => credentialsOf(data, userId)),
    withCredentials: (credentials) => client(() => credentials),
    raw: (method, path, body, headers) =>
      inTurn(async () => {
        if (path.startsWith('/api/auth/')) holder = undefined;
        return send(method, path, body, headers);
      }),
    async reset(seed) {
      data = structuredClone(seed);
      ({ handlers } = createMockApi({ data: structuredClone(seed), today: () => TODAY, gazetteer }));
      holder = null;
    },
    async close() {
      handlers = undefined;
    },
  };
}

/**
 * The seeded users' password hash, computed once per process. Its scrypt settings are far
 * below the production ones on purpose: the settings travel with the hash, so sign-in verifies
 * at this cost — ~3 ms instead of ~450 ms on a busy 2-core machine, paid at every reset and by
 * every user a case signs in. The production cost is server/auth's own tests' concern.
 */
let demoHash: Promise<string> | undefined;
const demoPasswordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD, { N: 2 ** 10, r: 8, p: 1 }));

/**
 * The server over a database that `prepare` empties and migrates. A fresh app after each
 * reset: the app keeps per-process caches (the progress figures) that a reset would fool.
 * Each client signs in once through POST /api/auth/login and sends its cookie from then on.
 */
function serverBackend(name: 'sqlite' | 'postgres', gazetteer: readonly GazetteerCity[], database: ServerDatabase): Backend {
  let app: ReturnType<typeof createApp> | undefined;
  let data: SeedData | undefined;
  /** Session cookies by email, until the next reset. A failed sign-in is kept as null: no session. */
  let cookies = new Map<string, Promise<string | null>>();

  const send = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    if (!app) throw new Error(`The ${name} backend has no data: call reset first.`);
    return responseOf(await app.request(requestOf(method, path, body, headers)));
  };
  const cookieOf = (credentials: Credentials): Promise<string | null> => {
    if (!credentials) return Promise.resolve(null);
    let cookie = cookies.get(credentials.email);
    if (!cookie) {
      cookie = send('POST', '/api/auth/login', credentials).then(sessionCookieOf);
      cookies.set(credentials.email, cookie);
    }
    return cookie;
  };
  const client = (credentials: () => Credentials): Client => ({
    async request(method, path, body, headers = {}) {
      const cookie = await cookieOf(credentials());
      return send(method, path, body, cookie ? { Cookie: cookie, ...headers } : headers);
    },
  });
  const staff = client(() => credentialsOf(data, DEFAULT_USER_ID));
  return {
    name,
    request: staff.request,
    as: (userId) => client(() => credentialsOf(data, userId)),
    withCredentials: (credentials) => client(() => credentials),
    raw: send,
    async reset(seed) {
      const handle = await database.prepare();
      await seedDatabase(handle, seed);
      // The seed carries no passwords (the server's demo team signs in only once an admin sets one).
      await handle.db.updateTable('users').set({ passwordHash: await demoPasswordHash() }).execute();
      data = structuredClone(seed);
      cookies = new Map();
      app = createApp({ handle, now, today: () => TODAY, gazetteer });
    },
    async close() {
      app = undefined;
      await database.close();
    },
  };
}

/**
 * Why the PostgreSQL backend cannot run here, or null when it can. Outside CI a missing
 * database is a skip; in CI it is a failure (the suite must run on all three backends).
 */
export function postgresUnavailable(): string | null {
  if (process.env.TEST_DATABASE_URL) return null;
  return 'TEST_DATABASE_URL is not set: run under `bash scripts/with-postgres.sh npx vitest run tests/contract`';
}

export async function openBackend(name: BackendName, gazetteer: readonly GazetteerCity[] = CONTRACT_GAZETTEER): Promise<Backend> {
  switch (name) {
    case 'mock':
      return mockBackend(gazetteer);
    case 'sqlite':
      return serverBackend('sqlite', gazetteer, sqliteDatabase());
    case 'postgres': {
      const url = process.env.TEST_DATABASE_URL;
      if (!url) throw new Error(postgresUnavailable()!);
      return serverBackend('postgres', gazetteer, await postgresDatabase(url));
    }
  }
}
