import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../lib/errors';
import type { Revisions } from '../lib/revision';
import { notSignedIn, type AuthVariables } from './context';
import type { SessionReader } from './sessions';
import { sessionTokenOf } from './transport';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a browser always sends `Origin` with a POST, PUT or DELETE, so a
 * mutation whose Origin is not this server (or one of `allowedOrigins`) comes from another
 * site and is refused. (Bodies must also be JSON, which readBody checks: a form on another
 * site cannot send that without a CORS preflight, which this API never grants.)
 */
export function rejectCrossSite(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    if (origin !== undefined && !sameSite(c, origin, allowedOrigins)) throw new ApiError(403, 'app.auth.crossSite');
    return next();
  };
}

function sameSite(c: Context, origin: string, allowedOrigins: readonly string[]): boolean {
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === (c.req.header('Host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/**
 * Every route behind it needs a live session: the user is left on the request, or 401. With
 * `readRevision`, the data revision is read once and left on the request too.
 */
export function requireSession(userOfSession: SessionReader, now: () => string, readRevision?: () => Promise<Revisions>): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const token = sessionTokenOf(c);
    if (!token) throw notSignedIn();
    // Read once here, it serves every kept answer of the request (server/lib/revisionCache.ts).
    const revision = readRevision ? await readRevision() : undefined;
    if (revision !== undefined) c.set('revision', revision);
    const user = await userOfSession(token, now(), revision);
    if (!user) throw notSignedIn();
    c.set('user', user);
    c.set('sessionToken', token);
    return next();
  };
}
