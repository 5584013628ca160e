import type { Selectable } from 'kysely';
import { cityInputSchema, deriveCityFields, LIST_SPECS, textKeysOf, type City, type ListQuery } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import type { CityTable } from '../../db/schema';
import { ApiError, notFound } from '../../lib/errors';
import { listPage, type RowCounter } from '../../lib/listSql';
import { checkBodyVersion, checkIfMatch, lockedRow, mustBeAllowed, parseRecord } from '../../lib/records';
import type { RecordChange, Writer } from '../../lib/writePath';
import { refuseSameCity } from './duplicates';
import { whereCities } from './filters';
import type { CityIdentity } from './identity';

type Row = Selectable<CityTable>;

export function toCity({ nameKey: _n, countryKey: _c, admin1Key: _a, leaderNameKey: _l, contactNameKey: _cn, ...row }: Row): City {
  return {
    ...row,
    side: row.side as City['side'],
    region: row.region as City['region'],
    languages: JSON.parse(row.languages) as string[],
    sciMember: Boolean(row.sciMember),
  };
}

export async function listCities(db: DbOrTx, query: ListQuery, today: string, countRows: RowCounter) {
  const { rows, total, start } = await listPage(db, 'cities', query, whereCities(query, today), countRows);
  return { data: rows.map(toCity), total, start };
}

export async function findCity(db: DbOrTx, id: number): Promise<City | undefined> {
  const row = await db.selectFrom('cities').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCity(row);
}

export async function getCity(db: DbOrTx, id: number): Promise<City> {
  const city = await findCity(db, id);
  if (!city) throw notFound();
  return city;
}

function columnsOf(body: Record<string, unknown>) {
  const input = parseRecord(cityInputSchema, body);
  return {
    ...input,
    ...deriveCityFields(input),
    ...textKeysOf(LIST_SPECS.cities, input),
    languages: JSON.stringify(input.languages),
    sciMember: input.sciMember ? 1 : 0,
  };
}

/** The identity a body gives, when it is a valid city (as a write that reached a unique index was). */
export function cityIdentityOf(body: Record<string, unknown>): CityIdentity | undefined {
  const parsed = cityInputSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps what partnerships copy from their cities in step with the city, in the same transaction. */
async function propagateToPartnerships(tx: DbOrTx, city: City) {
  const copies = city.side === 'africa' ? { africanCityName: city.name, region: city.region, country: city.country } : { usCityName: city.name, usRegion: city.region, usState: city.admin1 ?? '' };
  await tx
    .updateTable('partnerships')
    .set({ ...copies, ...textKeysOf(LIST_SPECS.partnerships, copies) })
    .where(city.side === 'africa' ? 'africanCityId' : 'usCityId', '=', city.id)
    .execute();
}

const inPartnerships = async (tx: DbOrTx, id: number) =>
  Boolean(
    await tx
      .selectFrom('partnerships')
      .select('id')
      .where((eb) => eb.or([eb('africanCityId', '=', id), eb('usCityId', '=', id)]))
      .limit(1)
      .executeTakeFirst(),
  );

async function inUse(tx: DbOrTx, id: number): Promise<boolean> {
  const [partnership, event, program] = await Promise.all([
    inPartnerships(tx, id),
    tx.selectFrom('events').select('id').where('cityId', '=', id).limit(1).executeTakeFirst(),
    tx.selectFrom('programCities').select('programId').where('cityId', '=', id).limit(1).executeTakeFirst(),
  ]);
  return Boolean(partnership || event || program);
}

/** A coordinator creates only cities of their region: the region follows from the country. */
export async function createCity(tx: DbOrTx, body: Record<string, unknown>, { actor, now }: Writer): Promise<RecordChange<City>> {
  const values = columnsOf(body);
  mustBeAllowed(actor, 'create', 'cities', values);
  await refuseSameCity(tx, values);
  const row = await tx
    .insertInto('cities')
    .values({ ...values, version: 1, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  const city = toCity(row);
  return { action: 'create', resource: 'cities', recordId: city.id, before: null, after: city };
}

/** Laid over the stored city; the rule is asked of the city before and after (a new country may move it out of reach). */
export async function updateCity(tx: DbOrTx, id: number, body: Record<string, unknown>, { actor, now }: Writer): Promise<RecordChange<City>> {
  const stored = await lockedRow(tx, 'cities', id);
  mustBeAllowed(actor, 'update', 'cities', stored);
  checkBodyVersion(stored, body.version);
  const before = toCity(stored);
  const values = columnsOf({ ...before, ...body });
  mustBeAllowed(actor, 'update', 'cities', values);
  await refuseSameCity(tx, values, id);
  // A city in partnerships cannot change sides: each partnership joins one of each.
  if (values.side !== stored.side && (await inPartnerships(tx, id))) {
    throw new ApiError(400, 'app.error.invalid', { country: 'app.validation.sameSide' });
  }
  const row = await tx
    .updateTable('cities')
    .set({ ...values, version: stored.version + 1, updatedAt: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const city = toCity(row);
  // The copies the partnerships keep follow: a consequence, recorded by this one change.
  await propagateToPartnerships(tx, city);
  return { action: 'update', resource: 'cities', recordId: id, before, after: city };
}

export async function deleteCity(tx: DbOrTx, id: number, version: number | undefined, { actor }: Writer): Promise<RecordChange<null>> {
  const stored = await lockedRow(tx, 'cities', id);
  mustBeAllowed(actor, 'delete', 'cities', stored);
  checkIfMatch(stored, version);
  if (await inUse(tx, id)) throw new ApiError(400, 'app.error.cityInUse');
  await tx.deleteFrom('cities').where('id', '=', id).execute();
  return { action: 'delete', resource: 'cities', recordId: id, before: toCity(stored), after: null };
}
