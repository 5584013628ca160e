import { FOCUS_AREAS, PARTNERSHIP_KINDS, isOpenStage, isSignedStage, type City, type Stage } from '../../src/domain';
import type { Random } from '../../src/domain/seed/random';
import type { User } from '../../src/domain/seed/types';
import { CITY_IMPORT_AT } from '../../src/domain/seed/cities';
import type { Selectable } from 'kysely';
import type { PartnershipTable } from '../../server/db/schema';
import { derivedColumns } from '../../server/resources/partnerships/rows';
import { cityPairs } from './cityPairs';
import { dayOf, isoOfDay, timestampOf } from './days';

/** One partnership as the tables store it: the row, its focus-area rows, one stage-history row. */
export interface GeneratedPartnership {
  /** The stored row, as the repositories write it (derived columns from derivedColumns). */
  row: Selectable<PartnershipTable>;
  focusAreas: string[];
  history: { stage: Stage; at: string; by: number; byName: string; note: null };
}

const LAUNCH = dayOf('2023-03-01');
const PREEXISTING_SHARE = 0.05;
// A pipeline three and a half years in: most talks unsigned, many closed, some signed.
const NEW_STAGES: ReadonlyArray<readonly [Stage, number]> = [
  ['prospect', 14], ['interest', 13], ['exploring', 11], ['proposal', 9], ['approvals', 5],
  ['signed', 6], ['active', 12], ['dormant', 3], ['ended', 4], ['closed', 23],
];
const PREEXISTING_STAGES: ReadonlyArray<readonly [Stage, number]> = [['signed', 10], ['active', 45], ['dormant', 25], ['ended', 20]];
const KINDS = PARTNERSHIP_KINDS.map((kind, i) => [kind, [60, 30, 6, 4][i]!] as const);
const CLOSED_REASONS = ['No reply from city hall', 'Leadership changed', 'Chose another partner city', 'No local committee'];
const STEPS_BEFORE_SIGNING = ['Schedule a video call', 'Send the partnership guide', 'Draft the memorandum', 'Council vote'];
const STEPS_AFTER_SIGNING = ['Plan the first exchange', 'Prepare the delegation visit'];
const NOTES = ['Strong diaspora community in the US city.', 'University partners on both sides are keen to join.'];

/** Days since the last activity: mostly recent, with a long tail (which is what stalls). */
const quietDays = (random: Random, meanDays: number) => Math.floor(-Math.log(1 - random.next()) * meanDays);

interface Timeline {
  start: number;
  signed: number | null;
  lastActivity: number;
  /** When the current stage was entered. */
  stageDay: number;
}

function newTimeline(random: Random, stage: Stage, today: number): Timeline {
  const start = LAUNCH + random.int(0, today - LAUNCH - 7);
  const span = today - start;
  const within = (from: number, to: number) => from + random.int(0, Math.max(0, to - from));
  if (!isSignedStage(stage)) {
    const lastActivity = stage === 'closed' ? within(start, today) : Math.max(start, today - quietDays(random, 75));
    return { start, signed: null, lastActivity, stageDay: within(start, lastActivity) };
  }
  const signed = within(start + Math.ceil(span * 0.3), today);
  const lastActivity = stage === 'active' ? Math.max(signed, today - quietDays(random, 60)) : within(signed, today);
  return { start, signed, lastActivity, stageDay: stage === 'signed' ? signed : within(signed, lastActivity) };
}

function preexistingTimeline(random: Random, stage: Stage, today: number): Timeline {
  const signed = dayOf('1995-01-01') + random.int(0, LAUNCH - 30 - dayOf('1995-01-01'));
  const start = signed - random.int(200, 600);
  const lastActivity =
    stage === 'dormant' ? Math.max(signed, today - random.int(730, 2000)) : Math.max(signed, today - quietDays(random, 120));
  return { start, signed, lastActivity, stageDay: stage === 'signed' ? signed : Math.max(signed, lastActivity - random.int(0, 90)) };
}

/** Builds partnership after partnership, each from the same seeded draws every run. */
export function partnershipGenerator(random: Random, cities: readonly City[], users: readonly User[], todayIso: string) {
  const today = dayOf(todayIso);
  const pairs = cityPairs(random, cities);
  const staff = users.filter((u) => u.role === 'staff');
  const focusCount: ReadonlyArray<readonly [number, number]> = [[1, 4], [2, 4], [3, 2]];

  return (id: number): GeneratedPartnership => {
    const cohort = random.chance(PREEXISTING_SHARE) ? 'preexisting' : '500in5';
    const stage = random.weighted(cohort === '500in5' ? NEW_STAGES : PREEXISTING_STAGES);
    const time = cohort === '500in5' ? newTimeline(random, stage, today) : preexistingTimeline(random, stage, today);
    const open = isOpenStage(stage);
    const [african, us] = open ? pairs.open() : pairs.any();
    const owner = random.pick(staff);
    const picked = new Set(random.sample(FOCUS_AREAS, random.weighted(focusCount)));
    const focusAreas = FOCUS_AREAS.filter((area) => picked.has(area));
    const recognized = time.signed !== null && us.sciMember && stage !== 'ended' && random.chance(0.7) ? time.signed + random.int(20, 90) : null;
    const stageAt = timestampOf(time.stageDay, random.int(8 * 3600, 18 * 3600));
    const activityAt = timestampOf(time.lastActivity, random.int(8 * 3600, 20 * 3600));
    const createdAt = cohort === 'preexisting' ? CITY_IMPORT_AT : timestampOf(time.start, random.int(8 * 3600, 18 * 3600));
    const own = {
      id,
      version: 1,
      createdAt,
      updatedAt: [createdAt, stageAt, activityAt].sort()[2]!,
      africanCityId: african.id,
      usCityId: us.id,
      kind: random.weighted(KINDS),
      stage,
      closedReason: stage === 'closed' ? random.pick(CLOSED_REASONS) : null,
      cohort,
      ownerId: owner.id,
      firstContactAt: isoOfDay(time.start),
      signedAt: time.signed === null ? null : isoOfDay(time.signed),
      sciRecognizedAt: recognized !== null && recognized <= today ? isoOfDay(recognized) : null,
      lastActivityAt: isoOfDay(time.lastActivity),
      nextStep: open && stage !== 'dormant' ? random.pick(time.signed === null ? STEPS_BEFORE_SIGNING : STEPS_AFTER_SIGNING) : null,
      nextStepDue: open && stage !== 'dormant' ? isoOfDay(today + random.int(-30, 75)) : null,
      notes: random.chance(0.2) ? random.pick(NOTES) : null,
    };
    const row = { ...own, ...derivedColumns({ ...own, focusAreas }, african, us) };
    return { row, focusAreas, history: { stage, at: stageAt, by: owner.id, byName: owner.fullName, note: null } };
  };
}
