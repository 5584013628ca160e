import { addMonths } from '../common';
import { countsTowardGoal } from '../goal';
import type { AuRegion } from '../regions';
import type { Settings } from '../settings';
import { isOpenStage, type Stage } from '../stages';
import { spellsOf, type HistoryStep } from './spells';

/** Stays of one stage that went to `next` (null: still there on asOf) after `days` days, `n` of them. */
export interface SpellGroup {
  region: AuRegion;
  stage: Stage;
  next: Stage | null;
  days: number;
  n: number;
}

/** Open partnerships of one stage and age in it, counted or not on asOf. */
export interface OpenGroup {
  region: AuRegion;
  stage: Stage;
  days: number;
  counted: boolean;
  n: number;
}

/** Partnerships whose first stay, in `stage`, began in the look-back. */
export interface ArrivalGroup {
  region: AuRegion;
  stage: Stage;
  n: number;
}

/**
 * What the forecast learns from, as aggregates the database can give (decision 027): the stays
 * of 500in5 partnerships that began in [since, asOf], the open ones by stage and age, and the arrivals.
 */
export interface ForecastInput {
  asOf: string;
  since: string;
  spells: SpellGroup[];
  open: OpenGroup[];
  arrivals: ArrivalGroup[];
}

/** The fields of a partnership the reference builder reads. */
export interface ForecastPartnership {
  cohort: string;
  region: AuRegion;
  signedAt?: string | null;
  stageHistory: readonly HistoryStep[];
}

/** First day of the history the forecast learns from. */
export const forecastSince = (settings: Settings, asOf: string) => addMonths(asOf, -settings.forecastMonths);

const keyOf = (row: object) => JSON.stringify(Object.values(row));

/** Groups sorted by their fields, so two builders of the same input compare equal. */
export function sortedGroups<G extends { n: number }>(groups: readonly G[]): G[] {
  return [...groups].sort((a, b) => {
    const [ka, kb] = [keyOf({ ...a, n: 0 }), keyOf({ ...b, n: 0 })];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

function tally<G extends { n: number }>(groups: Map<string, G>, row: Omit<G, 'n'>) {
  const key = keyOf(row);
  const found = groups.get(key);
  if (found) found.n += 1;
  else groups.set(key, { ...row, n: 1 } as G);
}

/**
 * The reference builder of the input, from each partnership's history as it stood on asOf (a
 * past asOf sees nothing after it). The server's SQL gives the same (contract test).
 */
export function forecastInputFrom(partnerships: Iterable<ForecastPartnership>, settings: Settings, asOf: string): ForecastInput {
  const since = forecastSince(settings, asOf);
  const [spells, open, arrivals] = [new Map<string, SpellGroup>(), new Map<string, OpenGroup>(), new Map<string, ArrivalGroup>()];
  for (const p of partnerships) {
    if (p.cohort !== '500in5') continue;
    const stays = spellsOf(p.stageHistory, asOf);
    const [first, last] = [stays[0], stays.at(-1)];
    if (!first || !last) continue;
    for (const { stage, start, next, days } of stays) {
      if (start >= since) tally(spells, { region: p.region, stage, next, days });
    }
    if (first.start >= since) tally(arrivals, { region: p.region, stage: first.stage });
    if (!isOpenStage(last.stage)) continue;
    const counted = countsTowardGoal({ cohort: '500in5', stage: last.stage, signedAt: p.signedAt ?? null }, settings, asOf);
    tally(open, { region: p.region, stage: last.stage, days: last.days, counted });
  }
  return {
    asOf,
    since,
    spells: sortedGroups([...spells.values()]),
    open: sortedGroups([...open.values()]),
    arrivals: sortedGroups([...arrivals.values()]),
  };
}
