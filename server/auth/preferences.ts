import type { Preferences, ThemeChoice } from '../../src/domain';
import { dialectOf, type DbOrTx } from '../db/database';
import type { ChangeSet, RecordChange } from '../lib/writePath';
import { notSignedIn } from './context';

/**
 * Sets a user's own preferences, audited as a change of their account. Neither the version
 * nor updatedAt move (decision 036): they guard what an admin edits, and a theme picked while
 * an admin edits the user must not turn the admin's save into a conflict.
 */
export async function savePreferences(tx: DbOrTx, userId: number, preferences: Preferences): Promise<RecordChange<Preferences> | ChangeSet<Preferences>> {
  let query = tx.selectFrom('users').select('theme').where('id', '=', userId);
  if (dialectOf(tx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notSignedIn();
  const before: Preferences = { theme: row.theme as ThemeChoice | null };
  // The same choice again (two tabs toggling alike) changes nothing: no audit row.
  if (before.theme === preferences.theme) return { changes: [], answer: preferences };
  await tx.updateTable('users').set(preferences).where('id', '=', userId).execute();
  return { action: 'update', resource: 'users', recordId: userId, before, after: preferences };
}
