import { sql } from 'kysely';
import type { DbOrTx } from '../db/client';

/** Every write bumps the revision in its own transaction: aggregate caches compare it. */
export async function bumpRevision(tx: DbOrTx): Promise<void> {
  await tx.updateTable('revision').set({ value: sql`value + 1` }).where('id', '=', 1).execute();
}

export async function currentRevision(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('revision').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.value);
}
