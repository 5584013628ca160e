// @vitest-environment node
/**
 * Sign-in (decision 011) on every backend: one refusal for every bad sign-in, a session that
 * logout ends, nothing behind /api without one, and a change of password. The session travels
 * as the `sid` cookie on the servers and in the page's session jar on the wasm backend; the
 * cases hold its token through `signIn` and `withToken`, the same on both.
 */
import { expect, it } from 'vitest';
import type { SeedData } from '../../src/domain/seed';
import { DEMO_PASSWORD, sessionCookieOf } from './backends';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';
import { listPath, shown, snapshot } from './requests';

const MARCUS = { id: 2, email: 'marcus.ellison@sistercities.example', fullName: 'Marcus Ellison', role: 'staff', region: null, theme: null };
/** Leadership's Grace Adeyemi (id 12), disabled in this file's data. */
const DISABLED_EMAIL = 'grace.adeyemi@sistercities.example';

function withDisabledUser(): SeedData {
  const data = contractData();
  data.users.find((u) => u.email === DISABLED_EMAIL)!.disabled = true;
  return data;
}

/** Every route behind sign-in, with a body a signed-in staff member could send; and a route that does not exist, which tells nothing either. */
const GUARDED_ROUTES: Array<[string, string, unknown?]> = [
  ['GET', '/api/stats/progress'],
  ['GET', '/api/stats/stages'],
  ['GET', '/api/stats/forecast'],
  ['GET', '/api/stats/funnel'],
  ['GET', '/api/stats/map'],
  ['GET', '/api/stats/signUps'],
  ['GET', '/api/matches?cityId=1'],
  ['POST', '/api/inquiries/1/convert', { version: 1 }],
  ['GET', '/api/settings/1'],
  ['PUT', '/api/settings/1', { version: 1, target: 1 }],
  ['GET', '/api/work'],
  ['GET', '/api/gazetteer?q=acc'],
  ['GET', '/api/auth/me'],
  ['POST', '/api/auth/password', { currentPassword: DEMO_PASSWORD, password: 'a much longer passphrase' }],
  ['PUT', '/api/auth/preferences', { theme: 'dark' }],
  ['GET', '/api/planets'],
  ...['cities', 'partnerships', 'events', 'programs', 'inquiries', 'users', 'audit'].flatMap((resource): Array<[string, string, unknown?]> => [
    ['GET', `/api/${resource}`],
    ['GET', `/api/${resource}/1`],
    ['POST', `/api/${resource}`, { name: 'Tamale', country: 'GH' }],
    ['PUT', `/api/${resource}/1`, { version: 1, notes: 'Written without a session' }],
    ['DELETE', `/api/${resource}/1`],
  ]),
];

