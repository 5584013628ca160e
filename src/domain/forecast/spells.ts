import { daysBetween } from '../common';
import type { Stage } from '../stages';

/** One entry of a partnership's stage history, as the spells read it. */
export interface HistoryStep {
  stage: Stage;
  /** ISO timestamp of the move into `stage`. */
  at: string;
}

/**
 * A stay in one stage: when it began, where it went next (null: still there on the day the
 * spells are read), and how many whole days it lasted (to the next move, or to that day).
 */
export interface Spell {
  stage: Stage;
  start: string;
  next: Stage | null;
  days: number;
}

/**
 * The stays of one partnership's history as it stood on `asOf` (YYYY-MM-DD): moves after that
 * day are unknown yet, so the stay they end is still open. History in time order; moves of the
 * same instant keep their order. Days are counted between calendar dates (UTC), as the SQL does.
 */
export function spellsOf(history: readonly HistoryStep[], asOf: string): Spell[] {
  const known = history.filter((step) => step.at.slice(0, 10) <= asOf);
  return known.map((step, index) => {
    const start = step.at.slice(0, 10);
    const following = known[index + 1];
    const end = following ? following.at.slice(0, 10) : asOf;
    return { stage: step.stage, start, next: following?.stage ?? null, days: daysBetween(start, end) };
  });
}
