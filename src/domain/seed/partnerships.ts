import { addDays } from '../common';
import type { City } from '../city';
import { FOCUS_AREAS, PARTNERSHIP_KINDS, type Cohort, type StoredPartnership } from '../partnership';
import { isOpenStage, isSignedStage, type Stage } from '../stages';
import { cityPicker } from './pickCities';
import type { Random } from './random';
import { preexistingStory } from './preexisting';
import { tellStageStory, type StageStory } from './stageStory';
import type { User } from './types';

export const LAUNCH = '2023-03-01';
const NEW_PARTNERSHIPS = 560;
/** Talks begun at the Cape Town summit were already under way when they were recorded. */
const SUMMIT_FOLLOW_UP = '2023-06-01';
const SUMMIT_STAGES: ReadonlyArray<readonly [Stage, number]> = [['interest', 3], ['exploring', 4], ['proposal', 3]];
const FIRST_STAGES: ReadonlyArray<readonly [Stage, number]> = [['prospect', 5], ['interest', 4], ['exploring', 1]];
const PREEXISTING_PARTNERSHIPS = 40;

const NEXT_STEPS: Partial<Record<Stage, readonly string[]>> = {
  prospect: ['Send the introduction letter', 'Find a contact at city hall'],
  interest: ['Schedule a first video call', 'Share the SCI partnership guide'],
  exploring: ['Plan an exploratory visit', 'Agree on the focus areas'],
  proposal: ['Draft the memorandum of understanding', 'Review the proposal with both committees'],
  approvals: ['Council vote on the agreement', 'Collect the signed resolution'],
  signed: ['Plan the first exchange', 'Register the partnership with SCI'],
  active: ['Prepare the delegation visit', 'Report the year’s exchanges to SCI'],
  dormant: ['Reach out to the new city leadership'],
};

const NOTES = [
  'Strong diaspora community in the US city.',
  'Both mayors met at the SCI Africa Summit in Cape Town.',
  'University partners on both sides are keen to join.',
  'Chamber of commerce wants a trade mission first.',
];

function staffPicker(random: Random, users: readonly User[]) {
  const staff = users.filter((u) => u.role === 'staff');
  return (ownerId: number) => () => {
    const who = random.chance(0.8) ? staff.find((u) => u.id === ownerId)! : random.pick(staff);
    return { id: who.id, name: who.fullName };
  };
}

function nextStepOf(random: Random, stage: Stage, today: string) {
  const steps = NEXT_STEPS[stage];
  if (!steps || (stage === 'active' && random.chance(0.6))) return { nextStep: null, nextStepDue: null };
  return { nextStep: random.pick(steps), nextStepDue: addDays(today, random.int(-30, 75)) };
}

/** Dates SCI recognises a partnership: some weeks after signing, for current US members. */
function recognizedAt(random: Random, story: StageStory, us: City, today: string): string | null {
  if (!story.signedAt || !isSignedStage(story.stage) || !us.sciMember || !random.chance(0.7)) return null;
  const date = addDays(story.signedAt, random.int(20, 90));
  return date <= today ? date : null;
}

interface Draft {
  african: City;
  us: City;
  cohort: Cohort;
  start: string;
  story: StageStory;
  ownerId: number;
  createdAt: string;
}

function toPartnership(random: Random, id: number, draft: Draft, today: string): StoredPartnership {
  const { story } = draft;
  const updatedAt = [story.history[story.history.length - 1]!.at, `${story.lastActivityAt}T18:00:00.000Z`].sort()[1]!;
  return {
    id,
    africanCityId: draft.african.id,
    usCityId: draft.us.id,
    kind: random.weighted(PARTNERSHIP_KINDS.map((kind, i) => [kind, [60, 30, 6, 4][i]!] as const)),
    stage: story.stage,
    closedReason: story.closedReason,
    focusAreas: random.sample(FOCUS_AREAS, random.weighted([[1, 4], [2, 4], [3, 2]])),
    cohort: draft.cohort,
    ownerId: draft.ownerId,
    firstContactAt: draft.start,
    signedAt: story.signedAt,
    sciRecognizedAt: recognizedAt(random, story, draft.us, today),
    lastActivityAt: story.lastActivityAt,
    ...(isOpenStage(story.stage) ? nextStepOf(random, story.stage, today) : { nextStep: null, nextStepDue: null }),
    notes: random.chance(0.2) ? random.pick(NOTES) : null,
    stageHistory: story.history,
    version: 1,
    createdAt: draft.createdAt,
    updatedAt: updatedAt < draft.createdAt ? draft.createdAt : updatedAt,
  };
}

/** A pair of cities not yet paired. */
function freshPair(pairs: Set<string>, draw: () => [City, City]): [City, City] {
  for (;;) {
    const [african, us] = draw();
    const key = `${african.id}-${us.id}`;
    if (!pairs.has(key)) {
      pairs.add(key);
      return [african, us];
    }
  }
}

/** ~600 partnerships: 40 signed before the launch, the rest first contacted since. */
export function seedPartnerships(random: Random, cities: readonly City[], users: readonly User[], today: string): StoredPartnership[] {
  const pick = cityPicker(random, cities);
  const staffOf = staffPicker(random, users);
  const staffIds = users.filter((u) => u.role === 'staff').map((u) => u.id);
  const pairs = new Set<string>();
  const drafts: Draft[] = [];
  const launchSpan = Math.max(1, Math.round((Date.parse(today) - Date.parse(LAUNCH)) / 86_400_000) - 7);

  for (let i = 0; i < PREEXISTING_PARTNERSHIPS; i++) {
    const [african, us] = freshPair(pairs, () => [pick.african(), pick.us()]);
    const ownerId = random.pick(staffIds);
    const story = preexistingStory(random, today, staffOf(ownerId));
    const start = addDays(story.signedAt!, -random.int(200, 600));
    drafts.push({ african, us, cohort: 'preexisting', start, story, ownerId, createdAt: story.history[0]!.at });
  }
  for (let i = 0; i < NEW_PARTNERSHIPS; i++) {
    const [african, us] = freshPair(pairs, () => [pick.african(), pick.us()]);
    const start = addDays(LAUNCH, Math.floor(random.next() * launchSpan));
    const initial = random.weighted<Stage>(start < SUMMIT_FOLLOW_UP ? SUMMIT_STAGES : FIRST_STAGES);
    const speed = 0.7 + random.next() * 1.2;
    const ownerId = random.pick(staffIds);
    const story = tellStageStory(random, { start, today, speed, initial, by: staffOf(ownerId) });
    drafts.push({ african, us, cohort: '500in5', start, story, ownerId, createdAt: story.history[0]!.at });
  }
  drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return drafts.map((draft, index) => toPartnership(random, index + 1, draft, today));
}
