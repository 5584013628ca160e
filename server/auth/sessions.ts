import { createHash, randomBytes } from 'node:crypto';
import type { Actor, AuRegion, Role } from '../../src/domain';
import type { DbOrTx } from '../db/client';

/** A session ends after 8 hours without a request, and 7 days after sign-in whatever happens. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute: a read request should not write every time. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SignedInUser extends Actor {
  email: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Starts a session: the token goes to the cookie, only its hash to the database. */
export async function createSession(db: DbOrTx, userId: number, now: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insertInto('sessions').values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now }).execute();
  return token;
}

/**
 * The user a cookie's token signs in, or null: unknown token, expired session (which is
 * then deleted), or disabled user. Read with the user on every request, so logout and
 * disabling take effect at once.
 */
export async function userOfSession(db: DbOrTx, token: string, now: string): Promise<SignedInUser | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['users.id', 'users.email', 'users.fullName', 'users.role', 'users.region', 'users.disabled', 'sessions.createdAt', 'sessions.lastSeenAt'])
    .where('sessions.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || Boolean(row.disabled)) return null;
  const at = Date.parse(now);
  if (at - Date.parse(row.lastSeenAt) > SESSION_IDLE_MS || at - Date.parse(row.createdAt) > SESSION_MAX_MS) {
    await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
    return null;
  }
  if (at - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('tokenHash', '=', tokenHash).execute();
  }
  return { id: row.id, email: row.email, fullName: row.fullName, role: row.role as Role, region: row.region as AuRegion | null };
}

export async function endSession(db: DbOrTx, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}

/** Ends every session of a user, or every one but the token given (a password change). */
export async function endSessionsOf(db: DbOrTx, userId: number, keepToken?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepToken) query = query.where('tokenHash', '<>', hashToken(keepToken));
  await query.execute();
}

/** Sessions idle or too old are useless: removed now and then, not on the request path. */
export async function purgeExpiredSessions(db: DbOrTx, now: string): Promise<void> {
  const at = Date.parse(now);
  const idleSince = new Date(at - SESSION_IDLE_MS).toISOString();
  const startedBefore = new Date(at - SESSION_MAX_MS).toISOString();
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('lastSeenAt', '<', idleSince), eb('createdAt', '<', startedBefore)]))
    .execute();
}
