import { sha256 } from '@noble/hashes/sha2.js';
import type { Actor, AuRegion, Role, ThemeChoice } from '../../src/domain';
import type { DbOrTx } from '../db/database';
import { randomBytes, toBase64Url } from '../lib/bytes';
import { bumpRevision, type Revisions } from '../lib/revision';
import { createRevisionCache } from '../lib/revisionCache';

/** A session ends after 8 hours without a request, and 7 days after sign-in whatever happens. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute: a read request should not write every time. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SignedInUser extends Actor {
  email: string;
  /** Their chosen theme; null follows the device (decision 036). */
  theme: ThemeChoice | null;
}

const hashToken = (token: string) => toBase64Url(sha256(new TextEncoder().encode(token)));

/** Starts a session: the token goes to the cookie, only its hash to the database. */
export async function createSession(db: DbOrTx, userId: number, now: string): Promise<string> {
  const token = toBase64Url(randomBytes(32));
  await db.insertInto('sessions').values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now }).execute();
  return token;
}

interface SessionRow extends SignedInUser {
  disabled: boolean;
  createdAt: string;
  lastSeenAt: string;
}

async function readSession(db: DbOrTx, tokenHash: string): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['users.id', 'users.email', 'users.fullName', 'users.role', 'users.region', 'users.theme', 'users.disabled', 'sessions.createdAt', 'sessions.lastSeenAt'])
    .where('sessions.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  return { ...row, role: row.role as Role, region: row.region as AuRegion | null, theme: row.theme as ThemeChoice | null, disabled: Boolean(row.disabled) };
}

const expired = (session: SessionRow, at: number) =>
  at - Date.parse(session.lastSeenAt) > SESSION_IDLE_MS || at - Date.parse(session.createdAt) > SESSION_MAX_MS;

/**
 * Reads sessions with their users, kept in the process until the next write (every change of
 * sessions or users moves the revision's `access` topic: logout, disabling, a role or password change), so a
 * request costs one single-row revision read, not a join. Logout, disabling and expiry still
 * end a session at once, on every instance.
 */
export function createSessionReader(db: DbOrTx) {
  const kept = createRevisionCache<SessionRow | null>(db, 10_000, ['access']);
  /** The user a cookie's token signs in, or null: unknown token, expired session (then deleted), disabled user. */
  return async function userOfSession(token: string, now: string, revision?: Revisions): Promise<SignedInUser | null> {
    const tokenHash = hashToken(token);
    let session = await kept(tokenHash, () => readSession(db, tokenHash), revision);
    if (!session || session.disabled) return null;
    const at = Date.parse(now);
    // Another instance may have seen the session since: ask the database before ending it.
    if (expired(session, at)) session = await readSession(db, tokenHash);
    if (!session || session.disabled) return null;
    if (expired(session, at)) {
      await endSession(db, token);
      return null;
    }
    if (at - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
      await db.updateTable('sessions').set({ lastSeenAt: now }).where('tokenHash', '=', tokenHash).execute();
      session.lastSeenAt = now;
    }
    const { id, email, fullName, role, region, theme } = session;
    return { id, email, fullName, role, region, theme };
  };
}
export type SessionReader = ReturnType<typeof createSessionReader>;

/** Ends one session; the revision moves on, so no instance keeps it. */
export async function endSession(db: DbOrTx, token: string): Promise<void> {
  const [result] = await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
  // Only a session that existed: an unknown cookie must not make every instance drop its caches.
  if (Number(result?.numDeletedRows ?? 0) > 0) await bumpRevision(db, ['access']);
}

/** Ends every session of a user, or every one but the token given (a password change). */
export async function endSessionsOf(db: DbOrTx, userId: number, keepToken?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepToken) query = query.where('tokenHash', '<>', hashToken(keepToken));
  const [result] = await query.execute();
  if (Number(result?.numDeletedRows ?? 0) > 0) await bumpRevision(db, ['access']);
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
