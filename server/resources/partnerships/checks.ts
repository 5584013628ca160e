import { isOpenStage, type PartnershipInput } from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';
import { invalid, refuseIfAny } from '../../lib/records';

type References = Pick<PartnershipInput, 'africanCityId' | 'usCityId' | 'ownerId'>;

/**
 * The two cities must exist, one on each side, and the owner must be a user. Returns the
 * cities, whose facts the partnership copies. On PostgreSQL the rows are held (FOR SHARE)
 * until the write commits, so a city cannot change side or disappear in between.
 */
export async function checkReferences(tx: DbOrTx, input: References) {
  const dialect = dialectOf(tx);
  let query = tx
    .selectFrom('cities')
    .select(['id', 'side', 'name', 'country', 'admin1', 'region'])
    .where('id', 'in', [input.africanCityId, input.usCityId]);
  if (dialect === 'postgres') query = query.forShare();
  const cities = await query.execute();
  const african = cities.find((city) => city.id === input.africanCityId);
  const us = cities.find((city) => city.id === input.usCityId);
  const errors: Record<string, string> = {};
  if (!african) errors.africanCityId = 'app.validation.unknownCity';
  else if (african.side !== 'africa') errors.africanCityId = 'app.validation.africanCity';
  if (!us) errors.usCityId = 'app.validation.unknownCity';
  else if (us.side !== 'us') errors.usCityId = 'app.validation.usCity';
  // The owner is a foreign key: say so rather than fail on it.
  if (input.ownerId != null && !(await userExists(tx, input.ownerId))) errors.ownerId = 'app.validation.choice';
  refuseIfAny(errors);
  return { african: african!, us: us! };
}

async function userExists(tx: DbOrTx, id: number) {
  let query = tx.selectFrom('users').select('id').where('id', '=', id);
  if (dialectOf(tx) === 'postgres') query = query.forShare();
  return Boolean(await query.executeTakeFirst());
}

export const pairExists = () => invalid({ usCityId: 'app.validation.pairExists' });

/** An open pair of cities is unique (a unique index backs this up against races). */
export async function checkPairIsFree(tx: DbOrTx, input: Pick<PartnershipInput, 'africanCityId' | 'usCityId' | 'stage'>, selfId: number | null) {
  if (!isOpenStage(input.stage)) return;
  let query = tx
    .selectFrom('partnerships')
    .select('id')
    .where('africanCityId', '=', input.africanCityId)
    .where('usCityId', '=', input.usCityId)
    .where('isOpen', '=', 1);
  if (selfId !== null) query = query.where('id', '!=', selfId);
  if (await query.executeTakeFirst()) throw pairExists();
}
