import type { DbOrTx } from '../../db/database';
import type { LinkedNames } from './format';

type Linking = { cityId?: number | null; cityIds?: number[]; partnershipIds?: number[]; ownerId?: number | null };

const idsOf = (records: readonly Linking[], pick: (record: Linking) => readonly (number | null | undefined)[]) => [
  ...new Set(records.flatMap(pick).filter((id): id is number => typeof id === 'number')),
];

/**
 * The names a chunk of records links to: its cities, partnerships and owners, in three
 * queries at most whatever the chunk's size.
 */
export async function linkedNamesOf(db: DbOrTx, records: readonly object[]): Promise<LinkedNames> {
  const linking = records as readonly Linking[];
  const cityIds = idsOf(linking, (r) => [r.cityId, ...(r.cityIds ?? [])]);
  const partnershipIds = idsOf(linking, (r) => r.partnershipIds ?? []);
  const userIds = idsOf(linking, (r) => [r.ownerId]);
  const [cities, partnerships, users] = await Promise.all([
    cityIds.length ? db.selectFrom('cities').select(['id', 'name', 'country', 'admin1', 'side']).where('id', 'in', cityIds).execute() : [],
    partnershipIds.length
      ? db.selectFrom('partnerships').select(['id', 'africanCityName', 'usCityName']).where('id', 'in', partnershipIds).execute()
      : [],
    userIds.length ? db.selectFrom('users').select(['id', 'fullName']).where('id', 'in', userIds).execute() : [],
  ]);
  return {
    cities: Object.fromEntries(cities.map((city) => [city.id, city])),
    partnerships: Object.fromEntries(partnerships.map((p) => [p.id, p])),
    users: Object.fromEntries(users.map((user) => [user.id, user.fullName])),
  };
}
