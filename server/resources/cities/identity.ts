import { foldText } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';

/** What tells one city from another (decision 015). */
export interface CityIdentity {
  geonameId?: number | null;
  name: string;
  country: string;
  admin1?: string | null;
}

/** The city found: its id and version (what an update needs), and its GeoNames id (which field matched). */
export type SameCity = { id: number; version: number; geonameId: number | null };
type Found = SameCity | undefined;

/** The folded name and admin1 (none: '') that identify a city without a GeoNames id. */
export const identityKeys = (city: CityIdentity) => ({
  nameKey: foldText(city.name.trim()),
  admin1Key: foldText(city.admin1?.trim() ?? ''),
});

/**
 * The stored city that is the same place as `city`, if any: the same GeoNames id, or else the
 * same folded name and country where one of the two has no GeoNames id (two different ids are
 * two places, whatever their names), and the same admin1 where both have one. The one
 * definition, for the API and the import.
 * `exceptId`: the city being updated, which is not its own duplicate.
 */
export async function findSameCity(db: DbOrTx, city: CityIdentity, exceptId?: number): Promise<Found> {
  const geonameId = city.geonameId ?? null;
  return (geonameId === null ? undefined : await byGeoname(db, geonameId, exceptId)) ?? byName(db, city, exceptId);
}

async function byGeoname(db: DbOrTx, geonameId: number, exceptId: number | undefined): Promise<Found> {
  let query = db.selectFrom('cities').select(['id', 'version', 'geonameId']).where('geonameId', '=', geonameId);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.orderBy('id').executeTakeFirst();
}

async function byName(db: DbOrTx, city: CityIdentity, exceptId: number | undefined): Promise<Found> {
  const { nameKey, admin1Key } = identityKeys(city);
  let query = db
    .selectFrom('cities')
    .select(['id', 'version', 'geonameId'])
    .where('nameKey', '=', nameKey)
    .where('country', '=', city.country);
  // No admin1 on either side matches any: a city typed without its province is the one recorded with it.
  if (admin1Key) query = query.where((eb) => eb.or([eb('admin1Key', '=', admin1Key), eb('admin1Key', 'is', null)]));
  if (city.geonameId != null) query = query.where('geonameId', 'is', null);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.orderBy('id').executeTakeFirst();
}
