import { addDays } from '../common';
import type { City } from '../city';
import { FOCUS_AREAS } from '../focusAreas';
import type { Inquiry, InquiryStatus } from '../inquiry';
import { JOIN_LOCALES, type JoinLocale } from '../joinLimits';
import type { StoredPartnership } from '../partnership';
import { AU_REGIONS, regionOf, US_REGIONS, type Side } from '../regions';
import { fictionalPhone } from './cities';
import { countryFacts } from './countries';
import { MESSAGES, NOTES, ORGANISATIONS, ROLES, TYPED_TOWNS } from './inquiryWords';
import { inventPerson, slugOf } from './people';
import type { Random } from './random';

/** Sign-ups began with the public page: the demo holds the last 26 weeks of them. */
export const INQUIRY_WINDOW_DAYS = 182;
const CONVERTED_WITH_PARTNER = 9;
const CONVERTED_CITY_ONLY = 2;
const TRIAGED_OR_WAITING = 26;
const MINUTE = 60_000;

type Draft = Omit<Inquiry, 'id'>;
type Place = Pick<Inquiry, 'geonameId' | 'cityName' | 'country' | 'admin1' | 'region'>;

const placeOfCity = (city: City): Place => ({ geonameId: city.geonameId ?? null, cityName: city.name, country: city.country, admin1: city.admin1 ?? null, region: city.region });
const otherSide = (side: Side): Side => (side === 'africa' ? 'us' : 'africa');
const hhmm = (random: Random, fromHour: number, toHour: number) => `${String(random.int(fromHour, toHour)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;

function typedPlace(random: Random, side: Side): Place {
  const [cityName, country, admin1] = random.pick(TYPED_TOWNS[side]);
  return { geonameId: null, cityName, country, admin1, region: regionOf(country, admin1)! };
}

/** The page's language a visitor from `country` most likely reads. */
function localeOf(side: Side, country: string): JoinLocale {
  if (side === 'us') return 'en';
  return countryFacts(country).languages.find((language): language is JoinLocale => (JOIN_LOCALES as readonly string[]).includes(language)) ?? 'en';
}

/** A new sign-up for `place`, made at `createdAt`, by an invented person of an invented organisation. */
function signUpOf(random: Random, side: Side, place: Place, createdAt: string): Draft {
  const locale = localeOf(side, place.country);
  const person = inventPerson(random, countryFacts(place.country).names);
  const organisations = ORGANISATIONS[side === 'us' ? 'us' : locale === 'fr' || locale === 'pt' ? locale : 'africa'];
  const organisation = random.pick(organisations)(place.cityName);
  return {
    version: 1,
    createdAt,
    updatedAt: createdAt,
    side,
    organisation,
    contactName: person.fullName,
    role: random.chance(0.7) ? random.pick(ROLES[side]) : null,
    email: `${slugOf(person.first)}.${slugOf(person.last)}@${slugOf(organisation)}.example.org`,
    phone: random.chance(0.5) ? fictionalPhone(random, place.country) : null,
    ...place,
    focusAreas: random.sample(FOCUS_AREAS, random.weighted([[0, 1], [1, 4], [2, 4], [3, 1]])),
    preferredRegion: null,
    preferredCity: null,
    message: random.chance(0.8) ? random.pick(MESSAGES[side === 'us' ? 'us' : locale]) : null,
    locale,
    status: 'new',
    notes: null,
    cityId: null,
    partnershipId: null,
    convertedAt: null,
  };
}

/** The partner a visitor hoped for: US cities mostly name an AU region (which decides their coordinator). */
function withWishes(random: Random, draft: Draft, partners: readonly City[], partner?: City): Draft {
  const region = partner?.region ?? random.pick(draft.side === 'us' ? AU_REGIONS : US_REGIONS);
  const city = partner ?? random.pick(partners);
  return {
    ...draft,
    preferredRegion: random.chance(draft.side === 'us' ? 0.75 : 0.4) ? region : null,
    preferredCity: random.chance(partner ? 0.35 : 0.15) ? city.name : null,
  };
}

/** An instant after `since`, within `withinDays`, before the seed's today begins. */
function later(random: Random, since: string, today: string, withinDays: number): string {
  const room = Math.min(withinDays * 1440, (Date.parse(`${today}T00:00:00.000Z`) - Date.parse(since)) / MINUTE - 1);
  return new Date(Date.parse(since) + random.int(30, Math.max(30, room)) * MINUTE).toISOString();
}

/**
 * A sign-up converted into `partnership` (decision 039): the conversion made the partnership
 * the same day, so it carries the sign-up's day as its first contact, and its focus areas.
 */
function convertedInto(random: Random, partnership: StoredPartnership, cities: ReadonlyMap<number, City>): Draft {
  const side: Side = random.chance(0.7) ? 'africa' : 'us';
  const african = cities.get(partnership.africanCityId)!;
  const us = cities.get(partnership.usCityId)!;
  const [city, partner] = side === 'africa' ? [african, us] : [us, african];
  // Before the partnership's own first instant, which is never earlier than 08:00.
  const createdAt = `${partnership.firstContactAt}T${hhmm(random, 5, 7)}:00.000Z`;
  const draft = withWishes(random, signUpOf(random, side, placeOfCity(city), createdAt), [], partner);
  const notes = random.chance(0.4) ? random.pick(NOTES.converted) : null;
  const convertedAt = partnership.createdAt;
  return { ...draft, focusAreas: [...new Set(partnership.focusAreas)], version: 2, updatedAt: convertedAt, status: 'converted', notes, cityId: city.id, partnershipId: partnership.id, convertedAt };
}

/** A sign-up converted into its city alone: nobody had found the partner yet. */
function convertedCityOnly(random: Random, bySide: Record<Side, readonly City[]>, today: string): Draft {
  const side: Side = random.chance(0.5) ? 'africa' : 'us';
  const city = random.pick(bySide[side]);
  const createdAt = `${addDays(today, -random.int(21, INQUIRY_WINDOW_DAYS))}T${hhmm(random, 6, 21)}:00.000Z`;
  const draft = withWishes(random, signUpOf(random, side, placeOfCity(city), createdAt), bySide[otherSide(side)]);
  const convertedAt = later(random, createdAt, today, 10);
  return { ...draft, version: 2, updatedAt: convertedAt, status: 'converted', cityId: city.id, convertedAt };
}

/** What became of a sign-up not converted: the recent ones mostly wait, the older ones were answered. */
function statusAfter(random: Random, ageInDays: number): InquiryStatus {
  if (ageInDays <= 10) return random.weighted([['new', 6], ['contacted', 1]]);
  if (ageInDays <= 45) return random.weighted([['new', 3], ['contacted', 5], ['declined', 2]]);
  return random.weighted([['new', 1], ['contacted', 4], ['declined', 4]]);
}

function notConverted(random: Random, bySide: Record<Side, readonly City[]>, today: string): Draft {
  const side: Side = random.chance(0.65) ? 'africa' : 'us';
  const place = random.chance(0.3) ? typedPlace(random, side) : placeOfCity(random.pick(bySide[side]));
  // More sign-ups lately, as the page became known.
  const age = 1 + Math.floor((INQUIRY_WINDOW_DAYS - 1) * random.next() ** 1.5);
  const status = statusAfter(random, age);
  const createdAt = `${addDays(today, -age)}T${hhmm(random, 6, 21)}:00.000Z`;
  const draft = withWishes(random, signUpOf(random, side, place, createdAt), bySide[otherSide(side)]);
  if (status === 'new') return draft;
  const notes = random.chance(0.8) ? random.pick(NOTES[status as 'contacted' | 'declined']) : null;
  return { ...draft, version: 2, updatedAt: later(random, createdAt, today, 14), status, notes };
}

/**
 * ~37 sign-ups from the public page over the 26 weeks before `today`, from both sides and every
 * AU region: some waiting, some contacted or declined, and some converted, into a partnership
 * the seed holds (one that began as a prospect on the sign-up's day) or into their city alone.
 */
export function seedInquiries(random: Random, cities: readonly City[], partnerships: readonly StoredPartnership[], today: string): Inquiry[] {
  const byId = new Map(cities.map((city) => [city.id, city]));
  const bySide = { africa: cities.filter((c) => c.side === 'africa'), us: cities.filter((c) => c.side === 'us') };
  const since = addDays(today, -INQUIRY_WINDOW_DAYS);
  const fromSignUps = partnerships.filter(
    (p) => p.cohort === '500in5' && p.stageHistory[0]?.stage === 'prospect' && p.firstContactAt! > since && p.firstContactAt! < today,
  );
  const drafts = [
    ...random.sample(fromSignUps, CONVERTED_WITH_PARTNER).map((p) => convertedInto(random, p, byId)),
    ...Array.from({ length: CONVERTED_CITY_ONLY }, () => convertedCityOnly(random, bySide, today)),
    ...Array.from({ length: TRIAGED_OR_WAITING }, () => notConverted(random, bySide, today)),
  ];
  return drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((draft, index) => ({ id: index + 1, ...draft }));
}
