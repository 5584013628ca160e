/**
 * The three implementations of the API the contract cases run against, behind one interface:
 * the MSW mock (src/mocks) answered in process through MSW's getResponse, and the server
 * (createApp + app.request) on in-memory SQLite and on PostgreSQL. No network either way,
 * but PostgreSQL's own loopback socket.
 */
import { getResponse } from 'msw';
import type { GazetteerCity, SeedData } from '../../src/domain/seed';
import { createMockApi } from '../../src/mocks/createMockApi';
import { createApp } from '../../server/app';
import { seedDatabase } from '../../server/db/seed';
import { postgresDatabase, sqliteDatabase, type ServerDatabase } from './databases';
import { TODAY } from './dataset';

export const BACKEND_NAMES = ['mock', 'sqlite', 'postgres'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed body; null when it was empty. Loosely typed: cases read whatever came back. */
  json: any;
}

export interface Backend {
  name: BackendName;
  /** `path` starts with /api. A string body is sent as it is (malformed JSON, oversize bodies). */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  /** Replaces everything the backend holds by `data`. */
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

function mockBackend(gazetteer: readonly GazetteerCity[]): Backend {
  let handlers: ReturnType<typeof createMockApi>['handlers'] | undefined;
  return {
    name: 'mock',
    async request(method, path, body, headers = {}) {
      if (!handlers) throw new Error('The mock backend has no data: call reset first.');
      const response = await getResponse(handlers, requestOf(method, path, body, headers));
      if (!response) throw new Error(`No mock handler answers ${method} ${path}`);
      return responseOf(response);
    },
    async reset(data) {
      handlers = createMockApi({ data: structuredClone(data), today: () => TODAY, gazetteer }).handlers;
    },
    async close() {
      handlers = undefined;
    },
  };
}

/**
 * The server over a database that `prepare` empties and migrates. A fresh app after each
 * reset: the app keeps per-process caches (the progress figures) that a reset would fool.
 */
function serverBackend(name: 'sqlite' | 'postgres', gazetteer: readonly GazetteerCity[], database: ServerDatabase): Backend {
  let app: ReturnType<typeof createApp> | undefined;
  return {
    name,
    async request(method, path, body, headers = {}) {
      if (!app) throw new Error(`The ${name} backend has no data: call reset first.`);
      return responseOf(await app.request(requestOf(method, path, body, headers)));
    },
    async reset(data) {
      const handle = await database.prepare();
      await seedDatabase(handle, data);
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
