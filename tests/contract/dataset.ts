/**
 * The small, hand-built data the contract cases run on: few enough records that each case
 * states its answer, varied enough to reach every rule (both sides, every derived field,
 * stalled and quiet partnerships, past and planned events, a city no record uses). And the
 * records as the API must show them, derived from the data by the domain functions alone:
 * what the cases expect, on every backend.
 */
import {
  AU_REGIONS,
  deriveCityFields,
  withDerivedFields,
  type AuRegion,
  type City,
  type ListResource,
  type Partnership,
  type Program,
  type SciEvent,
  type StoredPartnership,
} from '../../src/domain';
import type { SeedData } from '../../src/domain/seed';
import { CITY_IMPORT_AT } from '../../src/domain/seed/cities';
import { seedUsers } from '../../src/domain/seed/users';

/** The day every backend lives on. */
export const TODAY = '2026-11-28';

const IMPORTED = '2023-02-27T09:00:00.000Z';

type CityFacts = Pick<City, 'id' | 'name' | 'country'> & Partial<City>;

export function city(facts: CityFacts): City {
  const admin1 = facts.admin1 ?? null;
  return {
    admin1,
    geonameId: null,
    lat: null,
    lng: null,
    population: null,
    populationYear: null,
    leaderTitle: null,
    leaderName: null,
    leaderTermEnds: null,
    languages: [],
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    website: null,
    sciMember: false,
    duesPaidThrough: null,
    notes: null,
    version: 1,
    createdAt: IMPORTED,
    updatedAt: IMPORTED,
    ...facts,
    ...deriveCityFields({ country: facts.country, admin1 }),
  };
}

/** Ids 1–6 and 12 are African, 7–11 American; 12 (Kumasi) is in no partnership, event or program. */
const CITIES: City[] = [
  city({ id: 1, name: 'Accra', country: 'GH', admin1: '07', geonameId: 2306104, population: 2_514_000, languages: ['en'], leaderTermEnds: '2027-01-07' }),
  city({ id: 2, name: 'Lagos', country: 'NG', admin1: '05', population: 9_000_000, languages: ['en', 'yo'] }),
  city({ id: 3, name: 'Nairobi', country: 'KE', population: 4_397_073, languages: ['en', 'sw'], leaderName: 'Wanjiku Otieno', leaderTermEnds: '2027-08-09' }),
  city({ id: 4, name: 'Cairo', country: 'EG', population: 9_606_916, languages: ['ar'] }),
  city({ id: 5, name: 'Lusaka', country: 'ZM', population: 1_267_440, languages: ['en'], leaderTermEnds: '2026-09-01' }),
  city({ id: 6, name: 'Ébolowa', country: 'CM', population: 64_980, languages: ['fr'], contactName: 'Ange Mvondo' }),
  city({ id: 7, name: 'Columbus', country: 'US', admin1: 'OH', population: 905_748, languages: ['en'], sciMember: true, duesPaidThrough: '2027-06-30' }),
  city({ id: 8, name: 'Atlanta', country: 'US', admin1: 'GA', population: 498_715, languages: ['en'], sciMember: true, duesPaidThrough: '2026-06-30' }),
  city({ id: 9, name: 'Denver', country: 'US', admin1: 'CO', population: 715_522, languages: ['en', 'es'] }),
  city({ id: 10, name: 'Boston', country: 'US', admin1: 'MA', population: 675_647, languages: ['en'] }),
  city({ id: 11, name: 'atlantic City', country: 'US', admin1: 'NJ', languages: ['en'] }),
  city({ id: 12, name: 'Kumasi', country: 'GH', admin1: '02', population: 2_035_064, languages: ['en'] }),
];

type PartnershipFacts = Pick<StoredPartnership, 'id' | 'africanCityId' | 'usCityId' | 'stage'> & Partial<StoredPartnership>;

export function partnership(facts: PartnershipFacts): StoredPartnership {
  const createdAt = facts.createdAt ?? '2023-06-01T10:00:00.000Z';
  return {
    kind: 'sister',
    closedReason: null,
    focusAreas: [],
    cohort: '500in5',
    ownerId: 2,
    firstContactAt: null,
    signedAt: null,
    sciRecognizedAt: null,
    lastActivityAt: null,
    nextStep: null,
    nextStepDue: null,
    notes: null,
    stageHistory: [{ stage: facts.stage, at: createdAt, by: 2, byName: 'Marcus Ellison', note: null }],
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...facts,
  };
}

/**
 * Counted toward the goal: 1 (active, 2024), 7 (dormant, 2023-09) and 8 (signed, 2026-02).
 * Stalled today: 2 (proposal, quiet since May) and 5 (exploring, quiet since August).
 */
