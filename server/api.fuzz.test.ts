// @vitest-environment node
import fc from 'fast-check';
import gazetteer from 'virtual:gazetteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_LIST_SPECS, LIST_SPECS } from '../src/domain';
import { generateSeed } from '../src/domain/seed';
import { DEMO_PASSWORD } from '../src/domain/seed/users';
import { createApp } from './app';
import { createSession } from './auth/sessions';
import { TEST_PASSWORDS } from './auth/testPasswords';
import type { DatabaseHandle } from './db/database';
import { seedDatabase } from './db/seed';
import { openTestDatabase, TEST_BACKENDS } from './db/testDatabase';

/*
 * Generated requests, hostile values included, for every route the app serves (read from the
 * app, so a new route is covered at once): none may fail with a 5xx, every 4xx has the error
 * shape, and a refused request leaves the data as it was.
 */
const TODAY = '2026-11-28';
const ADMIN = 1;
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const TABLES = ['cities', 'partnerships', 'events', 'programs', 'users', 'audit', 'imports', 'stageHistory'] as const;

const FIELDS = [...new Set([...Object.values(LIST_SPECS), ...Object.values(DIRECTORY_LIST_SPECS)].flatMap((spec) => Object.keys(spec.fields)))];
const BUILT_INS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype'];
const key = fc.oneof(
  fc.constantFrom(...FIELDS, ...BUILT_INS, 'q', 'version', 'password', 'email', 'notes', 'nextStep', 'name'),
  fc.constantFrom(...FIELDS, ...BUILT_INS).chain((field) => fc.constantFrom(`${field}_gte`, `${field}_lte`)),
  fc.string({ maxLength: 12 }),
);
const HOSTILE_SCALARS = [
  1e21, -1e21, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 4294967296, 1.5, -0, 0, -1, Number.MAX_VALUE,
  '2026-13-45', '2026-02-30', '0000-00-00', '2026-11-28T25:99', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '', ' ',
  'true', 'null', '1e21', 'NaN', '9'.repeat(30), 'x'.repeat(6000), '%00', "'; drop table cities; --", 'Ségou',
];
const scalar = fc.oneof(
  fc.constantFrom(...HOSTILE_SCALARS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
}));
const deep = fc.integer({ min: 1000, max: 20000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const json = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((v) => JSON.stringify(v) ?? 'null');

const queryValue = fc.oneof(
  json(fc.tuple(fc.oneof(key, scalar), fc.oneof(fc.constantFrom('ASC', 'DESC'), scalar))),
  json(fc.tuple(fc.oneof(fc.nat(), scalar), fc.oneof(fc.nat(), scalar))),
  json(fc.dictionary(key, value, { maxKeys: 3 })),
  json(value),
  deep,
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const queryName = fc.constantFrom('sort', 'range', 'filter', 'q', 'region', 'side', 'format', 'locale', 'resource', 'fileName', 'mapping', 'duplicates', 'geonameId', 'name', 'country', 'admin1', 'constructor', '__proto__');
const query = fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 }).map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs)}` : ''));
const pathId = fc.oneof(
  fc.constantFrom('1', '2', '3', '0', '-1', 'abc', '1.5', '1e21', '2147483647', '2147483648', '4294967296', '99999999999999', '9'.repeat(40), '%00', '%F0%9F%98%80', '__proto__', 'constructor', 'toString'),
  fc.nat().map(String),
);
const resourceName = fc.constantFrom(...Object.keys(LIST_SPECS), 'users', 'audit', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'nothing');

describe.each(TEST_BACKENDS)('the API on %s, fed generated and hostile requests', (backend) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookie = '';
  let seconds = 0;
  const faults: unknown[] = [];
  const bases: Record<string, object> = {};
  const now = () => new Date(Date.parse(`${TODAY}T09:00:00.000Z`) + 1000 * seconds++).toISOString();

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    await seedDatabase(handle, generateSeed({ gazetteer, today: TODAY }), { passwordHash: await TEST_PASSWORDS.hash(DEMO_PASSWORD) });
    app = createApp({ handle, now, today: () => TODAY, gazetteer, passwords: TEST_PASSWORDS, log: (message, error) => faults.push({ message, error: String(error) }) });
    cookie = `sid=${await createSession(handle.db, ADMIN, now())}`;
    for (const resource of ['cities', 'partnerships', 'events', 'programs', 'users']) {
      bases[resource] = (await (await app.request(`/api/${resource}/3`, { headers: { Cookie: cookie } })).json()) as object;
    }
  });
  afterAll(() => handle?.close());

  /** What a refused request must leave as it was: every table's count and the revision. */
  async function fingerprint() {
    const counts = await Promise.all(TABLES.map(async (table) => Number((await handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
    const revision = await handle.db.selectFrom('revision').select('value').executeTakeFirstOrThrow();
    return [...counts, Number(revision.value)];
  }

  const routes = () => {
    const served = createApp({ handle, now, today: () => TODAY, gazetteer, passwords: TEST_PASSWORDS }).routes;
    return [...new Set(served.filter((r) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method)).map((r) => `${r.method} ${r.path}`))].sort();
  };

  const request = (route: string) => {
    const [method, template] = route.split(' ') as [string, string];
    const resource = template.split('/')[2] ?? '';
    const params = template.split('/').filter((part) => part.startsWith(':'));
    const body = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 3 }).map((changes) => JSON.stringify({ ...bases[resource], ...changes })),
      json(value),
      deep,
      fc.constantFrom('', '{"name": ', 'null', '{"__proto__": {"admin": true}}', '{"constructor": {"prototype": 1}}'),
    );
    return fc.record({
      path: fc.tuple(...params.map((param) => (param === ':resource' ? resourceName : pathId))).map((ids) => ids.reduce((path: string, id, i) => path.replace(params[i]!, id), template)),
      query,
      body: method === 'GET' || method === 'DELETE' ? fc.constant(undefined) : body,
      ifMatch: fc.option(fc.constantFrom('"1"', 'W/"2"', '*', '"1e21"', 'x', '"99999999999"'), { nil: undefined }),
    }).map((r) => ({ method, route, ...r }));
  };

  it(`answers no request with a 5xx, each refusal in the error shape and with the data unchanged (${RUNS} requests per run)`, async () => {
    const all = routes();
    const tally = { requests: 0, server: 0, refused: 0 };
    const problems: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all).chain(request), async ({ method, route, path, query: search, body, ifMatch }) => {
        const before = method === 'GET' ? null : await fingerprint();
        // A sign-out ends the session it is sent with: routes of /auth get one of their own.
        const session = path.startsWith('/api/auth') ? `sid=${await createSession(handle.db, ADMIN, now())}` : cookie;
        const headers: Record<string, string> = { Cookie: session, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(ifMatch ? { 'If-Match': ifMatch } : {}) };
        const response = await app.request(`${path}${search}`, { method, headers, body });
        const text = await response.text();
        tally.requests += 1;
        const what = { route, method, path, search: search.slice(0, 300), body: body?.slice(0, 300), status: response.status };
        if (response.status >= 500) {
          tally.server += 1;
          problems.push({ ...what, text });
        } else if (response.status >= 400) {
          tally.refused += 1;
          const answer = JSON.parse(text);
          // A refusal may add what helps the client on (a duplicate's existingId, say), never another shape.
          const shaped = typeof answer.message === 'string' &&
            (answer.errors === undefined || Object.values(answer.errors).every((v) => typeof v === 'string'));
          if (!shaped) problems.push({ ...what, shape: text.slice(0, 300) });
          if (before && JSON.stringify(await fingerprint()) !== JSON.stringify(before)) problems.push({ ...what, changedData: true });
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    console.info(`fuzz on ${backend}: ${tally.requests} requests over ${all.length} routes, ${tally.refused} refused (4xx), ${tally.server} 5xx`);
    expect({ problems: problems.slice(0, 10), faults: faults.slice(0, 5) }).toEqual({ problems: [], faults: [] });
  }, 120_000);
});
