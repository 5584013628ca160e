import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { createAuthProvider, type SignedInUser } from './authProvider';

const coordinator: SignedInUser = { id: 7, email: 'abena@example.org', fullName: 'Abena Mensah', role: 'coordinator', region: 'Western' };
const leadership: SignedInUser = { id: 11, email: 'robert@example.org', fullName: 'Robert Hayes', role: 'leadership', region: null };

// Who GET /api/auth/me answers with in the running test (null: 401).
let me: SignedInUser | null = null;
const server = setupServer(
  http.get('*/api/auth/me', () => (me ? HttpResponse.json(me) : HttpResponse.json({ message: 'app.auth.required' }, { status: 401 }))),
  http.post('*/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
  http.post('*/api/auth/login', async ({ request }) => {
    const body = (await request.json()) as { email: string; password: string };
    if (body.password !== 'sister-cities-demo') return HttpResponse.json({ message: 'app.auth.invalid' }, { status: 401 });
    return HttpResponse.json(coordinator);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  me = null;
});
afterAll(() => server.close());

describe('the authProvider', () => {
  it('logs out on a 401 only: a 403 says the role may not, and the user stays signed in', async () => {
    const auth = createAuthProvider();
    await expect(auth.checkError(new HttpError('app.auth.required', 401))).rejects.toBeDefined();
    await expect(auth.checkError(new HttpError('app.auth.forbidden', 403))).resolves.toBeUndefined();
    await expect(auth.checkError(new HttpError('app.error.server', 500))).resolves.toBeUndefined();
  });

  it('is signed in while the API knows the session, and not after logout', async () => {
    me = leadership;
    const auth = createAuthProvider();
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getIdentity!()).toMatchObject({ id: 11, fullName: 'Robert Hayes', role: 'leadership' });
    await auth.logout({});
    await expect(auth.checkAuth({})).rejects.toBeDefined();
  });

  it('signs in with the email the form calls username, and refuses a wrong password with the API’s message', async () => {
    const auth = createAuthProvider();
    await expect(auth.checkAuth({})).rejects.toBeDefined();
    await expect(auth.login({ username: 'abena@example.org', password: 'nope' })).rejects.toMatchObject({ status: 401, message: 'app.auth.invalid' });
    await auth.login({ username: 'abena@example.org', password: 'sister-cities-demo' });
    expect(await auth.getPermissions!({})).toEqual(coordinator);
  });

  it('shows the wait after too many attempts', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ message: 'app.auth.tooManyAttempts' }, { status: 429, headers: { 'Retry-After': '4' } }),
      ),
    );
    await expect(createAuthProvider().login({ email: 'a@b.c', password: 'x' })).rejects.toMatchObject({
      status: 429,
      message: 'app.auth.tooManyAttempts',
      body: expect.objectContaining({ retryAfter: 4 }),
    });
  });

  it('answers canAccess with the shared rule, react-admin’s actions mapped to its words', async () => {
    me = coordinator;
    const auth = createAuthProvider();
    const can = (action: string, resource: string, record?: object) => auth.canAccess!({ action, resource, record });
    const western = { id: 1, region: 'Western' };
    const eastern = { id: 2, region: 'Eastern' };
    expect(await can('list', 'partnerships')).toBe(true);
    expect(await can('show', 'partnerships', eastern)).toBe(true);
    expect(await can('edit', 'partnerships', western)).toBe(true);
    expect(await can('edit', 'partnerships', eastern)).toBe(false);
    expect(await can('delete', 'cities', eastern)).toBe(false);
    expect(await can('edit', 'events', { id: 3, regions: ['Eastern', 'Western'] })).toBe(true);
    expect(await can('create', 'users')).toBe(false);
    expect(await can('list', 'audit')).toBe(false);
    expect(await can('export', 'programs')).toBe(true);
    expect(await can('fly', 'partnerships')).toBe(false);
    // Not one of the guarded resources: any signed-in user.
    expect(await can('list', 'gazetteer')).toBe(true);
  });

  it('lets leadership read and nothing more, and refuses everything when signed out', async () => {
    me = leadership;
    const auth = createAuthProvider();
    expect(await auth.canAccess!({ action: 'list', resource: 'partnerships' })).toBe(true);
    expect(await auth.canAccess!({ action: 'create', resource: 'partnerships' })).toBe(false);
    expect(await auth.canAccess!({ action: 'edit', resource: 'cities', record: { id: 1, region: 'Western' } })).toBe(false);
    await auth.logout({});
    expect(await auth.canAccess!({ action: 'list', resource: 'partnerships' })).toBe(false);
  });
});
