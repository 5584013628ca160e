import { addDays } from '../common';
import type { StageChange } from '../partnership';
import { PIPELINE, PRE_SIGNATURE, type Stage } from '../stages';
import type { Random } from './random';

/** How a partnership got to where it is today: its stage history and the dates that follow. */
export interface StageStory {
  history: StageChange[];
  stage: Stage;
  signedAt: string | null;
  closedReason: string | null;
  lastActivityAt: string;
}

interface Move {
  to: Stage;
  days: number;
  note?: string;
  closedReason?: string;
}

const STEP_DAYS: Partial<Record<Stage, [number, number]>> = {
  prospect: [15, 75],
  interest: [30, 110],
  exploring: [40, 140],
  proposal: [40, 140],
  approvals: [30, 110],
};

const CLOSED_REASONS = [
  'No reply after three follow-ups from the US side',
  'The African city chose a partner in another country',
  'City council budget cut ended the international program',
  'New city leadership did not take the talks forward',
  'The two cities found too little common ground in their focus areas',
  'The US committee dissolved before a proposal was drafted',
];

const BACK_NOTES = [
  'The new council asked to revisit the focus areas before going on.',
  'The proposal went back for a second round with both committees.',
  'Talks restarted after the mayoral election.',
  'The US committee asked for another exploratory visit first.',
];

export const DORMANT_NOTE = 'No exchange or contact for two years.';
const REVIVED_NOTE = 'A new youth exchange brought the partnership back to life.';
export const ENDED_NOTE = 'Both councils agreed to end the agreement.';

const rank = (stage: Stage) => (PIPELINE as readonly Stage[]).indexOf(stage);

function preSignatureMove(random: Random, stage: Stage, speed: number): Move | null {
  const [min, max] = STEP_DAYS[stage]!;
  const days = Math.max(1, Math.round(random.int(min, max) * speed));
  const roll = random.next();
  if (roll < 0.05) return { to: 'closed', days, closedReason: random.pick(CLOSED_REASONS) };
  // Some talks simply go quiet: they stay where they are and stall.
  if (roll < 0.1) return null;
  if (roll < 0.15 && rank(stage) >= 2) return { to: PIPELINE[rank(stage) - 1]!, days, note: random.pick(BACK_NOTES) };
  if (stage === 'approvals') return { to: random.chance(0.93) ? 'signed' : 'active', days };
  const skip = random.chance(0.15) ? 2 : 1;
  return { to: PIPELINE[Math.min(rank(stage) + skip, rank('approvals'))]!, days };
}

function nextMove(random: Random, stage: Stage, speed: number): Move | null {
  if (PRE_SIGNATURE.includes(stage)) return preSignatureMove(random, stage, speed);
  switch (stage) {
    case 'signed':
      return { to: 'active', days: random.int(20, 80) };
    case 'active':
      if (random.chance(0.15)) return { to: 'dormant', days: random.int(730, 850), note: DORMANT_NOTE };
      if (random.chance(0.05)) return { to: 'ended', days: random.int(365, 900), note: ENDED_NOTE };
      return null;
    case 'dormant':
      return random.chance(0.3) ? { to: 'active', days: random.int(60, 400), note: REVIVED_NOTE } : null;
    default:
      return null;
  }
}

const timestamp = (random: Random, date: string) =>
  `${date}T${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;

/** When the partnership last saw activity, given where its story stopped. */
function lastActivity(random: Random, story: Omit<StageStory, 'lastActivityAt'>, quiet: boolean, today: string): string {
  const last = story.history[story.history.length - 1]!.at.slice(0, 10);
  const sinceLast = Math.max(0, Math.round((Date.parse(today) - Date.parse(last)) / 86_400_000));
  const recent = () => addDays(today, -random.int(0, Math.min(sinceLast, 50)));
  if (PRE_SIGNATURE.includes(story.stage)) return quiet ? addDays(last, random.int(0, Math.min(sinceLast, 30))) : recent();
  if (story.stage === 'signed' || story.stage === 'active') return addDays(today, -random.int(0, Math.min(sinceLast, 200)));
  if (story.stage === 'dormant') return story.history[story.history.length - 2]!.at.slice(0, 10);
  return last;
}

/**
 * Walks a partnership through the pipeline from its first contact until today, one allowed
 * move at a time: forward (sometimes skipping a stage), back with a note, closed with a
 * reason, or quiet. `speed` stretches every step (1 = typical).
 */
export function tellStageStory(
  random: Random,
  { start, today, speed, initial, by }: { start: string; today: string; speed: number; initial: Stage; by: () => { id: number; name: string } },
): StageStory {
  const history: StageChange[] = [];
  const record = (stage: Stage, date: string, note: string | null) => {
    const who = by();
    history.push({ stage, at: timestamp(random, date), by: who.id, byName: who.name, note });
  };
  let stage = initial;
  let date = start;
  let signedAt: string | null = null;
  let closedReason: string | null = null;
  let quiet = false;
  record(stage, date, null);
  for (;;) {
    const move = nextMove(random, stage, speed);
    if (!move) {
      quiet = true;
      break;
    }
    const next = addDays(date, move.days);
    if (next > today) break;
    stage = move.to;
    date = next;
    if ((stage === 'signed' || stage === 'active') && !signedAt) signedAt = date;
    if (move.closedReason) closedReason = move.closedReason;
    record(stage, date, move.note ?? (move.closedReason ? move.closedReason : null));
  }
  const story = { history, stage, signedAt, closedReason };
  return { ...story, lastActivityAt: lastActivity(random, story, quiet, today) };
}
