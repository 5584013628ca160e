import gazetteer from 'virtual:gazetteer';
import { JOIN_LIMITS } from '../../../src/domain';
import { seedUsers } from '../../../src/domain/seed/users';
import { createApp } from '../../app';
import { createSession } from '../../auth/sessions';
import { TEST_PASSWORDS } from '../../auth/testPasswords';
import { seedDatabase } from '../../db/seed';
import { openTestDatabase, type TestBackend } from '../../db/testDatabase';

/** The instant the front-door tests start at: the clock moves only when a test moves it. */
export const FRONT_DOOR_START = Date.parse('2026-11-28T10:00:00.000Z');

export const ABENA = 7; // coordinator, Western (Ghana)
export const YOUSSEF = 6; // coordinator, Northern (Egypt)
export const LEADERSHIP = 11;
export const MARCUS = 2; // staff

/** A gazetteer city by name (and country), for the tests to name real places. */
export function place(name: string, country?: string) {
  const found = gazetteer.find((city) => city.name === name && (!country || city.country === country));
  if (!found) throw new Error(`${name} is not in the gazetteer`);
  return found;
}

/**
 * The API with the demo team and the real gazetteer on a fresh database, a clock the test
 * moves (`advance`), and the client's address taken from an `X-Test-Address` header (absent:
 * no address, as in the page). `call` is signed in as staff (Marcus Ellison) unless told.
 */
export async function createFrontDoor(backend: TestBackend) {
  const handle = await openTestDatabase(backend);
  await seedDatabase(handle, { users: seedUsers(), cities: [], partnerships: [], events: [], programs: [] });
  let clock = FRONT_DOOR_START;
  const now = () => new Date(clock).toISOString();
  const app = createApp({
    passwords: TEST_PASSWORDS,
    handle,
    now,
    today: () => now().slice(0, 10),
    gazetteer,
    clientAddress: (c) => c.req.header('X-Test-Address') ?? null,
  });

  async function request(method: string, path: string, { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {}) {
    const response = await app.request(`/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    // Tests read whatever the API answered: loosely typed on purpose.
    const json: any = text ? JSON.parse(text) : null;
    return { status: response.status, json, text, headers: response.headers };
  }

  /** Calls as a user, with a session begun now (the clock may have moved past an older one's end). */
  async function as(userId: number) {
    const cookie = `sid=${await createSession(handle.db, userId, now())}`;
    return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => request(method, path, { body, headers: { Cookie: cookie, ...headers } });
  }

  /** A fresh stamp, its form filled for longer than the least time by the time it returns. */
  async function token(): Promise<string> {
    const { json } = await request('GET', '/join/start');
    clock += JOIN_LIMITS.minFillMs + 1000;
    return json.token as string;
  }

  let people = 0;
  /** A valid sign-up for Accra by a new person, with a fresh stamp. */
  async function signUpBody(overrides: Record<string, unknown> = {}) {
    people += 1;
    return {
      side: 'africa',
      organisation: `Accra Youth Trust ${people}`,
      contactName: `Ama Owusu ${people}`,
      email: `ama${people}@example.org`,
      geonameId: place('Accra').geonameId,
      focusAreas: ['youth_education'],
      message: 'We would love a partner city.',
      consent: true,
      token: await token(),
      ...overrides,
    };
  }

  const signUp = (body: unknown, address: string | null = '203.0.113.7', headers: Record<string, string> = {}) =>
    request('POST', '/join', { body, headers: { ...(address ? { 'X-Test-Address': address } : {}), ...headers } });

  const count = async (table: 'inquiries' | 'joinLimits' | 'sessions' | 'cities' | 'partnerships' | 'audit') =>
    Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** A stored inquiry, made by the public sign-up as a visitor would. */
  async function inquiry(overrides: Record<string, unknown> = {}) {
    const body = await signUpBody(overrides);
    const { status } = await signUp(body, null);
    if (status !== 202) throw new Error(`the sign-up answered ${status}`);
    const row = await handle.db.selectFrom('inquiries').select('id').where('email', '=', body.email as string).orderBy('id', 'desc').executeTakeFirstOrThrow();
    return (await (await as(MARCUS))('GET', `/inquiries/${row.id}`)).json;
  }

  return {
    db: handle.db,
    request,
    as,
    token,
    signUpBody,
    signUp,
    inquiry,
    count,
    now,
    advance: (ms: number) => {
      clock += ms;
    },
    /** The revision's counters, as numbers (PostgreSQL's bigint arrives as text). */
    revision: async () => {
      const row = await handle.db.selectFrom('revision').select(['value', 'cities', 'partnerships', 'inquiries']).executeTakeFirstOrThrow();
      return { value: Number(row.value), cities: Number(row.cities), partnerships: Number(row.partnerships), inquiries: Number(row.inquiries) };
    },
    close: () => handle.close(),
  };
}

export type FrontDoor = Awaited<ReturnType<typeof createFrontDoor>>;
