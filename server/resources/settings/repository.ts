import { settingsSchema, type Settings } from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';
import type { Selectable } from 'kysely';
import type { SettingsTable } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { rebuildCountersIn, settingsKeyOf } from '../../lib/progressCounters';
import { checkBodyVersion } from '../../lib/records';
import { parseWith } from '../../lib/validate';
import type { RecordChange } from '../../lib/writePath';

/** The one settings record, as the API shows it (decision 030). */
export interface SettingsRecord extends Settings {
  id: number;
  version: number;
}

/** The only settings record there is: any other id is a record that does not exist. */
export const SETTINGS_ID = 1;

const toRecord = ({ milestones, ...row }: Selectable<SettingsTable>): SettingsRecord => ({
  ...row,
  milestones: JSON.parse(milestones) as number[],
});

export async function getSettings(db: DbOrTx, id: number): Promise<SettingsRecord> {
  if (id !== SETTINGS_ID) throw notFound();
  return toRecord(await db.selectFrom('settings').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

/** The stored settings, held on PostgreSQL until the write commits. */
async function lockedSettings(tx: DbOrTx, id: number): Promise<SettingsRecord> {
  if (id !== SETTINGS_ID) throw notFound();
  let query = tx.selectFrom('settings').selectAll().where('id', '=', id);
  if (dialectOf(tx) === 'postgres') query = query.forUpdate();
  return toRecord(await query.executeTakeFirstOrThrow());
}

/**
 * Replaces the goal settings (the whole record: every field is required). A new window
 * rebuilds the progress counters in the same transaction, so the very next read counts by
 * the new settings; a new target or milestones need no rebuild (the counters do not hold them).
 */
export async function updateSettings(tx: DbOrTx, id: number, body: Record<string, unknown>): Promise<RecordChange<SettingsRecord>> {
  const before = await lockedSettings(tx, id);
  checkBodyVersion(before, body.version);
  const input = parseWith(settingsSchema, body);
  const after: SettingsRecord = { id, ...input, version: before.version + 1 };
  await tx
    .updateTable('settings')
    .set({ ...input, milestones: JSON.stringify(input.milestones), version: after.version })
    .where('id', '=', id)
    .execute();
  if (settingsKeyOf(input) !== settingsKeyOf(before)) await rebuildCountersIn(tx, input);
  return { action: 'update', resource: 'settings', recordId: id, before, after };
}
