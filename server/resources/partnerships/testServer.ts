import type { KyselyPlugin } from 'kysely';
import { createApp } from '../../app';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, type TestBackend } from '../../db/testDatabase';
import { seedUsers } from '../../../src/domain/seed/users';
import { createSession } from '../../auth/sessions';
import { TEST_PASSWORDS } from '../../auth/testPasswords';

/** The day the server tests live on (the component tests use the same). */
export const TEST_TODAY = '2026-11-28';

/**
 * Counts the statements the app sends, to show that a list page needs a bounded number. The
 * session look-up every request makes (and its occasional touch) is sign-in bookkeeping, the
 * same for every route: not counted.
 */
function queryCounter() {
  const counter = { count: 0 };
  const sessionQueries = new Set<unknown>();
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      if (JSON.stringify(args.node).includes('"name":"sessions"')) sessionQueries.add(args.queryId);
      return args.node;
    },
    transformResult: async (args) => {
      if (!sessionQueries.delete(args.queryId)) counter.count += 1;
      return args.result;
    },
  };
  return { counter, plugin };
}

/**
 * The API on a fresh database of its own (in-memory SQLite, or PostgreSQL when the tests run
 * with one), with the demo team as users (Marcus Ellison, id 2, is the first staff member)
 * unless `users: false`. `call` answers as a client sees it, signed in as `signedInAs` (a
 * session made directly in the database; null: signed out); `signIn(id)` switches, and
 * `as(id)` gives the calls of another user beside them.
 */
export async function createTestServer({
  backend = 'sqlite',
  today = TEST_TODAY,
  users = true,
  signedInAs = users ? 2 : null,
}: { backend?: TestBackend; today?: string; users?: boolean; signedInAs?: number | null } = {}) {
  const handle = await openTestDatabase(backend);
  // The team only (or nothing), loaded as the seed loads it: with its keys, and counters built.
  await seedDatabase(handle, { users: users ? seedUsers() : [], cities: [], partnerships: [], events: [], programs: [] });
  const { counter, plugin } = queryCounter();
  // A clock that moves on a second at each reading, within today: later writes sort as newer.
  let seconds = 0;
  const app = createApp({ passwords: TEST_PASSWORDS,
    handle: { db: handle.db.withPlugin(plugin), dialect: handle.dialect },
    now: () => new Date(Date.parse(`${today}T10:00:00.000Z`) + 1000 * seconds++).toISOString(),
    today: () => today,
    gazetteer: [],
  });

  const sessionCookie = async (userId: number) => `sid=${await createSession(handle.db, userId, `${today}T08:00:00.000Z`)}`;
  let cookie: string | null = null;
  async function signIn(userId: number | null) {
    cookie = userId === null ? null : await sessionCookie(userId);
  }
  await signIn(signedInAs);

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await app.request(`/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(cookie ? { Cookie: cookie } : {}), ...headers },
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

  /** Calls of another user, with a session of their own (the default user's stays as it is). */
  async function as(userId: number) {
    const headers = { Cookie: await sessionCookie(userId) };
    return (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => call(method, path, body, { ...headers, ...extra });
  }

  /** The audit rows of one record, oldest first, their changes parsed. */
  async function auditOf(resource: string, recordId: number) {
    const rows = await handle.db.selectFrom('audit').selectAll().where('resource', '=', resource).where('recordId', '=', recordId).orderBy('id').execute();
    return rows.map((row) => ({ ...row, id: Number(row.id), changes: JSON.parse(row.changes) as Record<string, { before: unknown; after: unknown }> }));
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
    signIn,
    as,
    auditOf,
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
