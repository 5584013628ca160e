import { foldText } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';

type Side = 'africa' | 'us';
/** How a row names a city: its id, its GeoNames id, or its name and country (and admin1). */
export interface CityReference {
  id?: unknown;
  geonameId?: unknown;
  name?: unknown;
  country?: unknown;
  admin1?: unknown;
}

/** The city a row names, or the translation key of why none (unknown, or several fit). */
export async function resolveCity(tx: DbOrTx, side: Side, reference: CityReference): Promise<number | string> {
  const { id, geonameId, name, country, admin1 } = reference;
  let query = tx.selectFrom('cities').select('id').where('side', '=', side).limit(2);
  if (id !== undefined) {
    if (typeof id !== 'number') return 'app.validation.number';
    query = query.where('id', '=', id);
  } else if (geonameId !== undefined) {
    if (typeof geonameId !== 'number') return 'app.validation.number';
    query = query.where('geonameId', '=', geonameId);
  } else {
    if (typeof name !== 'string' || typeof country !== 'string') return 'app.validation.required';
    query = query.where('nameKey', '=', foldText(name)).where('country', '=', country.toUpperCase());
    if (typeof admin1 === 'string') query = query.where('admin1Key', '=', foldText(admin1));
  }
  const found = await query.execute();
  if (found.length === 0) return 'app.validation.unknownCity';
  return found.length === 1 ? found[0]!.id : 'app.import.ambiguousCity';
}

/** The user whose email a row gives as the owner. */
export async function resolveOwner(tx: DbOrTx, email: unknown): Promise<number | string | undefined> {
  if (email === undefined) return undefined;
  if (typeof email !== 'string') return 'app.validation.choice';
  const user = await tx.selectFrom('users').select('id').where('emailKey', '=', foldText(email)).executeTakeFirst();
  return user?.id ?? 'app.validation.choice';
}

/** The open partnership of the same two cities: the record a row is a duplicate of. */
export async function findOpenPair(tx: DbOrTx, africanCityId: number, usCityId: number) {
  return tx
    .selectFrom('partnerships')
    .select(['id', 'version'])
    .where('africanCityId', '=', africanCityId)
    .where('usCityId', '=', usCityId)
    .where('isOpen', '=', 1)
    .executeTakeFirst();
}
