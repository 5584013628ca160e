import { dialectOf, writeTransaction, type Db, type DbOrTx } from '../db/database';
import type { LoginFailureTable } from '../db/schema';
import { isUniqueViolation } from '../lib/records';

/**
 * Slowing down password guessing, per account and per address. Every attempt is counted
 * before its password is checked, in one write transaction (so parallel attempts take turns
 * and none slips past the count); a success takes its own attempt back. Per account the first
 * 4 attempts in 15 minutes are free (people mistype), then each must wait 1 s, 2 s, 4 s … at
 * most 15 minutes. Per address the same from the 20th: one address may be a whole office, or
 * a proxy. Kept in the database, so several instances share the count.
 */
export const FREE_ATTEMPTS = { email: 4, address: 20 } as const;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_WAIT_MS = 15 * 60 * 1000;

type Kind = keyof typeof FREE_ATTEMPTS;
type Row = LoginFailureTable;

export const throttleKeys = (email: string, address: string | null) => [`email:${email}`, ...(address ? [`address:${address}`] : [])];
const kindOf = (key: string): Kind => (key.startsWith('email:') ? 'email' : 'address');

export class TooManyAttempts extends Error {
  constructor(readonly seconds: number) {
    super('Too many attempts');
  }
}

/** What an attempt changed, to take it back when it succeeds. */
export type Reservation = ReadonlyArray<{ key: string; before: Row | undefined }>;

/**
 * Counts an attempt under every key, or throws TooManyAttempts (counting nothing) while one
 * of them must still wait.
 */
export async function reserveAttempt(db: Db, keys: readonly string[], now: string): Promise<Reservation> {
  const handle = { db, dialect: dialectOf(db) };
  try {
    return await writeTransaction(handle, (tx) => countAttempt(tx, handle.dialect === 'postgres', keys, now));
  } catch (error) {
    // Two first attempts at once both found no row: the later one counts on the row written.
    if (!isUniqueViolation(error)) throw error;
    return writeTransaction(handle, (tx) => countAttempt(tx, handle.dialect === 'postgres', keys, now));
  }
}

async function countAttempt(tx: DbOrTx, lock: boolean, keys: readonly string[], now: string): Promise<Reservation> {
  const at = Date.parse(now);
  let query = tx.selectFrom('loginFailures').selectAll().where('key', 'in', [...keys]);
  if (lock) query = query.forUpdate();
  const rows = new Map((await query.execute()).map((row) => [row.key, row]));
  const until = Math.max(0, ...[...rows.values()].map((row) => (row.blockedUntil ? Date.parse(row.blockedUntil) : 0)));
  if (until > at) throw new TooManyAttempts(Math.ceil((until - at) / 1000));
  const reservation = [];
  for (const key of keys) {
    const before = rows.get(key);
    const recent = before && at - Date.parse(before.lastFailureAt) <= FAILURE_WINDOW_MS;
    const failures = (recent ? before.failures : 0) + 1;
    const free = FREE_ATTEMPTS[kindOf(key)];
    const waitMs = failures > free ? Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - free - 1)) : 0;
    const values = { failures, lastFailureAt: now, blockedUntil: waitMs > 0 ? new Date(at + waitMs).toISOString() : null };
    if (before) await tx.updateTable('loginFailures').set(values).where('key', '=', key).execute();
    else await tx.insertInto('loginFailures').values({ key, ...values }).execute();
    reservation.push({ key, before });
  }
  return reservation;
}

/**
 * A successful sign-in: the account starts afresh, and the address gets its attempt back
 * (one success proves nothing about the other attempts from there).
 */
export async function releaseAttempt(db: Db, reservation: Reservation): Promise<void> {
  await writeTransaction({ db, dialect: dialectOf(db) }, async (tx) => {
    for (const { key, before } of reservation) {
      if (kindOf(key) === 'email' || !before) await tx.deleteFrom('loginFailures').where('key', '=', key).execute();
      else await tx.updateTable('loginFailures').set({ failures: before.failures, lastFailureAt: before.lastFailureAt, blockedUntil: before.blockedUntil }).where('key', '=', key).execute();
    }
  });
}

/** Counts that no longer slow anyone down are removed now and then, not on the request path. */
export async function purgeOldFailures(db: DbOrTx, now: string): Promise<void> {
  const windowStart = new Date(Date.parse(now) - FAILURE_WINDOW_MS).toISOString();
  await db
    .deleteFrom('loginFailures')
    .where('lastFailureAt', '<', windowStart)
    .where((eb) => eb.or([eb('blockedUntil', 'is', null), eb('blockedUntil', '<', now)]))
    .execute();
}