describeContract('sign-in', { data: withDisabledUser, reset: 'each' }, ({ api, backend }) => {
  const login = (email: string, password: string) => api().signIn({ email, password });

  it('signs in a member of the team, any case and spaces in the email, and answers who they are', async () => {
    const { response, token } = await login(' Marcus.Ellison@SisterCities.example', DEMO_PASSWORD);
    expect(shown(response)).toEqual({ status: 200, json: MARCUS });
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect(shown(await api().withToken(token).request('GET', '/api/auth/me'))).toEqual({ status: 200, json: MARCUS });
  });

  // The page's bridge keeps the token in a jar: no cookie there (src/mocks/bridge.ts).
  it.runIf(backend !== 'wasm')('keeps the session in an HttpOnly, SameSite=Strict cookie, not Secure on localhost', async () => {
    const response = await api().raw('POST', '/api/auth/login', { email: MARCUS.email, password: DEMO_PASSWORD });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(sessionCookieOf(response)).toMatch(/^sid=[\w-]{40,}$/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it.runIf(backend === 'wasm')('gives the page no cookie: the token goes to the session jar', async () => {
    const { response, token } = await login(MARCUS.email, DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(token).toMatch(/^[\w-]{40,}$/);
  });

  it.each([
    ['a wrong password', MARCUS.email, 'not-the-demo-password'],
    ['an unknown email', 'nobody@sistercities.example', DEMO_PASSWORD],
    ['a disabled user', DISABLED_EMAIL, DEMO_PASSWORD],
  ])('refuses %s with the same 401 app.auth.invalid, and no session', async (_case, email, password) => {
    const { response, token } = await login(email, password);
    expect(shown(response)).toEqual({ status: 401, json: { message: 'app.auth.invalid' } });
    expect(token).toBeNull();
    expect(sessionCookieOf(response)).toBeNull();
  });

  it('asks for both fields, with field errors', async () => {
    const { response, token } = await login('', '');
    expect(shown(response)).toEqual({ status: 400, json: { message: 'app.error.invalid', errors: { email: 'app.validation.required', password: 'app.validation.required' } } });
    expect(token).toBeNull();
  });

  it('reads the sign-in body with the login schema: one field missing, a body that is no object', async () => {
    const { response } = await login('', DEMO_PASSWORD);
    expect(shown(response)).toEqual({ status: 400, json: { message: 'app.error.invalid', errors: { email: 'app.validation.required' } } });
    expect((await api().signIn('[]')).response.status).toBe(400);
    expect((await api().signIn('{"email": ')).response.status).toBe(400);
  });

  it('answers 401 app.auth.required without a session on every route, and changes nothing', async () => {
    const before = await snapshot(api());
    const refused: string[] = [];
    for (const [method, path, body] of GUARDED_ROUTES) {
      const { status, json } = await api().as(null).request(method, path, body);
      if (status !== 401 || json?.message !== 'app.auth.required') refused.push(`${method} ${path} → ${status} ${JSON.stringify(json)}`);
    }
    expect(refused).toEqual([]);
    expect(await snapshot(api())).toEqual(before);
  });

  it('answers 401 to a token no sign-in gave', async () => {
    const response = await api().withToken('forged-token-of-nobody-forged-token-of-nobody').request('GET', '/api/cities');
    expect(shown(response)).toEqual({ status: 401, json: { message: 'app.auth.required' } });
  });

  it('ends the session at logout: the client is signed out, and the old token no longer works', async () => {
    const { token } = await login(MARCUS.email, DEMO_PASSWORD);
    const tab = api().withToken(token);
    expect((await tab.request('GET', '/api/cities')).status).toBe(200);
    expect(shown(await tab.request('POST', '/api/auth/logout'))).toEqual({ status: 204, json: null });
    expect(shown(await tab.request('GET', '/api/cities'))).toEqual({ status: 401, json: { message: 'app.auth.required' } });
    const reused = api().withToken(token);
    expect(shown(await reused.request('GET', '/api/cities'))).toEqual({ status: 401, json: { message: 'app.auth.required' } });
    expect((await reused.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('a logout without a session is a 204 that changes nothing', async () => {
    const marcus = api().as(2);
    expect((await marcus.request('GET', '/api/auth/me')).status).toBe(200);
    expect(shown(await api().raw('POST', '/api/auth/logout'))).toEqual({ status: 204, json: null });
    expect((await marcus.request('GET', '/api/auth/me')).status).toBe(200);
  });

  it('ends the session of a user an admin disables, at once', async () => {
    const abena = api().as(7);
    expect((await abena.request('GET', '/api/auth/me')).status).toBe(200);
    const record = (await api().as(1).request('GET', '/api/users/7')).json;
    const disabled = await api().as(1).request('PUT', '/api/users/7', { ...record, disabled: true });
    expect(disabled.status).toBe(200);
    const after = await abena.request('GET', '/api/cities');
    expect({ status: after.status, json: after.json }).toEqual({ status: 401, json: { message: 'app.auth.required' } });
    expect((await login('abena.mensah@sistercities.example', DEMO_PASSWORD)).response.status).toBe(401);
  });

  it('changes a password with the current one: the old one no longer signs in, the new one does, and the log says so', async () => {
    const abena = api().as(7);
    const changed = await abena.request('POST', '/api/auth/password', { currentPassword: DEMO_PASSWORD, password: 'a much longer passphrase' });
    expect(shown(changed)).toEqual({ status: 204, json: null });
    expect((await login('abena.mensah@sistercities.example', DEMO_PASSWORD)).response.status).toBe(401);
    expect((await login('abena.mensah@sistercities.example', 'a much longer passphrase')).response.status).toBe(200);
    // The session that made the change goes on.
    expect((await abena.request('GET', '/api/auth/me')).status).toBe(200);
    const history = await api().as(1).request('GET', listPath('audit', { filter: { resource: 'users', recordId: 7 } }));
    expect(history.json).toEqual([
      { id: expect.any(Number), at: expect.stringMatching(`^${TODAY}T`), userId: 7, userName: 'Abena Mensah', action: 'update', resource: 'users', recordId: 7, changes: { password: { before: '…', after: '…' } } },
    ]);
  });

  it('changes no password without the current one and a long enough new one', async () => {
    const abena = api().as(7);
    const refused = await abena.request('POST', '/api/auth/password', { currentPassword: 'not it', password: 'short' });
    expect(shown(refused)).toEqual({
      status: 400,
      json: { message: 'app.error.invalid', errors: { currentPassword: 'app.auth.wrongPassword', password: 'app.validation.passwordTooShort' } },
    });
    const missing = await abena.request('POST', '/api/auth/password', { password: 'a much longer passphrase' });
    expect(missing.json.errors).toEqual({ currentPassword: 'app.validation.required' });
    expect((await login('abena.mensah@sistercities.example', DEMO_PASSWORD)).response.status).toBe(200);
  });
});
