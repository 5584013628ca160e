/**
 * Generated data for the work lists' contract (workLists.contract.test.ts): cities in every AU
 * region and several US states, partnerships in every stage with next steps due around today,
 * leaders' terms ending around six months ahead, dues lapsed and current, several owners. And
 * what the domain's predicates pick from it: what the cases expect, on every backend.
 */
import {
  addDays,
  addMonths,
  COHORTS,
  duesLapsed,
  FOCUS_AREAS,
  isOpenStage,
  isOverdue,
  isDueSoon,
  isSignedStage,
  leaderTermEndsSoon,
  PARTNERSHIP_KINDS,
  STAGES,
  workListFilter,
  type AuRegion,
  type City,
  type StoredPartnership,
  type WorkCounts,
  type WorkListKey,
  WORK_LISTS,
} from '../../src/domain';
import { createRandom, type SeedData } from '../../src/domain/seed';
import { seedUsers } from '../../src/domain/seed/users';
import { city, partnership, partnershipViews, TODAY } from './dataset';

/** Two cities per AU region, in AU_REGIONS order; ids 1–10. */
const AFRICAN: ReadonlyArray<readonly [string, string]> = [
  ['Cairo', 'EG'], ['Rabat', 'MA'], ['Accra', 'GH'], ['Lagos', 'NG'], ['Yaoundé', 'CM'],
  ['Kinshasa', 'CD'], ['Nairobi', 'KE'], ['Arusha', 'TZ'], ['Lusaka', 'ZM'], ['Durban', 'ZA'],
];
/** Ids 11–18. */
const AMERICAN: ReadonlyArray<readonly [string, string]> = [
  ['Columbus', 'OH'], ['Atlanta', 'GA'], ['Denver', 'CO'], ['Boston', 'MA'], ['Newark', 'NJ'], ['Austin', 'TX'], ['Oakland', 'CA'], ['Buffalo', 'NY'],
];

/** The edges of each rule: the day before, today, the last day in, the first day out. */
const DUE_OFFSETS = [-400, -31, -1, 0, 1, 7, 8, 45];
const TERM_ENDS = [null, addDays(TODAY, -1), TODAY, addMonths(TODAY, 3), addMonths(TODAY, 6), addDays(addMonths(TODAY, 6), 1), addMonths(TODAY, 14)];
const DUES = [null, addDays(TODAY, -1), TODAY, addDays(TODAY, 90)];
/** Nobody, the admin, staff, every coordinator and leadership (seedUsers' ids). */
const OWNERS = [null, 1, 2, 3, 6, 7, 8, 9, 10, 11];

function cities(random: ReturnType<typeof createRandom>): City[] {
  const african = AFRICAN.map(([name, country], index) => city({ id: index + 1, name, country, leaderTermEnds: random.pick(TERM_ENDS) }));
  const us = AMERICAN.map(([name, admin1], index) => {
    const sciMember = random.chance(0.7);
    return city({ id: index + 11, name, country: 'US', admin1, leaderTermEnds: random.pick(TERM_ENDS), sciMember, duesPaidThrough: random.pick(DUES) });
  });
  return [...african, ...us];
}

function partnershipOf(random: ReturnType<typeof createRandom>, id: number, africanCityId: number, usCityId: number): StoredPartnership {
  const stage = random.pick(STAGES);
  const due = random.chance(0.85) ? addDays(TODAY, random.pick(DUE_OFFSETS)) : null;
  return partnership({
    id, africanCityId, usCityId, stage,
    kind: random.pick(PARTNERSHIP_KINDS),
    cohort: random.pick(COHORTS),
    focusAreas: random.sample(FOCUS_AREAS, random.int(0, 2)),
    ownerId: random.pick(OWNERS),
    firstContactAt: addDays(TODAY, -1000),
    signedAt: isSignedStage(stage) ? addDays(TODAY, -random.int(30, 900)) : null,
    closedReason: stage === 'closed' ? 'No reply from city hall' : null,
    lastActivityAt: addDays(TODAY, -random.int(0, 200)),
    nextStep: due ? random.pick(['Call the mayor', 'Send the draft agreement', 'Book the delegation']) : null,
    nextStepDue: due,
    notes: random.chance(0.3) ? 'Diaspora community keen to help.' : null,
  });
}

/** The same data every call (a fixed seed), a fresh copy each time: backends own what they are given. */
export function workListData(): SeedData {
  const random = createRandom(1010);
  const all = cities(random);
  const partnerships: StoredPartnership[] = [];
  for (let african = 1; african <= AFRICAN.length; african++) {
    for (let us = 11; us < 11 + AMERICAN.length; us++) {
      if (random.chance(0.55)) partnerships.push(partnershipOf(random, partnerships.length + 1, african, us));
    }
  }
  return { users: seedUsers(), cities: all, partnerships, events: [], programs: [] };
}

const ids = (records: Array<{ id: number }>) => records.map((record) => record.id).sort((a, b) => a - b);

/** The ids a work list holds on `data`, by the domain's predicates alone, in id order. */
export function expectedIds(data: SeedData, key: WorkListKey, userId: number, region: AuRegion | null): number[] {
  const views = partnershipViews(data).filter((p) => region === null || p.region === region);
  const cityRegion = new Map(data.cities.map((c) => [c.id, c.region]));
  const partnerOf = (c: City) => data.partnerships.some((p) => p.usCityId === c.id && isOpenStage(p.stage) && cityRegion.get(p.africanCityId) === region);
  switch (key) {
    case 'overdue':
      return ids(views.filter((p) => isOverdue(p, TODAY)));
    case 'dueSoon':
      return ids(views.filter((p) => isDueSoon(p, TODAY)));
    case 'stalled':
      return ids(views.filter((p) => p.stalled));
    case 'mine':
      return ids(views.filter((p) => p.ownerId === userId && isOpenStage(p.stage)));
    case 'leaderTerms':
      return ids(data.cities.filter((c) => leaderTermEndsSoon(c, TODAY) && (region === null || c.region === region)));
    case 'lapsedDues':
      return ids(data.cities.filter((c) => duesLapsed(c, TODAY) && (region === null || partnerOf(c))));
  }
}

export const expectedCounts = (data: SeedData, userId: number, region: AuRegion | null): WorkCounts =>
  Object.fromEntries(WORK_LISTS.map((key) => [key, expectedIds(data, key, userId, region).length])) as WorkCounts;

/** The list URL's parts a work list's link opens: its resource and filter, every record on one page by id. */
export const workListQuery = (key: WorkListKey, userId: number, region: AuRegion | null) => {
  const { resource, filter } = workListFilter(key, { userId, region });
  return { resource, params: { filter, sort: ['id', 'ASC'] as ['id', 'ASC'], range: [0, 999] as [number, number] } };
};
