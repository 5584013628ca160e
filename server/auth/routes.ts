import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginSchema, passwordSchema } from '../../src/domain';
import { writeTransaction, type DatabaseHandle } from '../db/client';
import { PASSWORD_CHANGED, recordAudit } from '../lib/audit';
import { ApiError } from '../lib/errors';
import { readBody } from '../lib/http';
import { parseRecord, refuseIfAny } from '../lib/records';
import { actorOf, type AuthVariables } from './context';
import { SESSION_COOKIE, requireSession } from './guards';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { SESSION_MAX_MS, createSession, endSession, endSessionsOf, type SessionReader, type SignedInUser } from './sessions';
import { releaseAttempt, reserveAttempt, throttleKeys, TooManyAttempts } from './throttle';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * HttpOnly, SameSite=Strict, and Secure everywhere but on plain http://localhost: also when a
 * proxy in front says the browser came in over HTTPS, whatever Host it forwards.
 */
function setSessionCookie(c: Context, token: string) {
  const { hostname, protocol } = new URL(c.req.url);
  const https = protocol === 'https:' || c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: https || !LOCAL_HOSTS.has(hostname),
    path: '/',
    maxAge: SESSION_MAX_MS / 1000,
  });
}

function addressOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // app.request() in tests has no socket.
    return null;
  }
}

const invalid = () => new ApiError(401, 'app.auth.invalid');
const publicUser = ({ id, email, fullName, role, region }: SignedInUser) => ({ id, email, fullName, role, region });

/** POST /login, POST /logout, GET /me, POST /password — the only /api routes open without a session (login). */
export function authRoutes({ handle, now, userOfSession }: { handle: Pick<DatabaseHandle, 'db' | 'dialect'>; now: () => string; userOfSession: SessionReader }) {
  const { db } = handle;
  const signedIn = requireSession(userOfSession, now);
  /** Counts a password check against the account and the address, or 429 while they must wait. */
  const attempt = async (c: Context, email: string) => {
    try {
      return await reserveAttempt(handle, throttleKeys(email, addressOf(c)), now());
    } catch (error) {
      if (!(error instanceof TooManyAttempts)) throw error;
      const refusal = new ApiError(429, 'app.auth.tooManyAttempts');
      refusal.retryAfter = error.seconds;
      throw refusal;
    }
  };
  return new Hono<{ Variables: AuthVariables }>()
    .post('/login', async (c) => {
      const { email, password } = parseRecord(loginSchema, await readBody(c));
      const reservation = await attempt(c, email);
      const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      // The same work and the same answer whether the account exists, is disabled or the
      // password is wrong: the answer does not tell which emails have an account.
      const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !matches || Boolean(user.disabled)) throw invalid();
      await releaseAttempt(handle, reservation);
      setSessionCookie(c, await createSession(db, user.id, now()));
      return c.json(publicUser({ ...user, role: user.role as SignedInUser['role'], region: user.region as SignedInUser['region'] }));
    })
    .post('/logout', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await endSession(db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .get('/me', signedIn, (c) => c.json(publicUser(actorOf(c))))
    .post('/password', signedIn, async (c) => {
      const user = actorOf(c);
      const body = await readBody(c);
      const password = passwordSchema.safeParse(body.password);
      // Guessing the current password from a session left open counts as guessing at sign-in.
      const reservation = await attempt(c, user.email);
      const row = await db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
      const current = typeof body.currentPassword === 'string' && (await verifyPassword(body.currentPassword, row.passwordHash));
      if (current) await releaseAttempt(handle, reservation);
      refuseIfAny({
        ...(current ? {} : { currentPassword: 'app.auth.wrongPassword' }),
        ...(password.success ? {} : { password: password.error.issues[0]!.message }),
      });
      // refuseIfAny threw unless the new password is valid.
      const passwordHash = await hashPassword(password.data!);
      await writeTransaction(handle, async (tx) => {
        const at = now();
        await tx.updateTable('users').set((eb) => ({ passwordHash, updatedAt: at, version: eb('version', '+', 1) })).where('id', '=', user.id).execute();
        await recordAudit(tx, { actor: user, at, action: 'update', resource: 'users', recordId: user.id, before: null, after: null, extra: PASSWORD_CHANGED });
        // Whoever else held a session of this account (perhaps the reason for the change) is out.
        await endSessionsOf(tx, user.id, c.get('sessionToken'));
      });
      return c.body(null, 204);
    });
}