const PARTNERSHIPS: StoredPartnership[] = [
  partnership({
    id: 1, africanCityId: 1, usCityId: 7, stage: 'active', signedAt: '2024-05-10', firstContactAt: '2023-04-01',
    lastActivityAt: '2026-10-01', focusAreas: ['youth_education', 'business_trade'], nextStep: 'Plan the youth exchange',
    nextStepDue: '2027-01-15', updatedAt: '2026-10-01T09:00:00.000Z',
  }),
  partnership({
    id: 2, africanCityId: 2, usCityId: 8, stage: 'proposal', kind: 'friendship', firstContactAt: '2024-01-15',
    lastActivityAt: '2026-05-01', focusAreas: ['arts_culture'], notes: 'Diaspora community keen to help.', ownerId: 3,
    updatedAt: '2026-05-01T14:00:00.000Z',
  }),
  partnership({
    id: 3, africanCityId: 3, usCityId: 9, stage: 'interest', firstContactAt: '2026-09-20', lastActivityAt: '2026-11-01',
    createdAt: '2026-09-20T08:00:00.000Z', updatedAt: '2026-11-01T16:00:00.000Z',
  }),
  partnership({
    id: 4, africanCityId: 4, usCityId: 10, stage: 'signed', cohort: 'preexisting', signedAt: '2023-01-15',
    firstContactAt: '2021-03-01', lastActivityAt: '2025-12-01', focusAreas: ['community_development'], ownerId: null,
    updatedAt: '2025-12-01T10:00:00.000Z',
  }),
  partnership({
    id: 5, africanCityId: 5, usCityId: 7, stage: 'exploring', kind: 'county', firstContactAt: '2025-11-02',
    lastActivityAt: '2026-08-01', focusAreas: ['business_trade'], ownerId: 4, updatedAt: '2026-08-01T12:00:00.000Z',
  }),
  partnership({
    id: 6, africanCityId: 1, usCityId: 8, stage: 'closed', closedReason: 'No reply from city hall',
    firstContactAt: '2023-05-01', lastActivityAt: '2023-09-01', updatedAt: '2023-09-01T10:00:00.000Z',
  }),
  partnership({
    id: 7, africanCityId: 6, usCityId: 9, stage: 'dormant', signedAt: '2023-09-01', firstContactAt: '2023-03-20',
    lastActivityAt: '2026-11-01', focusAreas: ['arts_culture', 'youth_education'], updatedAt: '2026-11-01T16:00:00.000Z',
  }),
  partnership({
    id: 8, africanCityId: 2, usCityId: 10, stage: 'signed', kind: 'state', signedAt: '2026-02-01', firstContactAt: '2025-01-10',
    lastActivityAt: '2026-02-01', ownerId: 5, createdAt: '2025-01-10T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z',
  }),
];

type EventFacts = Pick<SciEvent, 'id' | 'type' | 'title' | 'startsAt'> & Partial<SciEvent>;

export const event = (facts: EventFacts): SciEvent => ({
  endsAt: null,
  cityId: null,
  virtual: false,
  partnershipIds: [],
  focusArea: null,
  adults: null,
  youth: null,
  outcome: null,
  notes: null,
  version: 1,
  createdAt: facts.startsAt,
  updatedAt: facts.startsAt,
  ...facts,
});

const EVENTS: SciEvent[] = [
  event({ id: 1, type: 'signing_ceremony', title: 'Accra–Columbus signing', startsAt: '2024-05-10T15:00:00.000Z', cityId: 7, partnershipIds: [1], adults: 40 }),
  event({ id: 2, type: 'virtual_meeting', title: 'Lagos kickoff call', startsAt: '2026-05-01T14:00:00.000Z', endsAt: '2026-05-01T15:00:00.000Z', virtual: true, partnershipIds: [2], adults: 6, focusArea: 'arts_culture' }),
  event({ id: 3, type: 'delegation_visit', title: 'Denver delegation', startsAt: '2026-11-01T16:00:00.000Z', cityId: 9, partnershipIds: [3, 7], adults: 12, youth: 4, outcome: 'A youth exchange is planned.' }),
  event({ id: 4, type: 'annual_conference', title: 'SCI annual conference', startsAt: '2027-07-15T13:00:00.000Z', cityId: 8, focusArea: 'community_development' }),
];

type ProgramFacts = Pick<Program, 'id' | 'kind' | 'title' | 'cycleYear' | 'status'> & Partial<Program>;

