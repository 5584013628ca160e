import type { Context } from 'hono';
import type { DbOrTx } from '../../db/database';
import { ApiError } from '../../lib/errors';
import { isUniqueViolation } from '../../lib/records';
import { findSameCity, type CityIdentity } from './identity';

/** A write that would make a second record of a city already there (decision 015). */
export class DuplicateCity extends ApiError {
  constructor(
    readonly existingId: number,
    field: 'name' | 'geonameId',
  ) {
    super(409, 'resources.cities.duplicate.refused', { [field]: 'resources.cities.duplicate.field' });
  }
}

/** The refusal of `city` when another stored city is the same place; the field it names is the one that matched. */
async function sameCityRefusal(db: DbOrTx, city: CityIdentity, exceptId?: number): Promise<DuplicateCity | undefined> {
  const same = await findSameCity(db, city, exceptId);
  if (!same) return undefined;
  return new DuplicateCity(same.id, same.geonameId !== null && same.geonameId === city.geonameId ? 'geonameId' : 'name');
}

export async function refuseSameCity(db: DbOrTx, city: CityIdentity, exceptId?: number) {
  const refusal = await sameCityRefusal(db, city, exceptId);
  if (refusal) throw refusal;
}

/**
 * Answers a city write, or its refusal as a duplicate with the existing city's id. A race the
 * check inside the transaction could not see ends at a unique index: once that transaction is
 * rolled back, the city that won is looked up by the same definition.
 */
export async function answerUnlessDuplicate(
  c: Context,
  db: DbOrTx,
  write: () => Promise<object>,
  identity: () => Promise<CityIdentity | undefined>,
  exceptId?: number,
) {
  try {
    return c.json(await write(), exceptId === undefined ? 201 : 200);
  } catch (error) {
    const duplicate = error instanceof DuplicateCity ? error : await duplicateAfterRace(error, db, identity, exceptId);
    if (!duplicate) throw error;
    return c.json({ message: duplicate.message, errors: duplicate.errors, existingId: duplicate.existingId }, 409);
  }
}

async function duplicateAfterRace(error: unknown, db: DbOrTx, identity: () => Promise<CityIdentity | undefined>, exceptId?: number) {
  if (!isUniqueViolation(error)) return undefined;
  const city = await identity();
  return city && sameCityRefusal(db, city, exceptId);
}
