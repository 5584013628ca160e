import { Hono, type Context } from 'hono';
import { loginSchema, passwordSchema, preferencesSchema, type ThemeChoice } from '../../src/domain';
import { validationKeyOf } from '../../src/domain/validationKey';
import type { AppEnv, RouteDeps } from '../app';
import { PASSWORD_CHANGED } from '../lib/audit';
import { ApiError } from '../lib/errors';
import { readBody } from '../lib/http';
import { parseRecord, refuseIfAny } from '../lib/records';
import { actorOf } from './context';
import { requireSession } from './guards';
import { savePreferences } from './preferences';
import { createSession, endSession, endSessionsOf, type SessionReader, type SignedInUser } from './sessions';
import { releaseAttempt, reserveAttempt, throttleKeys, TooManyAttempts } from './throttle';
import { dropSession, keepSession, sessionTokenOf } from './transport';

const invalid = () => new ApiError(401, 'app.auth.invalid');
const publicUser = ({ id, email, fullName, role, region, theme }: SignedInUser) => ({ id, email, fullName, role, region, theme });

/** POST /login, POST /logout, GET /me, POST /password, PUT /preferences — the only /api routes open without a session (login). */
export function authRoutes({ db, write, now, passwords, clientAddress, userOfSession }: RouteDeps & { userOfSession: SessionReader }) {
  const signedIn = requireSession(userOfSession, now);
  /** Counts a password check against the account and the address, or 429 while they must wait. */
  const attempt = async (c: Context, email: string) => {
    try {
      return await reserveAttempt(db, throttleKeys(email, clientAddress?.(c) ?? null), now());
    } catch (error) {
      if (!(error instanceof TooManyAttempts)) throw error;
      const refusal = new ApiError(429, 'app.auth.tooManyAttempts');
      refusal.retryAfter = error.seconds;
      throw refusal;
    }
  };
  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const { email, password } = parseRecord(loginSchema, await readBody(c));
      const reservation = await attempt(c, email);
      const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      // The same work and the same answer whether the account exists, is disabled or the
      // password is wrong: the answer does not tell which emails have an account.
      const matches = await passwords.verify(password, user?.passwordHash ?? (await passwords.decoy()));
      if (!user || !matches || Boolean(user.disabled)) throw invalid();
      await releaseAttempt(db, reservation);
      keepSession(c, await createSession(db, user.id, now()));
      return c.json(publicUser({ ...user, role: user.role as SignedInUser['role'], region: user.region as SignedInUser['region'], theme: user.theme as ThemeChoice | null }));
    })
    .post('/logout', async (c) => {
      const token = sessionTokenOf(c);
      if (token) await endSession(db, token);
      dropSession(c);
      return c.body(null, 204);
    })
    .get('/me', signedIn, (c) => c.json(publicUser(actorOf(c))))
    // Every role sets its own, leadership included: a preference is not a record of the initiative.
    .put('/preferences', signedIn, async (c) => {
      const user = actorOf(c);
      const preferences = parseRecord(preferencesSchema, await readBody(c));
      const saved = await write(c, (tx) => savePreferences(tx, user.id, preferences));
      return c.json(publicUser({ ...user, ...saved }));
    })
    .post('/password', signedIn, async (c) => {
      const user = actorOf(c);
      const body = await readBody(c);
      const password = passwordSchema.safeParse(body.password);
      // Guessing the current password from a session left open counts as guessing at sign-in.
      const reservation = await attempt(c, user.email);
      const row = await db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
      const current = typeof body.currentPassword === 'string' && (await passwords.verify(body.currentPassword, row.passwordHash));
      if (current) await releaseAttempt(db, reservation);
      refuseIfAny({
        ...(current ? {} : { currentPassword: body.currentPassword ? 'app.auth.wrongPassword' : 'app.validation.required' }),
        ...(password.success ? {} : { password: validationKeyOf(password.error.issues[0]!) }),
      });
      // refuseIfAny threw unless the new password is valid.
      const passwordHash = await passwords.hash(password.data!);
      await write(c, async (tx, { now: at }) => {
        await tx.updateTable('users').set((eb) => ({ passwordHash, updatedAt: at, version: eb('version', '+', 1) })).where('id', '=', user.id).execute();
        // Whoever else held a session of this account (perhaps the reason for the change) is out.
        await endSessionsOf(tx, user.id, c.get('sessionToken'));
        return { action: 'update', resource: 'users', recordId: user.id, before: null, after: null, extra: PASSWORD_CHANGED };
      });
      return c.body(null, 204);
    });
}
