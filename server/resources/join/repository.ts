import { foldText, JOIN_LIMITS, regionOf, sideOfCountry, type JoinRequest, type Region } from '../../../src/domain';
import type { GazetteerCity } from '../../../src/domain/seed';
import type { DbOrTx } from '../../db/database';
import { invalid } from '../../lib/records';
import type { ChangeSet, Writer } from '../../lib/writePath';
import { inquiryChange } from '../inquiries/repository';
import { inquiryKeys, toInquiry } from '../inquiries/rows';
import { countSignUp } from './rateLimit';

/** All a visitor ever learns of their sign-up: that it arrived (stored, a repeat or a trap, alike). */
export const RECEIVED = { received: true } as const;

/** The city of a sign-up as stored, and what "the same city" compares. */
export interface SignUpCity {
  geonameId: number | null;
  cityName: string;
  country: string;
  admin1: string | null;
  region: Region;
  cityKey: string;
}

/**
 * The city a sign-up names: a gazetteer city's own facts (whatever else was typed), or the
 * typed city, which the schema has checked. A refusal names the field, as the schema would.
 */
export function cityOfSignUp(input: JoinRequest, places: ReadonlyMap<number, GazetteerCity>): SignUpCity {
  if (input.geonameId) {
    const place = places.get(input.geonameId);
    if (!place) throw invalid({ geonameId: 'app.validation.unknownCity' });
    const region = regionOf(place.country, place.admin1);
    if (sideOfCountry(place.country) !== input.side || !region) throw invalid({ geonameId: 'join.validation.countryOfSide' });
    return { geonameId: place.geonameId, cityName: place.name, country: place.country, admin1: place.admin1 || null, region, cityKey: `g:${place.geonameId}` };
  }
  const { cityName, country } = input as JoinRequest & { cityName: string; country: string };
  return { geonameId: null, cityName, country, admin1: input.admin1 ?? null, region: regionOf(country, input.admin1)!, cityKey: `t:${foldText(cityName)}|${country}` };
}

/** Whether the same e-mail signed up for the same city within JOIN_LIMITS.sameSignUpMs. */
async function isRepeat(tx: DbOrTx, emailKey: string, cityKey: string, now: string): Promise<boolean> {
  const since = new Date(Date.parse(now) - JOIN_LIMITS.sameSignUpMs).toISOString();
  const row = await tx.selectFrom('inquiries').select('id').where('emailKey', '=', emailKey).where('cityKey', '=', cityKey).where('createdAt', '>', since).limit(1).executeTakeFirst();
  return Boolean(row);
}

/**
 * A sign-up, counted against the rate limits (./rateLimit.ts), then stored as a new inquiry,
 * unless it repeats one of the last day. Runs in the write path in the public's name: its
 * audit row has no user, and it moves the inquiries' revision.
 */
export async function receiveSignUp(tx: DbOrTx, input: JoinRequest, city: SignUpCity, addressKey: string | null, { now }: Writer): Promise<ChangeSet<typeof RECEIVED>> {
  await countSignUp(tx, addressKey, now);
  const emailKey = foldText(input.email);
  if (await isRepeat(tx, emailKey, city.cityKey, now)) return { changes: [], answer: RECEIVED };
  const fields = {
    side: input.side,
    organisation: input.organisation,
    contactName: input.contactName,
    role: input.role ?? null,
    email: input.email,
    phone: input.phone ?? null,
    ...city,
    focusAreas: JSON.stringify([...new Set(input.focusAreas)]),
    preferredRegion: input.preferredRegion ?? null,
    preferredCity: input.preferredCity ?? null,
    message: input.message ?? null,
    locale: input.locale,
    status: 'new',
    notes: null,
    cityId: null,
    partnershipId: null,
    convertedAt: null,
  };
  const row = await tx
    .insertInto('inquiries')
    .values({ ...fields, ...inquiryKeys(fields), emailKey, version: 1, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { changes: [inquiryChange('create', null, toInquiry(row))], answer: RECEIVED };
}
