// @vitest-environment node
/**
 * Sign-in (decision 011) on every backend: one refusal for every bad sign-in, a session that
 * logout ends, and nothing behind /api without one.
 */
import { expect, it } from 'vitest';
import type { SeedData } from '../../src/domain/seed';
import { DEMO_PASSWORD, sessionCookieOf } from './backends';
import { describeContract } from './contract';
import { contractData } from './dataset';
import { shown, snapshot } from './requests';

const MARCUS = { id: 2, email: 'marcus.ellison@sistercities.example', fullName: 'Marcus Ellison', role: 'staff', region: null };
/** Leadership's Grace Adeyemi (id 12), disabled in this file's data. */
const DISABLED_EMAIL = 'grace.adeyemi@sistercities.example';

function withDisabledUser(): SeedData {
  const data = contractData();
  data.users.find((u) => u.email === DISABLED_EMAIL)!.disabled = true;
  return data;
}

/** Every route behind sign-in, with a body a signed-in staff member could send. */
const GUARDED_ROUTES: Array<[string, string, unknown?]> = [
  ['GET', '/api/stats/progress'],
  ['GET', '/api/gazetteer?q=acc'],
  ['GET', '/api/auth/me'],
  ...['cities', 'partnerships', 'events', 'programs', 'users', 'audit'].flatMap((resource): Array<[string, string, unknown?]> => [
    ['GET', `/api/${resource}`],
    ['GET', `/api/${resource}/1`],
    ['POST', `/api/${resource}`, { name: 'Tamale', country: 'GH' }],
    ['PUT', `/api/${resource}/1`, { version: 1, notes: 'Written without a session' }],
    ['DELETE', `/api/${resource}/1`],
  ]),
];

describeContract('sign-in', { data: withDisabledUser, reset: 'each' }, ({ api, reference, backend }) => {
  const login = (email: string, password: string) => api().raw('POST', '/api/auth/login', { email, password });

  it('signs in a member of the team and answers who they are, as the mock does', async () => {
    const [got, expected] = await Promise.all([login(' Marcus.Ellison@SisterCities.example', DEMO_PASSWORD), reference().raw('POST', '/api/auth/login', { email: MARCUS.email, password: DEMO_PASSWORD })]);
    expect(shown(got)).toEqual(shown(expected));
    expect(got.json).toEqual(MARCUS);
    expect((await api().request('GET', '/api/auth/me')).json).toEqual(MARCUS);
  });

  it.runIf(backend !== 'mock')('keeps the session in an HttpOnly, SameSite=Strict cookie, not Secure on localhost', async () => {
    const response = await login(MARCUS.email, DEMO_PASSWORD);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(sessionCookieOf(response)).toMatch(/^sid=[\w-]{40,}$/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it.each([
    ['a wrong password', MARCUS.email, 'not-the-demo-password'],
    ['an unknown email', 'nobody@sistercities.example', DEMO_PASSWORD],
    ['a disabled user', DISABLED_EMAIL, DEMO_PASSWORD],
  ])('refuses %s with the same 401 app.auth.invalid, and no session', async (_case, email, password) => {
    const [got, expected] = await Promise.all([login(email, password), reference().raw('POST', '/api/auth/login', { email, password })]);
    expect(shown(got)).toEqual({ status: 401, json: { message: 'app.auth.invalid' } });
    expect(shown(expected)).toEqual(shown(got));
    expect(sessionCookieOf(got)).toBeNull();
  });

  it('asks for both fields, with field errors', async () => {
    const [got, expected] = await Promise.all([login('', ''), reference().raw('POST', '/api/auth/login', { email: '', password: '' })]);
    expect(got.status).toBe(400);
    expect(got.json.errors).toEqual({ email: 'app.validation.required', password: 'app.validation.required' });
    expect(shown(got)).toEqual(shown(expected));
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

  it('answers 401 to a cookie no sign-in gave', async () => {
    const { status, json } = await api().raw('GET', '/api/cities', undefined, { Cookie: 'sid=forged-token-of-nobody' });
    expect({ status, json }).toEqual({ status: 401, json: { message: 'app.auth.required' } });
  });

  it.runIf(backend !== 'mock')('ends the session at logout: the old cookie no longer works', async () => {
    const cookie = sessionCookieOf(await login(MARCUS.email, DEMO_PASSWORD))!;
    expect((await api().raw('GET', '/api/cities', undefined, { Cookie: cookie })).status).toBe(200);
    expect((await api().raw('POST', '/api/auth/logout', undefined, { Cookie: cookie })).status).toBe(204);
    const reused = await api().raw('GET', '/api/cities', undefined, { Cookie: cookie });
    expect({ status: reused.status, json: reused.json }).toEqual({ status: 401, json: { message: 'app.auth.required' } });
    expect((await api().raw('GET', '/api/auth/me', undefined, { Cookie: cookie })).status).toBe(401);
  });

  // The mock has no cookies: its one session lives in the store (sessionStorage in the browser).
  it.runIf(backend === 'mock')('signs out at logout: the next request has no session', async () => {
    expect((await login(MARCUS.email, DEMO_PASSWORD)).status).toBe(200);
    expect((await api().raw('GET', '/api/cities')).status).toBe(200);
    expect((await api().raw('POST', '/api/auth/logout')).status).toBe(204);
    const after = await api().raw('GET', '/api/cities');
    expect({ status: after.status, json: after.json }).toEqual({ status: 401, json: { message: 'app.auth.required' } });
  });

  it('ends the session of a user an admin disables, at once', async () => {
    const abena = api().as(7);
    expect((await abena.request('GET', '/api/auth/me')).status).toBe(200);
    const record = (await api().as(1).request('GET', '/api/users/7')).json;
    const disabled = await api().as(1).request('PUT', '/api/users/7', { ...record, disabled: true });
    expect(disabled.status).toBe(200);
    const after = await abena.request('GET', '/api/cities');
    expect({ status: after.status, json: after.json }).toEqual({ status: 401, json: { message: 'app.auth.required' } });
  });
});
