import { isAllowed, type Action, type Actor, type GuardedResource, type RegionFacts } from '../domain';
import { DEMO_PASSWORD } from '../domain/seed/users';
import { ApiError } from './errors';
import type { MockStore, MockUser } from './store';

/** The demo team's password in mock mode (decision 011): every seeded user signs in with it. */
export { DEMO_PASSWORD };

/** What sign-in and GET /api/auth/me show of a user. */
export interface SessionUser {
  id: number;
  email: string;
  fullName: string;
  role: Actor['role'];
  region: Actor['region'];
}

export const sessionUserOf = ({ id, email, fullName, role, region }: MockUser): SessionUser => ({ id, email, fullName, role, region });

export const required = () => new ApiError(401, 'app.auth.required');
export const forbidden = () => new ApiError(403, 'app.auth.forbidden');
/** One answer for an unknown email, a wrong password and a disabled user: it does not tell which accounts exist. */
const invalidSignIn = () => new ApiError(401, 'app.auth.invalid');

export const passwordOf = (store: MockStore, userId: number) => store.passwords.get(userId) ?? DEMO_PASSWORD;

/** The signed-in user; a user disabled or deleted since is signed out at once, as on the server. */
export function signedInUser(store: MockStore): MockUser | null {
  const user = store.users.find((u) => u.id === store.actingUserId);
  return user && !user.disabled ? user : null;
}

/** The signed-in user, or 401. */
export function requireActor(store: MockStore): MockUser {
  const user = signedInUser(store);
  if (!user) throw required();
  return user;
}

/** 401 when nobody is signed in, 403 when the rule (`isAllowed`, the server's too) says no. */
export function mustBeAllowed(store: MockStore, action: Action, resource: GuardedResource, record?: RegionFacts): MockUser {
  const actor = requireActor(store);
  if (!isAllowed(actor, action, resource, record)) throw forbidden();
  return actor;
}

export function setSession(store: MockStore, userId: number | null) {
  store.actingUserId = userId;
  store.onSessionChange?.(userId);
}

/** Signs `email` in with `password`, or refuses without saying why. */
export function signIn(store: MockStore, email: string, password: string): MockUser {
  const user = store.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (!user || user.disabled || passwordOf(store, user.id) !== password) throw invalidSignIn();
  setSession(store, user.id);
  return user;
}
