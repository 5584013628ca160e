import type { DbOrTx } from '../../db/database';
import { dialectOf } from '../../db/database';
import { ApiError } from '../../lib/errors';

/**
 * How many sign-ups the public page takes (decision 039), in fixed windows of an hour that
 * start with the first sign-up counted: 5 from one address (an office shares one; a person
 * signs up once), 300 from everyone (a busy day after a summit is a few dozen).
 */
export const JOIN_RATE = { perAddress: 5, overall: 300, windowMs: 60 * 60 * 1000 } as const;

const OVERALL = 'all';
type Window = { key: string; limit: number };

/**
 * Counts one sign-up under the overall window and, when the address is known, the address's
 * (a key from the stamper, never the address), inside the sign-up's write transaction; or
 * throws 429 with the seconds until the fullest window ends, counting nothing (the
 * transaction rolls back). A refused attempt is not counted, so the table holds at most one
 * row per address that got a sign-up through in the last hour, plus the overall one.
 *
 * The overall row is held (FOR UPDATE on PostgreSQL; SQLite's write lock holds everything)
 * until the sign-up commits: concurrent sign-ups take turns, on every instance, which also
 * makes "the same sign-up within a day" a question with one answer.
 */
export async function countSignUp(tx: DbOrTx, addressKey: string | null, now: string): Promise<void> {
  const at = Date.parse(now);
  // In one order everywhere (the order rows are locked in): no two sign-ups wait on each other.
  const windows: Window[] = [...(addressKey ? [{ key: `address:${addressKey}`, limit: JOIN_RATE.perAddress }] : []), { key: OVERALL, limit: JOIN_RATE.overall }];
  const keys = windows.map((window) => window.key);
  // Made at zero if missing; a concurrent first insert waits for the other, then does nothing.
  await tx
    .insertInto('joinLimits')
    .values(keys.map((key) => ({ key, windowStart: now, count: 0 })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  let query = tx.selectFrom('joinLimits').selectAll().where('key', 'in', keys).orderBy('key');
  if (dialectOf(tx) === 'postgres') query = query.forUpdate();
  const rows = new Map((await query.execute()).map((row) => [row.key, row]));
  const current = windows.map(({ key, limit }) => {
    const row = rows.get(key)!;
    const live = at < Date.parse(row.windowStart) + JOIN_RATE.windowMs;
    return { key, limit, windowStart: live ? row.windowStart : now, count: live ? row.count : 0 };
  });
  const full = current.filter((window) => window.count >= window.limit);
  if (full.length > 0) {
    const ends = Math.max(...full.map((window) => Date.parse(window.windowStart) + JOIN_RATE.windowMs));
    const refusal = new ApiError(429, 'join.error.tooMany');
    refusal.retryAfter = Math.max(1, Math.ceil((ends - at) / 1000));
    throw refusal;
  }
  for (const window of current) {
    await tx.updateTable('joinLimits').set({ windowStart: window.windowStart, count: window.count + 1 }).where('key', '=', window.key).execute();
  }
  // Windows over an hour old count nothing any more: the table stays the size of one hour.
  await tx.deleteFrom('joinLimits').where('windowStart', '<', new Date(at - JOIN_RATE.windowMs).toISOString()).where('key', 'not in', keys).execute();
}
