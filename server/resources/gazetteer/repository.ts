import type { DbOrTx } from '../../db/database';

/** The app's city id for each of these gazetteer ids that is already a city of the app. */
export async function cityIdsByGeonameId(db: DbOrTx, geonameIds: readonly number[]): Promise<Map<number, number>> {
  if (geonameIds.length === 0) return new Map();
  const rows = await db.selectFrom('cities').select(['id', 'geonameId']).where('geonameId', 'in', geonameIds).execute();
  return new Map(rows.map((row) => [Number(row.geonameId), row.id]));
}
