import { addDays } from '../common';
import type { Stage } from '../stages';
import type { Random } from './random';
import { DORMANT_NOTE, ENDED_NOTE, type StageStory } from './stageStory';

/** When the partnerships signed before the initiative were entered, just before the launch. */
const RECORDED_AT = '2023-02-28T10:00:00.000Z';

const dateIn = (random: Random, fromYear: number, toYear: number) =>
  `${random.int(fromYear, toYear)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

/**
 * A partnership signed long before the launch (cohort `preexisting`, never counted): recorded
 * at launch as active; since then a few went quiet (dormant) or ended.
 */
export function preexistingStory(random: Random, today: string, by: () => { id: number; name: string }): StageStory {
  const signedAt = dateIn(random, 1978, 2021);
  const entry = (stage: Stage, at: string, note: string) => {
    const who = by();
    return { stage, at, by: who.id, byName: who.name, note };
  };
  const history = [entry('active', RECORDED_AT, `Recorded at launch: signed in ${signedAt.slice(0, 4)}.`)];
  const roll = random.next();
  const exitDate = addDays('2024-06-01', random.int(0, 500));
  if (roll < 0.2 && exitDate <= today) {
    const exit: Stage = roll < 0.07 ? 'ended' : 'dormant';
    history.push(entry(exit, `${exitDate}T11:00:00.000Z`, exit === 'ended' ? ENDED_NOTE : DORMANT_NOTE));
  }
  const stage = history[history.length - 1]!.stage;
  const lastActivityAt =
    stage === 'active'
      ? addDays(today, -random.int(0, 300))
      : stage === 'dormant'
        ? addDays(exitDate, -random.int(730, 800))
        : exitDate;
  return { history, stage, signedAt, closedReason: null, lastActivityAt };
}
