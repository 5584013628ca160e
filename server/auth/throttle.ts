import type { DbOrTx } from '../db/client';
import { isUniqueViolation } from '../lib/records';

/**
 * Slowing down password guessing, per account and per address: the first failures are free
 * (people mistype), from the 5th within 15 minutes each attempt must wait, 1 s, then 2 s,
 * 4 s … at most 15 minutes. Kept in the database, so several instances share the count.
 */
export const FREE_FAILURES = 4;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_WAIT_MS = 15 * 60 * 1000;

export const throttleKeys = (email: string, address: string | null) => [`email:${email}`, ...(address ? [`address:${address}`] : [])];

/** How many seconds the caller must still wait before trying again under any of `keys`, or 0. */
export async function secondsToWait(db: DbOrTx, keys: readonly string[], now: string): Promise<number> {
  const rows = await db.selectFrom('loginFailures').select('blockedUntil').where('key', 'in', [...keys]).execute();
  const until = Math.max(0, ...rows.map((row) => (row.blockedUntil ? Date.parse(row.blockedUntil) : 0)));
  return Math.max(0, Math.ceil((until - Date.parse(now)) / 1000));
}

/** Counts one more failure under each key and sets how long the next attempt must wait. */
export async function recordFailure(db: DbOrTx, keys: readonly string[], now: string): Promise<void> {
  for (const key of keys) {
    try {
      await countFailure(db, key, now);
    } catch (error) {
      // Two failures at once both found no row: the second counts on the row the first wrote.
      if (!isUniqueViolation(error)) throw error;
      await countFailure(db, key, now);
    }
  }
}

async function countFailure(db: DbOrTx, key: string, now: string) {
  const at = Date.parse(now);
  const row = await db.selectFrom('loginFailures').selectAll().where('key', '=', key).executeTakeFirst();
  const recent = row && at - Date.parse(row.lastFailureAt) <= FAILURE_WINDOW_MS;
  const failures = (recent ? row.failures : 0) + 1;
  const waitMs = failures > FREE_FAILURES ? Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_FAILURES - 1)) : 0;
  const values = { failures, lastFailureAt: now, blockedUntil: waitMs > 0 ? new Date(at + waitMs).toISOString() : null };
  if (row) await db.updateTable('loginFailures').set(values).where('key', '=', key).execute();
  else await db.insertInto('loginFailures').values({ key, ...values }).execute();
}

/** A successful sign-in clears the account's count (not the address's: one success proves little). */
export async function clearFailures(db: DbOrTx, email: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('key', '=', `email:${email}`).execute();
}
