import type { KyselyPlugin } from 'kysely';
import { createApp } from '../../app';
import { openTestDatabase, type TestBackend } from '../../db/testDatabase';
import { seedUsers } from '../../../src/domain/seed/users';

/** The day the server tests live on (the mock API's tests use the same). */
export const TEST_TODAY = '2026-11-28';

/** Counts the statements the app sends, to show that a list page needs a bounded number. */
function queryCounter() {
  const counter = { count: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.count += 1;
      return args.result;
    },
  };
  return { counter, plugin };
}

/**
 * The API on a fresh database of its own (in-memory SQLite, or PostgreSQL when the tests run
 * with one), with the demo team as users (Marcus Ellison, id 2, is the first staff member)
 * unless `users: false`. `call` answers as a client sees it.
 */
export async function createTestServer({
  backend = 'sqlite',
  today = TEST_TODAY,
  users = true,
}: { backend?: TestBackend; today?: string; users?: boolean } = {}) {
  const handle = await openTestDatabase(backend);
  if (users) {
    const now = `${today}T08:00:00.000Z`;
    await handle.db
      .insertInto('users')
      .values(seedUsers().map(({ disabled, ...user }) => ({ ...user, disabled: disabled ? 1 : 0, passwordHash: null, version: 1, createdAt: now, updatedAt: now })))
      .execute();
  }
  const { counter, plugin } = queryCounter();
  // A clock that moves on a second at each reading, within today: later writes sort as newer.
  let seconds = 0;
  const app = createApp({
    handle: { db: handle.db.withPlugin(plugin), dialect: handle.dialect },
    now: () => new Date(Date.parse(`${today}T10:00:00.000Z`) + 1000 * seconds++).toISOString(),
    today: () => today,
    gazetteer: [],
  });

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await app.request(`/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    // Tests read whatever the API answered: loosely typed on purpose.
    const json: any = text ? JSON.parse(text) : null;
    return { status: response.status, json, headers: response.headers };
  }

  /** A record created through the API; a refusal fails the test at once. */
  async function create(resource: string, body: Record<string, unknown>): Promise<any> {
    const { status, json } = await call('POST', `/${resource}`, body);
    if (status !== 201) throw new Error(`POST /${resource} answered ${status}: ${JSON.stringify(json)}`);
    return json;
  }

  async function update(resource: string, id: number, changes: Record<string, unknown>): Promise<any> {
    const { json: current } = await call('GET', `/${resource}/${id}`);
    const { status, json } = await call('PUT', `/${resource}/${id}`, { ...current, ...changes });
    if (status !== 200) throw new Error(`PUT /${resource}/${id} answered ${status}: ${JSON.stringify(json)}`);
    return json;
  }

  let cities = 0;
  /** A fresh city of one side, with a name of its own. */
  const city = (side: 'africa' | 'us', name = `${side === 'us' ? 'Testburg' : 'Testville'} ${++cities}`) =>
    create('cities', side === 'us' ? { name, country: 'US', admin1: 'OH' } : { name, country: 'GH' });

  /** A valid partnership body between two fresh cities. */
  async function draft(overrides: Record<string, unknown> = {}) {
    return {
      africanCityId: (await city('africa')).id,
      usCityId: (await city('us')).id,
      kind: 'sister',
      stage: 'interest',
      cohort: '500in5',
      focusAreas: ['youth_education'],
      ...overrides,
    };
  }

  const list = (resource: string, params: Record<string, unknown>) =>
    call('GET', `/${resource}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)]))}`);

  /** How many statements `work` sent to the database. */
  async function queriesOf(work: () => Promise<unknown>) {
    const before = counter.count;
    await work();
    return counter.count - before;
  }

  return {
    db: handle.db,
    queriesOf,
    call,
    create,
    update,
    city,
    draft,
    list,
    /** The revision every write bumps. */
    revision: async () => Number((await handle.db.selectFrom('revision').select('value').executeTakeFirstOrThrow()).value),
    close: () => handle.close(),
  };
}

export type TestServer = Awaited<ReturnType<typeof createTestServer>>;
