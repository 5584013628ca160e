import { settingsSchema, type Settings } from '../../src/domain';
import type { DbOrTx } from '../db/database';

/** The initiative's settings (one row): its start, length, target and milestones. */
export async function readSettings(db: DbOrTx): Promise<Settings> {
  const row = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return settingsSchema.parse({ ...row, milestones: JSON.parse(row.milestones) as unknown });
}
