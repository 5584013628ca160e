import type { AuRegion } from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';
import { auRegionsOf, refuseIfAny } from '../../lib/records';

/**
 * How a write holds the partnerships it links on PostgreSQL until it commits: `share` keeps
 * them from being deleted; `update` also lets the write change them (an event moves their
 * last activity), in id order so that two writers queue instead of deadlocking.
 */
export type PartnershipLock = 'share' | 'update';

/**
 * The ids among `ids` that exist, each with its region (a partnership's is its African city's).
 * AU and US region names differ, so the AU regions among them are those of African cities.
 */
async function existingIds(tx: DbOrTx, table: 'cities' | 'partnerships', ids: readonly number[], lock: PartnershipLock) {
  if (ids.length === 0) return new Map<number, string>();
  let query = tx.selectFrom(table).select(['id', 'region']).where('id', 'in', [...new Set(ids)]).orderBy('id');
  if (dialectOf(tx) === 'postgres') query = lock === 'update' ? query.forUpdate() : query.forShare();
  return new Map((await query.execute()).map((row) => [row.id, row.region]));
}

/**
 * Links must point at records that exist: the same check for events and programs. Returns the AU regions the links touch: the record's `regions` once written, which a
 * coordinator's right to write it is judged on.
 */
export async function checkLinks(
  tx: DbOrTx,
  links: { cityIds?: number[]; cityId?: number | null; partnershipIds: number[] },
  partnershipLock: PartnershipLock,
): Promise<AuRegion[]> {
  const cityIds = [...(links.cityId ? [links.cityId] : []), ...(links.cityIds ?? [])];
  const cities = await existingIds(tx, 'cities', cityIds, 'share');
  const partnerships = await existingIds(tx, 'partnerships', links.partnershipIds, partnershipLock);
  const errors: Record<string, string> = {};
  if (links.cityId && !cities.has(links.cityId)) errors.cityId = 'app.validation.unknownCity';
  if (links.cityIds?.some((id) => !cities.has(id))) errors.cityIds = 'app.validation.unknownCity';
  if (links.partnershipIds.some((id) => !partnerships.has(id))) errors.partnershipIds = 'app.validation.unknownPartnership';
  refuseIfAny(errors);
  return auRegionsOf([...cities.values(), ...partnerships.values()]);
}

/** Each id once, in the order the client listed them. */
export const distinctIds = (ids: readonly number[] | null | undefined) => [...new Set(ids ?? [])];

/** Rows of a link table for one record, `position` keeping the client's order. */
export const linkRows = <K extends string, L extends string>(ownerKey: K, ownerId: number, linkKey: L, ids: readonly number[]) =>
  ids.map((id, position) => ({ [ownerKey]: ownerId, [linkKey]: id, position }) as Record<K | L | 'position', number>);

/** Groups (owner, linked id) rows, already in position order, into each owner's list. */
export function groupLinks(ownerIds: readonly number[], rows: ReadonlyArray<{ owner: number; linked: number }>) {
  const lists = new Map<number, number[]>(ownerIds.map((id) => [id, []]));
  for (const { owner, linked } of rows) lists.get(owner)?.push(linked);
  return lists;
}
