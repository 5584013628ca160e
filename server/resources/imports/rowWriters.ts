import { partnershipInputSchema } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { ApiError } from '../../lib/errors';
import { invalid, parseRecord } from '../../lib/records';
import type { RecordChange, Writer } from '../../lib/writePath';
import { findSameCity } from '../cities/identity';
import { createCity, updateCity } from '../cities/repository';
import { createPartnership, updatePartnership } from '../partnerships/repository';
import { findOpenPair, resolveCity, resolveOwner } from './references';
import type { Duplicates } from '../../../src/domain/importFields';

type Body = Record<string, unknown>;

/** What became of one row: a change to record, or a duplicate left as it is. */
export type RowResult = { change: RecordChange } | { skipped: number };

const asText = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A city row: new, or the same city as one stored (findSameCity), which it updates or leaves. */
export async function importCityRow(tx: DbOrTx, body: Body, duplicates: Duplicates, writer: Writer): Promise<RowResult> {
  const [name, country] = [asText(body.name), asText(body.country)];
  const geonameId = typeof body.geonameId === 'number' ? body.geonameId : null;
  const same = name && country ? await findSameCity(tx, { name, country, admin1: asText(body.admin1) ?? null, geonameId }) : undefined;
  if (!same) return { change: await createCity(tx, body, writer) };
  if (duplicates === 'skip') return { skipped: same.id };
  return { change: await updateCity(tx, same.id, { ...body, version: same.version }, writer) };
}

/** The ids a partnership row names its cities and owner by; a name that fits no record is a field error. */
async function partnershipBody(tx: DbOrTx, row: Body): Promise<Body> {
  const { africanCityId, africanCityGeonameId, africanCityName, africanCityCountry, africanCityAdmin1, usCityId, usCityGeonameId, usCityName, usCityState, ownerEmail, ...fields } =
    row;
  const african = await resolveCity(tx, 'africa', { id: africanCityId, geonameId: africanCityGeonameId, name: africanCityName, country: africanCityCountry, admin1: africanCityAdmin1 });
  const us = await resolveCity(tx, 'us', { id: usCityId, geonameId: usCityGeonameId, name: usCityName, country: 'US', admin1: usCityState });
  const owner = await resolveOwner(tx, ownerEmail);
  const errors: Record<string, string> = {};
  if (typeof african === 'string') errors.africanCityId = african;
  if (typeof us === 'string') errors.usCityId = us;
  if (typeof owner === 'string') errors.ownerId = owner;
  const body = { ...fields, africanCityId: african, usCityId: us, ...(owner === undefined ? {} : { ownerId: owner }) };
  if (Object.keys(errors).length === 0) return body;
  // Every error of the row at once: the schema's too, as if the names had been found.
  let schemaErrors: Record<string, string> = {};
  try {
    parseRecord(partnershipInputSchema, { ...body, africanCityId: 1, usCityId: 2, ownerId: null });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    schemaErrors = error.errors ?? {};
  }
  throw invalid({ ...schemaErrors, ...errors });
}

/** A partnership row: new, or the open partnership of the same two cities, which it updates or leaves. */
export async function importPartnershipRow(tx: DbOrTx, row: Body, duplicates: Duplicates, writer: Writer): Promise<RowResult> {
  const body = await partnershipBody(tx, row);
  const same = await findOpenPair(tx, body.africanCityId as number, body.usCityId as number);
  if (!same) return { change: await createPartnership(tx, body, writer) };
  if (duplicates === 'skip') return { skipped: same.id };
  return { change: await updatePartnership(tx, same.id, { ...body, version: same.version }, writer) };
}
