import { sql } from 'kysely';
import type { DbOrTx } from '../db/database';

/** Every write bumps the revision in its own transaction: aggregate caches compare it. */
export async function bumpRevision(tx: DbOrTx): Promise<void> {
  await tx.updateTable('revision').set({ value: sql`value + 1` }).where('id', '=', 1).execute();
}

/**
 * Reads the current revision. The query is compiled once: the read runs on every cached
 * answer, where building and compiling it anew would cost more than running it.
 */
export function revisionReader(db: DbOrTx): () => Promise<number> {
  const query = db.selectFrom('revision').select('value').where('id', '=', 1).compile();
  return async () => {
    const { rows } = await db.executeQuery(query);
    if (rows.length !== 1) throw new Error('The revision row is missing');
    return Number(rows[0]!.value);
  };
}
