// @vitest-environment node
/**
 * A user's own preferences (decision 036) on every backend: any role, leadership included,
 * sets its own theme with PUT /api/auth/preferences; /me and the next sign-in answer it; a
 * bad value is refused with a field error; nobody sets another user's.
 */
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from './backends';
import { describeContract } from './contract';
import { contractData, TODAY } from './dataset';
import { listPath, shown, snapshot } from './requests';

const ROLES = [
  ['an admin', 1, 'Ada Whitfield'],
  ['staff', 2, 'Marcus Ellison'],
  ['a coordinator', 7, 'Abena Mensah'],
  ['leadership', 11, 'Robert Hayes'],
] as const;
const ABENA = { id: 7, email: 'abena.mensah@sistercities.example', fullName: 'Abena Mensah', role: 'coordinator', region: 'Western' };

describeContract('preferences', { data: contractData, reset: 'each' }, ({ api }) => {
  const themeOf = async (userId: number) => (await api().as(userId).request('GET', '/api/auth/me')).json.theme;
  const historyOf = async (userId: number) => (await api().as(1).request('GET', listPath('audit', { filter: { resource: 'users', recordId: userId } }))).json;

  it.each(ROLES)('lets %s choose their own theme, and says so in their history', async (_role, id, fullName) => {
    const user = api().as(id);
    expect(await themeOf(id)).toBeNull();
    const saved = await user.request('PUT', '/api/auth/preferences', { theme: 'dark' });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ id, fullName, theme: 'dark' });
    expect(await themeOf(id)).toBe('dark');
    expect(await historyOf(id)).toEqual([
      { id: expect.any(Number), at: expect.stringMatching(`^${TODAY}T`), userId: id, userName: fullName, action: 'update', resource: 'users', recordId: id, changes: { theme: { before: null, after: 'dark' } } },
    ]);
  });

  it('answers the saved theme at /me and at the next sign-in, as on another browser; null follows the system again', async () => {
    await api().as(7).request('PUT', '/api/auth/preferences', { theme: 'light' });
    const elsewhere = await api().signIn({ email: ABENA.email, password: DEMO_PASSWORD });
    expect(shown(elsewhere.response)).toEqual({ status: 200, json: { ...ABENA, theme: 'light' } });
    const tab = api().withToken(elsewhere.token);
    expect(shown(await tab.request('PUT', '/api/auth/preferences', { theme: null }))).toEqual({ status: 200, json: { ...ABENA, theme: null } });
    expect(shown(await tab.request('GET', '/api/auth/me'))).toEqual({ status: 200, json: { ...ABENA, theme: null } });
  });

  it('writes no history when the choice does not change', async () => {
    await api().as(2).request('PUT', '/api/auth/preferences', { theme: 'dark' });
    expect((await api().as(2).request('PUT', '/api/auth/preferences', { theme: 'dark' })).status).toBe(200);
    expect(await historyOf(2)).toHaveLength(1);
  });

  it.each([
    ['a theme it does not know', { theme: 'blue' }, 'app.validation.theme'],
    ['a theme that is no text', { theme: 1 }, 'app.validation.theme'],
    ['no theme at all', {}, 'app.validation.required'],
  ])('refuses %s with a field error, and changes nothing', async (_case, body, key) => {
    const before = await snapshot(api());
    const refused = await api().as(11).request('PUT', '/api/auth/preferences', body);
    expect(shown(refused)).toEqual({ status: 400, json: { message: 'app.error.invalid', errors: { theme: key } } });
    expect(await themeOf(11)).toBeNull();
    expect(await snapshot(api())).toEqual(before);
  });

  it('refuses a body that is no JSON object', async () => {
    expect((await api().as(2).request('PUT', '/api/auth/preferences', '["dark"]')).status).toBe(400);
    expect((await api().as(2).request('PUT', '/api/auth/preferences', '{"theme": ')).status).toBe(400);
  });

  it('sets nobody else’s: an id in the body is ignored, and the users route does not write it', async () => {
    const saved = await api().as(2).request('PUT', '/api/auth/preferences', { id: 7, userId: 7, theme: 'dark' });
    expect(saved.json).toMatchObject({ id: 2, theme: 'dark' });
    expect(await themeOf(7)).toBeNull();
    const admin = api().as(1);
    const abena = (await admin.request('GET', '/api/users/7')).json;
    expect(abena).not.toHaveProperty('theme');
    expect((await admin.request('PUT', '/api/users/7', { ...abena, theme: 'dark' })).status).toBe(200);
    expect(await themeOf(7)).toBeNull();
  });

  it('keeps the version an admin edits: a theme chosen meanwhile makes no conflict', async () => {
    const admin = api().as(1);
    const read = (await admin.request('GET', '/api/users/7')).json;
    await api().as(7).request('PUT', '/api/auth/preferences', { theme: 'dark' });
    const edited = await admin.request('PUT', '/api/users/7', { ...read, fullName: 'Abena A. Mensah' });
    expect(edited.status).toBe(200);
    expect(await themeOf(7)).toBe('dark');
  });

  it('asks for a session', async () => {
    expect(shown(await api().as(null).request('PUT', '/api/auth/preferences', { theme: 'dark' }))).toEqual({ status: 401, json: { message: 'app.auth.required' } });
  });
});
