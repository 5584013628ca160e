import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';
import { DEMO_PASSWORD } from './auth';

const api = useMockApi({ signedInAs: null });

const ABENA = { email: 'abena.mensah@sistercities.example', id: 7 };

describe('signing in to the mock API', () => {
  it('signs a member of the demo team in with the demo password, and shows who they are', async () => {
    const { status, json } = await callApi('POST', '/auth/login', { email: ' Abena.Mensah@SisterCities.example', password: DEMO_PASSWORD });
    expect(status).toBe(200);
    expect(json).toEqual({ id: 7, email: ABENA.email, fullName: 'Abena Mensah', role: 'coordinator', region: 'Western' });
    expect((await callApi('GET', '/auth/me')).json).toEqual(json);
  });

  it('gives one answer for a wrong password, an unknown email and a disabled user', async () => {
    const wrong = await callApi('POST', '/auth/login', { email: ABENA.email, password: 'sister-cities-demO' });
    const unknown = await callApi('POST', '/auth/login', { email: 'nobody@sistercities.example', password: DEMO_PASSWORD });
    api.store.users = api.store.users.map((u) => (u.id === ABENA.id ? { ...u, disabled: true } : u));
    const disabled = await callApi('POST', '/auth/login', { email: ABENA.email, password: DEMO_PASSWORD });
    for (const refused of [wrong, unknown, disabled]) expect(refused).toMatchObject({ status: 401, json: { message: 'app.auth.invalid' } });
    expect((await callApi('GET', '/auth/me')).status).toBe(401);
  });

  it('reads the body with the login schema', async () => {
    const { status, json } = await callApi('POST', '/auth/login', { email: '', password: DEMO_PASSWORD });
    expect(status).toBe(400);
    expect(json.errors).toEqual({ email: 'app.validation.required' });
    expect((await callApi('POST', '/auth/login', '[]')).status).toBe(400);
  });

  it('signs out: /me and every other route answer 401 from then on', async () => {
    await callApi('POST', '/auth/login', { email: ABENA.email, password: DEMO_PASSWORD });
    expect((await callApi('GET', '/cities')).status).toBe(200);
    expect((await callApi('POST', '/auth/logout')).status).toBe(204);
    expect(await callApi('GET', '/auth/me')).toMatchObject({ status: 401, json: { message: 'app.auth.required' } });
    for (const [method, path] of [
      ['GET', '/cities'],
      ['GET', '/partnerships/1'],
      ['POST', '/events'],
      ['PUT', '/programs/1'],
      ['DELETE', '/cities/1'],
      ['GET', '/users'],
      ['GET', '/audit'],
      ['GET', '/stats/progress'],
      ['GET', '/gazetteer?q=acc'],
      ['GET', '/planets'],
      ['POST', '/auth/password'],
    ] as const) {
      expect(await callApi(method, path, method === 'POST' || method === 'PUT' ? {} : undefined), `${method} ${path}`).toMatchObject({
        status: 401,
        json: { message: 'app.auth.required' },
      });
    }
  });

  it('ends the session of a user disabled while signed in', async () => {
    api.signIn(ABENA.id);
    expect((await callApi('GET', '/auth/me')).status).toBe(200);
    api.store.users = api.store.users.map((u) => (u.id === ABENA.id ? { ...u, disabled: true } : u));
    expect((await callApi('GET', '/cities')).status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password: the old one no longer signs in, the new one does', async () => {
    api.signIn(ABENA.id);
    const changed = await callApi('POST', '/auth/password', { currentPassword: DEMO_PASSWORD, password: 'a much longer passphrase' });
    expect(changed.status).toBe(204);
    expect((await callApi('POST', '/auth/login', { email: ABENA.email, password: DEMO_PASSWORD })).status).toBe(401);
    expect((await callApi('POST', '/auth/login', { email: ABENA.email, password: 'a much longer passphrase' })).status).toBe(200);
    expect(api.store.audit.at(-1)).toMatchObject({
      action: 'update',
      resource: 'users',
      recordId: ABENA.id,
      userId: ABENA.id,
      changes: { password: { before: '…', after: '…' } },
    });
  });

  it('needs the current password and a long enough new one', async () => {
    api.signIn(ABENA.id);
    const { status, json } = await callApi('POST', '/auth/password', { currentPassword: 'not it', password: 'short' });
    expect(status).toBe(400);
    expect(json.errors).toEqual({ currentPassword: 'app.auth.wrongPassword', password: 'app.validation.passwordTooShort' });
    expect((await callApi('POST', '/auth/login', { email: ABENA.email, password: DEMO_PASSWORD })).status).toBe(200);
  });
});
