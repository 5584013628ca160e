import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { GUARDED_RESOURCES, isAllowed, type Action, type GuardedResource, type ThemeChoice, type User } from '../domain';
import { API_URL, httpClient } from './dataProvider';

/** The signed-in user as GET /api/auth/me gives it, with the theme they chose (null: the system's). */
export type SignedInUser = Omit<User, 'disabled'> & { theme?: ThemeChoice | null };

/** react-admin's action names, in the words of the shared rule (src/domain/permissions.ts). */
const ACTION_OF: Record<string, Action> = {
  list: 'list',
  show: 'read',
  read: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
  export: 'export',
};

const isGuarded = (resource: string): resource is GuardedResource => (GUARDED_RESOURCES as readonly string[]).includes(resource);

/** Maps a react-admin action; unknown ones are refused rather than guessed. */
export const actionOf = (action: string): Action | undefined => ACTION_OF[action];

/**
 * Sign-in against the API's session cookie (docs/decisions/011). The user of the session is
 * asked once and kept in memory: every page asks checkAuth and canAccess, and a session that
 * ends meanwhile shows up as a 401 on the next request, which logs out.
 */
export function createAuthProvider(apiUrl = API_URL): AuthProvider {
  let current: Promise<SignedInUser | null> | undefined;

  const fetchMe = async (): Promise<SignedInUser | null> => {
    try {
      const { json } = await httpClient(`${apiUrl}/auth/me`);
      return (json as SignedInUser | null) ?? null;
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) return null;
      throw error;
    }
  };
  const signedIn = () => {
    // A failed look-up (network) is not remembered: the next question asks again.
    current ??= fetchMe().catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    return current;
  };

  return {
    async login(params: { username?: string; email?: string; password?: string }) {
      const user = await postLogin(apiUrl, { email: params.email ?? params.username ?? '', password: params.password ?? '' });
      current = Promise.resolve(user);
    },
    async logout() {
      current = Promise.resolve(null);
      try {
        await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' });
      } catch {
        // Already signed out (401) or offline: the browser forgets the user either way.
      }
    },
    async checkAuth() {
      // `message: false`: opening the app signed out goes to the sign-in page without an error.
      if (!(await signedIn())) throw { message: false };
    },
    async checkError(error: { status?: number }) {
      // 401: the session is gone. A 403 only says this role may not: stay signed in.
      if (error?.status === 401) throw error;
    },
    async getIdentity(): Promise<UserIdentity> {
      const user = await signedIn();
      if (!user) throw new HttpError('app.auth.required', 401);
      return { ...user, id: user.id, fullName: user.fullName };
    },
    async getPermissions() {
      return signedIn();
    },
    async canAccess({ action, resource, record }) {
      const user = await signedIn();
      if (!user) return false;
      if (!isGuarded(resource)) return true;
      const mapped = actionOf(action);
      return mapped !== undefined && isAllowed(user, mapped, resource, record);
    },
  };
}

/**
 * POST /api/auth/login. Done by hand rather than through httpClient: a 429 says in its
 * Retry-After header how long to wait, and the sign-in page shows it.
 */
async function postLogin(apiUrl: string, body: { email: string; password: string }): Promise<SignedInUser> {
  let response: Response;
  try {
    response = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new HttpError('app.error.network', 0, { message: 'app.error.network' });
  }
  const json = await response.json().catch(() => null);
  if (response.ok) return json as SignedInUser;
  const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
  const message = typeof json?.message === 'string' && json.message.startsWith('app.') ? json.message : fallbackMessage(response.status);
  throw new HttpError(message, response.status, { ...json, message, retryAfter });
}

const fallbackMessage = (status: number) =>
  status === 401 ? 'app.auth.invalid' : status === 429 ? 'app.auth.tooManyAttempts' : 'app.error.server';
