import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, freePort } from '../tests/setup/serverProcess';

const ROOT = resolve(import.meta.dirname, '..');
// Inside the repository, so that the bundle's packages resolve from its node_modules.
const BUNDLE = join(ROOT, `node_modules/.tmp/server-test-${process.pid}/index.js`);

const start = (cwd: string, env: Record<string, string>) => startServer(BUNDLE, cwd, env);
const stop = stopServer;
const ADMIN = { email: 'ops@sistercities.example', password: 'a long admin passphrase' };

/** Signs in; the session cookie to send with the next requests. */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^sid=[\w-]+; .*HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

describe('the server process', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    // The bundle `npm start` runs, built as it builds it (in a process of its own: esbuild
    // refuses the test environment's globals).
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-server.ts', `--outfile=${BUNDLE}`], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'server-process-'));
    // A stand-in for the built SPA: index.html and one hashed asset.
    mkdirSync(join(dir, 'dist/assets'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>500 in 5</title><div id="root"></div>');
    writeFileSync(join(dir, 'dist/assets/index-AbC123.js'), 'console.log("app")');
    env = { PORT: String(await freePort()), DATABASE_URL: `file:${join(dir, 'data/500in5.sqlite')}`, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    rmSync(resolve(BUNDLE, '..'), { recursive: true, force: true });
  });

  it('starts on an empty SQLite file, seeds it, serves the API and the SPA, and keeps every change across a restart', async () => {
    const first = await start(dir, env);
    expect(first.output()).toContain(`SQLite ${join(dir, 'data/500in5.sqlite')}`);
    expect(first.output()).toContain(`${ADMIN.email} is the admin, with the password in ADMIN_PASSWORD`);
    expect((await fetch(`${first.url}/api/stats/progress`)).status).toBe(401);
    const cookie = await signIn(first.url, ADMIN.email, ADMIN.password);
    const authed = { headers: { Cookie: cookie } };
    const progress = await fetch(`${first.url}/api/stats/progress`, authed);
    expect(progress.headers.get('cache-control')).toBe('no-store');
    expect(progress.status).toBe(200);
    const figures = (await progress.json()) as { counted: number };
    expect(figures.counted).toBeGreaterThan(200);

    // A large answer goes out gzipped to a client that takes it (fetch unzips it again).
    const cities = await fetch(`${first.url}/api/cities?range=[0,99]`, { headers: { Cookie: cookie, 'Accept-Encoding': 'gzip' } });
    expect(cities.headers.get('content-encoding')).toBe('gzip');
    expect(cities.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(((await cities.json()) as unknown[]).length).toBe(100);

    const page = await fetch(`${first.url}/partnerships/12`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<div id="root">');
    const asset = await fetch(`${first.url}/assets/index-AbC123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${first.url}/assets/missing-1.js`)).status).toBe(404);
    expect(await (await fetch(`${first.url}/api/nope`, authed)).json()).toEqual({ message: 'Unknown resource: nope.' });

    const created = await fetch(`${first.url}/api/cities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ name: 'Testville', country: 'GH' }),
    });
    expect(created.status).toBe(201);
    const city = (await created.json()) as { id: number };
    expect(await stop(first)).toBe(0);

    const second = await start(dir, env);
    try {
      expect(second.output()).not.toContain('Seeded');
      expect(second.output()).not.toContain('is the admin');
      // The session survives the restart: it lives in the database.
      expect(await (await fetch(`${second.url}/api/cities/${city.id}`, authed)).json()).toEqual(city);
      expect(await (await fetch(`${second.url}/api/stats/progress`, authed)).json()).toEqual(figures);
    } finally {
      expect(await stop(second)).toBe(0);
    }
  });

  it('starts empty with SEED=none, with a generated admin password printed once', async () => {
    const { ADMIN_EMAIL: _email, ADMIN_PASSWORD: _password, ...bare } = env;
    const emptyEnv = { ...bare, DATABASE_URL: `file:${join(dir, 'empty.sqlite')}`, SEED: 'none' };
    const empty = await start(dir, emptyEnv);
    try {
      const password = /password, shown only this once: (\S+)/.exec(empty.output())?.[1];
      expect(password).toBeDefined();
      const authed = { headers: { Cookie: await signIn(empty.url, 'admin@500in5.local', password!) } };
      const figures = (await (await fetch(`${empty.url}/api/stats/progress`, authed)).json()) as { counted: number; inPipeline: number };
      expect([figures.counted, figures.inPipeline]).toEqual([0, 0]);
      expect(await (await fetch(`${empty.url}/api/cities`, authed)).json()).toEqual([]);
    } finally {
      expect(await stop(empty)).toBe(0);
    }
    const again = await start(dir, emptyEnv);
    try {
      expect(again.output()).not.toContain('shown only this once');
    } finally {
      expect(await stop(again)).toBe(0);
    }
  });
});
