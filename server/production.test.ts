import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/client';
import { TEST_BACKENDS } from './db/testDatabase';
import { startPostgresCluster, type PostgresCluster } from '../tests/setup/postgresCluster';
import { freePort, signIn, startServer, stopServer, TEST_ADMIN, adminEnv, type StartedServer } from '../tests/setup/serverProcess';

const ROOT = resolve(import.meta.dirname, '..');
// Inside the repository, so that the bundle's packages resolve from its node_modules.
const BUNDLE = join(ROOT, `node_modules/.tmp/production-test-${process.pid}/index.js`);
const withPostgres = TEST_BACKENDS.includes('postgres');

let dir: string;
beforeAll(() => {
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-server.ts', `--outfile=${BUNDLE}`], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'production-test-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  rmSync(resolve(BUNDLE, '..'), { recursive: true, force: true });
});

const start = async (env: Record<string, string>) => startServer(BUNDLE, dir, { PORT: String(await freePort()), ...adminEnv(), ...env });
const get = (server: StartedServer, path: string, cookie: string) => fetch(`${server.url}/api${path}`, { headers: { Cookie: cookie } });
const answerOf = async (response: Response) => ({ status: response.status, body: (await response.json()) as unknown });

describe.runIf(withPostgres)('a server whose PostgreSQL restarts', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    await cluster.createDatabase('restarting');
  });
  afterAll(() => cluster?.remove());

  it('answers 503 while the database is away, keeps the session, and serves again once it is back', async () => {
    const server = await start({ DATABASE_URL: cluster.url('restarting'), SEED: 'none' });
    try {
      const cookie = await signIn(server.url);
      expect((await get(server, '/cities', cookie)).status).toBe(200);

      await cluster.stop();
      const unavailable = { status: 503, body: { message: 'app.error.unavailable' } };
      expect(await answerOf(await get(server, '/cities', cookie))).toEqual(unavailable);
      // Not "signed out": the session could not be read, which is not the same.
      expect(await answerOf(await get(server, '/auth/me', cookie))).toEqual(unavailable);

      await cluster.start();
      expect(await answerOf(await get(server, '/auth/me', cookie))).toEqual({ status: 200, body: expect.objectContaining({ email: TEST_ADMIN.email }) });
      expect((await get(server, '/cities', cookie)).status).toBe(200);
      expect(server.child.exitCode).toBeNull();
      expect(await stopServer(server)).toBe(0);
    } finally {
      await stopServer(server);
    }
  });
});

/** What two instances left in the database: how many admins, first-admin entries and cities. */
async function whatWasMade(url: string) {
  const handle = openDatabase(url);
  const count = async (query: string) => Number((await sql<{ n: number }>`${sql.raw(query)}`.execute(handle.db)).rows[0]!.n);
  try {
    return {
      admins: await count(`select count(*) as n from users where role = 'admin' and "passwordHash" is not null`),
      firstAdminEntries: await count(`select count(*) as n from audit where resource = 'users' and "userId" is null`),
      cities: await count('select count(*) as n from cities'),
    };
  } finally {
    await handle.close();
  }
}

describe('instances started together on an empty database', () => {
  const backends = withPostgres ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    if (!withPostgres) return;
    cluster = await startPostgresCluster();
    await cluster.createDatabase('together');
  });
  afterAll(() => cluster?.remove());

  it.each(backends)('on %s: both serve, and the database is migrated, seeded and given its first admin once', async (backend) => {
    const url = backend === 'sqlite' ? `file:${join(dir, 'together.sqlite')}` : cluster!.url('together');
    const servers = await Promise.allSettled([start({ DATABASE_URL: url }), start({ DATABASE_URL: url })]);
    const started = servers.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(servers.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      const outputs = started.map((server) => server.output());
      expect(outputs.filter((output) => output.includes('Seeded the demo data'))).toHaveLength(1);
      expect(outputs.filter((output) => output.includes('is the admin'))).toHaveLength(1);
      const made = await whatWasMade(url);
      expect(made).toEqual({ admins: 1, firstAdminEntries: 1, cities: expect.any(Number) });
      expect(made.cities).toBeGreaterThan(1000);
    } finally {
      await Promise.all(started.map(stopServer));
    }
  });
});

describe('a server on an SQLite file with reader threads', () => {
  const cities = (filter: object) => `/cities?${new URLSearchParams({ filter: JSON.stringify(filter), sort: '["name","ASC"]' })}`;
  const send = (server: StartedServer, cookie: string, method: string, path: string, body: object) =>
    fetch(`${server.url}/api${path}`, { method, headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: server.url }, body: JSON.stringify(body) });
  /** A list as the client sees it: the names on the page and the Content-Range. */
  const listed = async (server: StartedServer, cookie: string, filter: object) => {
    const response = await get(server, cities(filter), cookie);
    return { names: ((await response.json()) as { name: string }[]).map((city) => city.name), range: response.headers.get('Content-Range') };
  };

  it('lists and counts what each write left, through the threads', async () => {
    const server = await start({ DATABASE_URL: `file:${join(dir, 'readers.sqlite')}`, SEED: 'none', SQLITE_READERS: '2' });
    try {
      expect(server.output()).toContain('heavy reads on 2 reader threads');
      const cookie = await signIn(server.url);
      const ghana = { country: 'GH' };
      expect(await listed(server, cookie, ghana)).toEqual({ names: [], range: 'cities */0' });

      const created = await Promise.all(
        ['Ho', 'Wa', 'Yendi'].map(async (name) => (await (await send(server, cookie, 'POST', '/cities', { name, country: 'GH' })).json()) as { id: number; name: string }),
      );
      expect(await listed(server, cookie, ghana)).toEqual({ names: ['Ho', 'Wa', 'Yendi'], range: 'cities 0-2/3' });
      expect(await listed(server, cookie, { ...ghana, q: 'wa' })).toEqual({ names: ['Wa'], range: 'cities 0-0/1' });

      const wa = created.find((city) => city.name === 'Wa')!;
      expect((await send(server, cookie, 'PUT', `/cities/${wa.id}`, { ...wa, country: 'TG' })).status).toBe(200);
      expect(await listed(server, cookie, ghana)).toEqual({ names: ['Ho', 'Yendi'], range: 'cities 0-1/2' });
      expect(await listed(server, cookie, { country: 'TG' })).toEqual({ names: ['Wa'], range: 'cities 0-0/1' });
      expect(await stopServer(server)).toBe(0);
    } finally {
      await stopServer(server);
    }
  });
});