export const program = (facts: ProgramFacts): Program => ({
  partnershipIds: [],
  cityIds: [],
  focusArea: null,
  adults: null,
  youth: null,
  deadline: null,
  notes: null,
  version: 1,
  createdAt: '2025-10-01T10:00:00.000Z',
  updatedAt: '2025-10-01T10:00:00.000Z',
  ...facts,
});

const PROGRAMS: Program[] = [
  program({ id: 1, kind: 'j1_homestay', title: 'J-1 Homestay 2026', cycleYear: 2026, status: 'running', partnershipIds: [1], cityIds: [1, 7], adults: 2, youth: 8, deadline: '2026-03-01', focusArea: 'youth_education' }),
  program({ id: 2, kind: 'young_artists_authors', title: 'Young Artists and Authors 2027', cycleYear: 2027, status: 'open', cityIds: [3], deadline: '2027-02-15', focusArea: 'arts_culture' }),
  program({ id: 3, kind: 'youth_leadership_summit', title: 'Youth Leadership Summit 2025', cycleYear: 2025, status: 'completed', partnershipIds: [2, 3], youth: 30 }),
];

/** A fresh copy every call: backends own the data they are given. */
export function contractData(): SeedData {
  return structuredClone({ users: seedUsers(), cities: CITIES, partnerships: PARTNERSHIPS, events: EVENTS, programs: PROGRAMS });
}

/** The partnerships as the API shows them, derived from the seed by the domain functions alone. */
export function partnershipViews(data: SeedData): Partnership[] {
  const cities = new Map(data.cities.map((c) => [c.id, c]));
  return data.partnerships.map((p) => withDerivedFields(p, cities.get(p.africanCityId)!, cities.get(p.usCityId)!, TODAY));
}

/**
 * The AU regions a record touches (decision 011): those of its African cities and of its
 * partnerships' African cities, once each, in AU order; a US city touches none.
 */
function regionsTouched(data: SeedData, cityIds: readonly (number | null)[], partnershipIds: readonly number[]): AuRegion[] {
  const cities = new Map(data.cities.map((c) => [c.id, c]));
  const partnerships = new Map(data.partnerships.map((p) => [p.id, p]));
  const touched = new Set([
    ...cityIds.map((id) => (id === null ? undefined : cities.get(id)?.region)),
    ...partnershipIds.map((id) => cities.get(partnerships.get(id)!.africanCityId)?.region),
  ]);
  return AU_REGIONS.filter((region) => touched.has(region));
}

/** The events as the API shows them: as stored, with the regions they touch. */
export const eventViews = (data: SeedData): Array<SciEvent & { regions: AuRegion[] }> =>
  data.events.map((e) => ({ ...e, regions: regionsTouched(data, [e.cityId ?? null], e.partnershipIds) }));

/** The programs as the API shows them: as stored, with the regions they touch. */
export const programViews = (data: SeedData): Array<Program & { regions: AuRegion[] }> =>
  data.programs.map((p) => ({ ...p, regions: regionsTouched(data, p.cityIds, p.partnershipIds) }));

/** Every record of every list as the API shows it, by id. */
export interface RecordViews {
  cities: Map<number, City>;
  partnerships: Map<number, Partnership>;
  events: Map<number, ReturnType<typeof eventViews>[number]>;
  programs: Map<number, ReturnType<typeof programViews>[number]>;
}

const byId = <T extends { id: number }>(records: Iterable<T>) => new Map([...records].map((record) => [record.id, record]));
const inIdOrder = <T extends { id: number }>(records: Iterable<T>) => [...records].sort((a, b) => a.id - b.id);

export function recordViews(data: SeedData): RecordViews {
  return {
    cities: byId(data.cities),
    partnerships: byId(partnershipViews(data)),
    events: byId(eventViews(data)),
    programs: byId(programViews(data)),
  };
}

/** The team as GET /api/users shows it: never a password; seeded when the cities were imported. */
export const userViews = (data: SeedData) =>
  data.users.map((user) => ({ ...user, disabled: Boolean(user.disabled), version: 1, createdAt: CITY_IMPORT_AT, updatedAt: CITY_IMPORT_AT }));

/** What `snapshot` (./requests.ts) reads of a backend holding `data` untouched: every record and user, by id. */
export function seededSnapshot(data: SeedData): Record<ListResource | 'users', unknown[]> {
  const views = recordViews(data);
  return {
    cities: inIdOrder(views.cities.values()),
    partnerships: inIdOrder(views.partnerships.values()),
    events: inIdOrder(views.events.values()),
    programs: inIdOrder(views.programs.values()),
    users: inIdOrder(userViews(data)),
  };
}
