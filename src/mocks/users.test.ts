import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../tests/setup/mockApi';
import { DEMO_PASSWORD } from './auth';

const api = useMockApi();

const ADMIN = 1;
const newcomer = { email: 'Kwame.Boateng@Example.org', fullName: 'Kwame Boateng', role: 'coordinator', region: 'Western', password: 'a long passphrase' };
/** Every answer of these tests, for the one check that matters most: no password, ever. */
const answers: unknown[] = [];
const call = async (...args: Parameters<typeof callApi>) => {
  const response = await callApi(...args);
  answers.push(response.json);
  return response;
};
/** Keys named `password` anywhere in an answer but in field errors (`errors.password` names the field, not a value). */
const passwordKeys = (value: unknown): string[] =>
  typeof value !== 'object' || value === null
    ? []
    : Object.entries(value).flatMap(([key, inner]) => (key === 'errors' ? [] : [...(key === 'password' ? [key] : []), ...passwordKeys(inner)]));
const neverAPassword = () => {
  expect(answers.flatMap(passwordKeys)).toEqual([]);
  const text = JSON.stringify(answers);
  for (const secret of [DEMO_PASSWORD, newcomer.password, 'another long passphrase']) expect(text).not.toContain(secret);
};

describe('the team directory', () => {
  it('lists the team by name to every signed-in user, or the members asked for', async () => {
    api.signIn(11);
    const all = await call('GET', '/users');
    expect(all.headers.get('Content-Range')).toBe(`users 0-${api.store.users.length - 1}/${api.store.users.length}`);
    const names = all.json.map((u: { fullName: string }) => u.fullName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const some = await call('GET', `/users?filter=${encodeURIComponent('{"id":[2,3]}')}`);
    expect(some.json.map((u: { id: number }) => u.id).sort()).toEqual([2, 3]);
    const staff = await call('GET', `/users?filter=${encodeURIComponent('{"role":"staff","q":"EL"}')}`);
    expect(staff.json.map((u: { fullName: string }) => u.fullName)).toEqual(['Daniel Okafor', 'Helen Castellanos', 'Marcus Ellison']);
    const one = await call('GET', '/users/7');
    expect(one.json).toMatchObject({ id: 7, fullName: 'Abena Mensah', role: 'coordinator', region: 'Western', disabled: false, version: 1 });
    neverAPassword();
  });

  it('signs the stage changes with the signed-in member of the team', async () => {
    const coordinator = api.store.users.find((u) => u.role === 'coordinator' && u.region === 'Western')!;
    expect((await call('POST', '/auth/login', { email: coordinator.email, password: DEMO_PASSWORD })).status).toBe(200);
    const p = api.all('partnerships').find((x) => x.stage === 'prospect' && x.region === 'Western')!;
    const { json } = await call('PUT', `/partnerships/${p.id}`, { ...p, stage: 'interest' });
    expect(json.stageHistory.at(-1)).toMatchObject({ stage: 'interest', by: coordinator.id, byName: coordinator.fullName });
  });
});

describe('user admin', () => {
  it('is for admins only', async () => {
    const kwame = api.createUser({ ...newcomer, email: 'other@example.org' });
    for (const id of [2, 7, 11]) {
      api.signIn(id);
      expect(await call('POST', '/users', newcomer)).toMatchObject({ status: 403, json: { message: 'app.auth.forbidden' } });
      expect(await call('PUT', `/users/${kwame.id}`, { ...kwame, fullName: 'X' })).toMatchObject({ status: 403 });
      expect(await call('DELETE', `/users/${kwame.id}`)).toMatchObject({ status: 403 });
    }
    expect(api.store.users.find((u) => u.id === kwame.id)).toEqual(kwame);
  });

  it('creates a user who signs in with the password they were given', async () => {
    api.signIn(ADMIN);
    const { status, json } = await call('POST', '/users', newcomer);
    expect(status).toBe(201);
    expect(json).toMatchObject({ email: 'kwame.boateng@example.org', fullName: 'Kwame Boateng', role: 'coordinator', region: 'Western', disabled: false, version: 1 });
    expect((await call('POST', '/auth/login', { email: newcomer.email, password: DEMO_PASSWORD })).status).toBe(401);
    const signedIn = await call('POST', '/auth/login', { email: newcomer.email, password: newcomer.password });
    expect(signedIn.json).toEqual({ id: json.id, email: 'kwame.boateng@example.org', fullName: 'Kwame Boateng', role: 'coordinator', region: 'Western' });
    expect(api.store.audit.at(-1)).toMatchObject({ action: 'create', resource: 'users', recordId: json.id, userId: ADMIN, changes: { password: { before: null, after: '…' } } });
    neverAPassword();
  });

  it('checks the user against the schema, and one email per user', async () => {
    api.signIn(ADMIN);
    const bad = await call('POST', '/users', { ...newcomer, role: 'staff', password: 'short' });
    expect(bad.json.errors).toEqual({ region: 'app.validation.regionCoordinatorOnly', password: 'app.validation.passwordTooShort' });
    const taken = await call('POST', '/users', { ...newcomer, email: 'MARCUS.ellison@sistercities.example' });
    expect(taken).toMatchObject({ status: 400, json: { errors: { email: 'app.validation.emailTaken' } } });
  });

  it('updates a user with the version read; a blank password keeps theirs, a new one replaces it', async () => {
    api.signIn(ADMIN);
    const kwame = api.createUser(newcomer);
    const renamed = await call('PUT', `/users/${kwame.id}`, { ...kwame, fullName: 'Kwame A. Boateng', password: '' });
    expect(renamed.json).toMatchObject({ fullName: 'Kwame A. Boateng', version: 2 });
    expect(api.store.audit.at(-1)!.changes).toEqual({ fullName: { before: 'Kwame Boateng', after: 'Kwame A. Boateng' } });
    expect((await call('PUT', `/users/${kwame.id}`, { ...kwame, fullName: 'Stale' })).status).toBe(409);
    expect((await call('PUT', `/users/${kwame.id}`, { fullName: 'No version' })).json.errors).toEqual({ version: 'app.validation.required' });
    await call('PUT', `/users/${kwame.id}`, { ...renamed.json, password: 'another long passphrase' });
    expect(api.store.audit.at(-1)!.changes).toEqual({ password: { before: '…', after: '…' } });
    expect((await call('POST', '/auth/login', { email: newcomer.email, password: 'another long passphrase' })).status).toBe(200);
    neverAPassword();
  });

  it('keeps an admin from demoting, disabling or deleting themselves', async () => {
    api.signIn(ADMIN);
    const me = (await call('GET', `/users/${ADMIN}`)).json;
    const demoted = await call('PUT', `/users/${ADMIN}`, { ...me, role: 'staff', disabled: true });
    expect(demoted).toMatchObject({ status: 400, json: { errors: { role: 'app.validation.notYourself', disabled: 'app.validation.notYourself' } } });
    expect(await call('DELETE', `/users/${ADMIN}`)).toMatchObject({ status: 400, json: { message: 'app.validation.notYourself' } });
    expect((await call('PUT', `/users/${ADMIN}`, { ...me, fullName: 'Ada W.' })).status).toBe(200);
  });

  it('disables a user, who can no longer sign in, and deletes one nobody refers to', async () => {
    const kwame = api.createUser(newcomer);
    api.signIn(kwame.id);
    expect((await call('GET', '/auth/me')).status).toBe(200);
    api.signIn(ADMIN);
    expect((await call('PUT', `/users/${kwame.id}`, { ...kwame, disabled: true })).json.disabled).toBe(true);
    expect((await call('POST', '/auth/login', { email: newcomer.email, password: newcomer.password })).status).toBe(401);
    api.signIn(ADMIN);
    expect((await call('DELETE', `/users/${kwame.id}`, undefined, { 'If-Match': '"2"' })).json).toMatchObject({ id: kwame.id });
    expect((await call('GET', `/users/${kwame.id}`)).status).toBe(404);
    expect(api.store.audit.at(-1)).toMatchObject({ action: 'delete', recordId: kwame.id, changes: { email: { before: 'kwame.boateng@example.org', after: null } } });
    const owner = api.all('partnerships')[0]!.ownerId!;
    expect(await call('DELETE', `/users/${owner}`)).toMatchObject({ status: 409, json: { message: 'app.error.userInUse' } });
    neverAPassword();
  });
});
