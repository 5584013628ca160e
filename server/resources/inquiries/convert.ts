import { inquiryConversionSchema, sideOfCountry, type Actor, type Inquiry, type InquiryConversion, type Side } from '../../../src/domain';
import type { GazetteerCity } from '../../../src/domain/seed';
import type { DbOrTx } from '../../db/database';
import { ApiError } from '../../lib/errors';
import { checkBodyVersion, invalid } from '../../lib/records';
import { parseWith } from '../../lib/validate';
import type { ChangeSet, RecordChange, Writer } from '../../lib/writePath';
import { createCity } from '../cities/repository';
import { findSameCity } from '../cities/identity';
import { createPartnership } from '../partnerships/repository';
import { alreadyConverted, inquiryChange, lockedInquiry } from './repository';
import { toInquiry } from './rows';

/** The key a city of the wrong side is refused with, as the partnership form says it. */
const sideKey = (side: Side) => (side === 'africa' ? 'app.validation.africanCity' : 'app.validation.usCity');
const otherSide = (side: Side): Side => (side === 'africa' ? 'us' : 'africa');

/** The side of a stored city, or a 400 on `field` when there is none or it is on the wrong side. */
async function checkCitySide(tx: DbOrTx, id: number, side: Side, field: string) {
  const city = await tx.selectFrom('cities').select(['id', 'side']).where('id', '=', id).executeTakeFirst();
  if (!city) throw invalid({ [field]: 'app.validation.unknownCity' });
  if (city.side !== side) throw invalid({ [field]: sideKey(side) });
}

/**
 * The city an inquiry becomes: the stored city named, or the gazetteer's city, which is the
 * stored one that is the same place (decision 015) or else a new city made by the cities'
 * own create (its invariants and its permission rule). The visitor's contact details stay on
 * the inquiry: a city is read by everyone signed in.
 */
async function cityOf(tx: DbOrTx, inquiry: Inquiry, input: InquiryConversion, gazetteer: readonly GazetteerCity[], writer: Writer) {
  if (input.cityId) {
    await checkCitySide(tx, input.cityId, inquiry.side, 'cityId');
    return { cityId: input.cityId, change: null };
  }
  const place = gazetteer.find((city) => city.geonameId === input.geonameId);
  if (!place) throw invalid({ geonameId: 'app.validation.unknownCity' });
  if (sideOfCountry(place.country) !== inquiry.side) throw invalid({ geonameId: sideKey(inquiry.side) });
  const same = await findSameCity(tx, place);
  if (same) return { cityId: same.id, change: null };
  const change = await createCity(tx, { ...place }, writer);
  return { cityId: change.recordId, change };
}

/** A staff member who converts owns the prospect; a coordinator follows it by region anyway. */
const ownerOf = (actor: Actor | null) => (actor && (actor.role === 'staff' || actor.role === 'admin') ? actor.id : null);

/** A `prospect` partnership of the 500 in 5 cohort, with what the visitor told us; the pair refusal names the partner field. */
async function prospectOf(tx: DbOrTx, inquiry: Inquiry, cityId: number, input: InquiryConversion, writer: Writer) {
  const partnerCityId = input.partnerCityId!;
  await checkCitySide(tx, partnerCityId, otherSide(inquiry.side), 'partnerCityId');
  const [africanCityId, usCityId] = inquiry.side === 'africa' ? [cityId, partnerCityId] : [partnerCityId, cityId];
  const body = {
    africanCityId,
    usCityId,
    kind: input.kind,
    stage: 'prospect',
    cohort: '500in5',
    focusAreas: inquiry.focusAreas,
    ownerId: ownerOf(writer.actor),
    firstContactAt: inquiry.createdAt.slice(0, 10),
    notes: `From the sign-up of ${inquiry.organisation}`,
  };
  try {
    return await createPartnership(tx, body, writer);
  } catch (error) {
    if (error instanceof ApiError && error.errors?.usCityId === 'app.validation.pairExists') throw invalid({ partnerCityId: 'app.validation.pairExists' });
    throw error;
  }
}

/**
 * POST /api/inquiries/:id/convert: in one write, the city (found or made), the partnership
 * when the partner is known, and the inquiry marked converted, pointing at both. Every record
 * asks its own permission rule, so a coordinator converts only within their region.
 */
export async function convertInquiry(
  tx: DbOrTx,
  id: number,
  body: Record<string, unknown>,
  gazetteer: readonly GazetteerCity[],
  writer: Writer,
): Promise<ChangeSet<Inquiry>> {
  const before = await lockedInquiry(tx, id, writer.actor, 'update');
  if (before.status === 'converted') throw alreadyConverted();
  checkBodyVersion(before, body.version);
  const input = parseWith(inquiryConversionSchema, body);
  const city = await cityOf(tx, before, input, gazetteer, writer);
  const partnership = input.partnerCityId ? await prospectOf(tx, before, city.cityId, input, writer) : null;
  const row = await tx
    .updateTable('inquiries')
    .set({ status: 'converted', cityId: city.cityId, partnershipId: partnership?.recordId ?? null, convertedAt: writer.now, version: before.version + 1, updatedAt: writer.now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const after = toInquiry(row);
  const changes = [city.change, partnership, inquiryChange('update', before, after)].filter((change): change is RecordChange => change !== null);
  return { changes, answer: after };
}
