import type { DbOrTx } from '../../db/database';
import { identityKeys } from '../cities/identity';

interface Place {
  geonameId: number;
  name: string;
  country: string;
  admin1?: string | null;
}

/**
 * The app's city id for each of these gazetteer places that is already a city of the app, by
 * the definition of the same city (decision 015, ../cities/identity.ts): its GeoNames id, or,
 * for a city recorded without one, its folded name and country, and its admin1 if it has one.
 * Two queries, whatever the number of places.
 */
export async function cityIdsOfPlaces(db: DbOrTx, places: readonly Place[]): Promise<Map<number, number>> {
  if (places.length === 0) return new Map();
  const byId = await db.selectFrom('cities').select(['id', 'geonameId']).where('geonameId', 'in', places.map((place) => place.geonameId)).execute();
  const known = new Map(byId.map((row) => [Number(row.geonameId), row.id]));
  const keyed = places.map((place) => ({ place, ...identityKeys(place) }));
  const unnumbered = await db
    .selectFrom('cities')
    .select(['id', 'nameKey', 'country', 'admin1Key'])
    .where('geonameId', 'is', null)
    .where('nameKey', 'in', [...new Set(keyed.map((entry) => entry.nameKey))])
    .orderBy('id')
    .execute();
  for (const { place, nameKey, admin1Key } of keyed) {
    const same = unnumbered.find(
      (city) => city.nameKey === nameKey && city.country === place.country && (city.admin1Key === null || !admin1Key || city.admin1Key === admin1Key),
    );
    if (same && !known.has(place.geonameId)) known.set(place.geonameId, same.id);
  }
  return known;
}
