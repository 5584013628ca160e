import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { DatabaseHandle } from '../db/database';
import { openTestDatabase, TEST_BACKENDS } from '../db/testDatabase';
import { nodePasswords } from './nodeScrypt';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from './sessions';

const PASSWORD = 'correct horse battery staple';
const START = Date.parse('2026-11-28T09:00:00.000Z');
/** At the production cost: what sign-in really pays. */
const passwords = nodePasswords();

describe.each(TEST_BACKENDS)('sign-in on %s', (backend) => {
  let handle: DatabaseHandle;
  let passwordHash: string;
  let clock: number;
  // One app per test, as one server process: what it keeps between requests is part of the test.
  let server: ReturnType<typeof createApp>;
  const app = () => server;

  async function call(method: string, path: string, { body, cookie, headers = {}, url = 'http://localhost' }: { body?: unknown; cookie?: string; headers?: Record<string, string>; url?: string } = {}) {
    const response = await app().request(`${url}/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(cookie ? { Cookie: cookie } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
  }
  const login = (email: string, password = PASSWORD, url?: string) => call('POST', '/auth/login', { body: { email, password }, url });
  const cookieOf = (response: { headers: Headers }) => response.headers.get('set-cookie')!.split(';')[0]!;

  beforeAll(async () => {
    passwordHash = await passwords.hash(PASSWORD);
  });
  beforeEach(async () => {
    clock = START;
    handle = await openTestDatabase(backend);
    server = createApp({ handle, passwords, now: () => new Date(clock).toISOString(), today: () => '2026-11-28', gazetteer: [], allowedOrigins: ['http://localhost:5173'] });
    const at = new Date(START).toISOString();
    const user = (id: number, email: string, role: string, disabled = 0) => ({ id, email, fullName: `User ${id}`, role, region: null, disabled, passwordHash, version: 1, createdAt: at, updatedAt: at });
    await handle.db.insertInto('users').values([user(1, 'ada@example.org', 'admin'), user(2, 'marcus@example.org', 'staff'), user(3, 'gone@example.org', 'staff', 1)]).execute();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('signs in with a session cookie that is HttpOnly, SameSite=Strict, and Secure outside localhost', async () => {
    const ok = await login('Marcus@Example.org');
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ id: 2, email: 'marcus@example.org', fullName: 'User 2', role: 'staff', region: null, theme: null });
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await call('GET', '/auth/me', { cookie: cookieOf(ok) })).json).toMatchObject({ id: 2, role: 'staff' });
    const remote = await login('marcus@example.org', PASSWORD, 'https://pipeline.example.org');
    expect(remote.headers.get('set-cookie')).toMatch(/Secure/);
    // Behind a proxy that forwards Host: localhost but says the browser used HTTPS.
    const proxied = await call('POST', '/auth/login', { body: { email: 'ada@example.org', password: PASSWORD }, headers: { 'X-Forwarded-Proto': 'https' } });
    expect(proxied.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers a wrong password, an unknown email and a disabled user alike, with 401', async () => {
    for (const [email, password] of [['marcus@example.org', 'not the password'], ['nobody@example.org', PASSWORD], ['gone@example.org', PASSWORD]] as const) {
      const refused = await login(email, password);
      expect(refused.status).toBe(401);
      expect(refused.json).toEqual({ message: 'app.auth.invalid' });
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses every other route without a session, and with a cookie it does not know', async () => {
    for (const path of ['/cities', '/partnerships/1', '/stats/progress', '/auth/me']) {
      expect(await call('GET', path)).toMatchObject({ status: 401, json: { message: 'app.auth.required' } });
      expect((await call('GET', path, { cookie: 'sid=forged' })).status).toBe(401);
    }
  });

  it('ends the session at logout: the old cookie no longer works', async () => {
    const cookie = cookieOf(await login('marcus@example.org'));
    expect((await call('GET', '/cities', { cookie })).status).toBe(200);
    expect((await call('POST', '/auth/logout', { cookie })).status).toBe(204);
    expect((await call('GET', '/cities', { cookie })).status).toBe(401);
  });

  it('ends a session after 8 idle hours, and after 7 days however busy', async () => {
    const idle = cookieOf(await login('marcus@example.org'));
    clock += SESSION_IDLE_MS - 1000;
    expect((await call('GET', '/auth/me', { cookie: idle })).status).toBe(200);
    clock += SESSION_IDLE_MS + 1000;
    expect((await call('GET', '/auth/me', { cookie: idle })).status).toBe(401);

    const busy = cookieOf(await login('marcus@example.org'));
    const started = clock;
    while (clock - started < SESSION_MAX_MS - 60 * 60 * 1000) {
      clock += 6 * 60 * 60 * 1000;
      expect((await call('GET', '/auth/me', { cookie: busy })).status).toBe(200);
    }
    clock = started + SESSION_MAX_MS + 1000;
    expect((await call('GET', '/auth/me', { cookie: busy })).status).toBe(401);
  });

  it('ends the sessions of a user the moment an admin disables them, or changes their role', async () => {
    const cookie = cookieOf(await login('marcus@example.org'));
    const admin = cookieOf(await login('ada@example.org'));
    expect((await call('GET', '/auth/me', { cookie })).json).toMatchObject({ role: 'staff' });
    const marcus = (await call('GET', '/users/2', { cookie: admin })).json;
    expect((await call('PUT', '/users/2', { cookie: admin, body: { ...marcus, role: 'leadership' } })).status).toBe(200);
    expect((await call('GET', '/auth/me', { cookie })).json).toMatchObject({ role: 'leadership' });
    expect((await call('POST', '/cities', { cookie, body: { name: 'Testville', country: 'GH' } })).status).toBe(403);
    const demoted = (await call('GET', '/users/2', { cookie: admin })).json;
    expect((await call('PUT', '/users/2', { cookie: admin, body: { ...demoted, disabled: true } })).status).toBe(200);
    expect((await call('GET', '/cities', { cookie })).status).toBe(401);
  });

  it('slows down guessing: from the 5th failure on an account, 429 with Retry-After, the wait doubling', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) expect((await login('marcus@example.org', 'guess')).status).toBe(401);
    // The 5th failure is counted, and sets a wait of 1 s.
    expect((await login('marcus@example.org', 'guess')).status).toBe(401);
    const blocked = await login('marcus@example.org');
    expect(blocked.status).toBe(429);
    expect(blocked.json).toEqual({ message: 'app.auth.tooManyAttempts' });
    expect(blocked.headers.get('retry-after')).toBe('1');
    clock += 1000;
    expect((await login('marcus@example.org', 'guess')).status).toBe(401);
    expect((await login('marcus@example.org')).headers.get('retry-after')).toBe('2');
    clock += 2000;
    // The right password after the wait signs in, and clears the account's count.
    expect((await login('marcus@example.org')).status).toBe(200);
    expect((await login('marcus@example.org', 'guess')).status).toBe(401);
    expect((await login('marcus@example.org')).status).toBe(200);
    // Another account is not slowed down by these failures (no address in app.request).
    expect((await login('ada@example.org')).status).toBe(200);
  });

  it('counts guesses sent all at once: only the free ones are checked, the rest wait', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login('marcus@example.org', i === 19 ? PASSWORD : `guess ${i}`)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect(statuses.filter((status) => status !== 429).every((status) => status === 401)).toBe(true);
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const here = cookieOf(await login('marcus@example.org'));
    const elsewhere = cookieOf(await login('marcus@example.org'));
    const wrong = await call('POST', '/auth/password', { cookie: here, body: { currentPassword: 'nope', password: 'a brand new passphrase' } });
    expect(wrong).toMatchObject({ status: 400, json: { errors: { currentPassword: 'app.auth.wrongPassword' } } });
    const short = await call('POST', '/auth/password', { cookie: here, body: { currentPassword: PASSWORD, password: 'short' } });
    expect(short).toMatchObject({ status: 400, json: { errors: { password: 'app.validation.passwordTooShort' } } });
    expect((await call('POST', '/auth/password', { cookie: here, body: { currentPassword: PASSWORD, password: 'a brand new passphrase' } })).status).toBe(204);
    expect((await call('GET', '/auth/me', { cookie: here })).status).toBe(200);
    expect((await call('GET', '/auth/me', { cookie: elsewhere })).status).toBe(401);
    expect((await login('marcus@example.org')).status).toBe(401);
    expect((await login('marcus@example.org', 'a brand new passphrase')).status).toBe(200);
    const audit = await handle.db.selectFrom('audit').selectAll().where('resource', '=', 'users').execute();
    expect(audit).toMatchObject([{ userId: 2, action: 'update', recordId: 2, changes: JSON.stringify({ password: { before: '…', after: '…' } }) }]);
  });

  it('slows down guessing the current password from an open session, as at sign-in', async () => {
    const cookie = cookieOf(await login('marcus@example.org'));
    const guess = () => call('POST', '/auth/password', { cookie, body: { currentPassword: 'guess', password: 'a brand new passphrase' } });
    for (let attempt = 1; attempt <= 5; attempt++) expect((await guess()).status).toBe(400);
    const blocked = await guess();
    expect(blocked).toMatchObject({ status: 429, json: { message: 'app.auth.tooManyAttempts' } });
    expect((await login('marcus@example.org')).status).toBe(429);
  });

  it('refuses a mutation from another site, and a body that is not JSON', async () => {
    const cookie = cookieOf(await login('marcus@example.org'));
    const city = { name: 'Testville', country: 'GH' };
    const foreign = await call('POST', '/cities', { cookie, body: city, headers: { Origin: 'https://evil.example' } });
    expect(foreign).toMatchObject({ status: 403, json: { message: 'app.auth.crossSite' } });
    expect((await call('POST', '/auth/login', { body: { email: 'marcus@example.org', password: PASSWORD }, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    const form = await app().request('http://localhost/api/cities', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: JSON.stringify(city) });
    expect(form.status).toBe(415);
    expect((await call('POST', '/cities', { cookie, body: city, headers: { Origin: 'http://localhost' } })).status).toBe(201);
    // An origin the deployment allows (the Vite dev server here).
    expect((await call('POST', '/cities', { cookie, body: { ...city, name: 'Testville 2' }, headers: { Origin: 'http://localhost:5173' } })).status).toBe(201);
  });

  it('marks API answers never to be stored, and sniffing and framing off', async () => {
    const response = await login('marcus@example.org');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
