import type { Context } from 'hono';
import { isAllowed, type Action, type GuardedResource, type RegionFacts } from '../../src/domain';
import { ApiError } from '../lib/errors';
import type { Revisions } from '../lib/revision';
import type { SignedInUser } from './sessions';

/** What the session middleware leaves on the request for the routes. */
export type AuthVariables = { user: SignedInUser; sessionToken: string; revision: Revisions };

/** The data revision the request read at its start (server/lib/revision.ts), if it did. */
export const revisionOf = (c: Context): Revisions | undefined => (c as Context<{ Variables: AuthVariables }>).get('revision');

export const notSignedIn = () => new ApiError(401, 'app.auth.required');
export const forbidden = () => new ApiError(403, 'app.auth.forbidden');

/** The signed-in user of the request (the session middleware guarantees one on /api). */
export function actorOf(c: Context): SignedInUser {
  const user = (c as Context<{ Variables: AuthVariables }>).get('user');
  if (!user) throw notSignedIn();
  return user;
}

/** Throws 403 unless the signed-in user may do `action` on `resource` (and on `record`). */
export function authorize(c: Context, action: Action, resource: GuardedResource, record?: RegionFacts): SignedInUser {
  const user = actorOf(c);
  if (!isAllowed(user, action, resource, record)) throw forbidden();
  return user;
}
