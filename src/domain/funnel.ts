import { z } from 'zod';
import { isoDate } from './common';
import { spellsOf, type HistoryStep } from './forecast/spells';
import { COHORTS, type Cohort } from './partnership';
import { AU_REGIONS, type AuRegion } from './regions';
import { EXITS, PIPELINE, type Stage } from './stages';

/** The stages the funnel follows: the pipeline up to the signature, then the signed stays. */
export const FUNNEL_STAGES = PIPELINE;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type FunnelExit = (typeof EXITS)[number];

/** GET /api/stats/funnel's parameters: each optional, dates as YYYY-MM-DD, the end not before the start. */
export const funnelQuerySchema = z
  .object({
    region: z.enum(AU_REGIONS, { error: 'app.validation.choice' }).optional(),
    cohort: z.enum(COHORTS, { error: 'app.validation.choice' }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { path: ['to'], message: 'app.validation.endBeforeStart' });

/** The period and scope a funnel was read for: stays that began from `from` to `to`, both included. */
export interface FunnelScope {
  from: string;
  to: string;
  region: AuRegion | null;
  cohort: Cohort | null;
}

/** What a client asks for: any part of the scope left out takes the API's default. */
export type FunnelParams = Partial<FunnelScope>;

/** What became of the stays in one stage. */
export interface FunnelStep {
  stage: FunnelStage;
  entered: number;
  /** Moved on to a later stage of the pipeline. */
  advanced: number;
  /** Moved back to an earlier stage (a correction, or talks starting over). */
  back: number;
  /** Left the pipeline: closed, dormant or ended. */
  exited: number;
  /** Still in the stage today. */
  stillThere: number;
  /** advanced ÷ (advanced + back + exited); null while none has left the stage. */
  conversion: number | null;
  /** Median whole days of the stays that ended; null while none has. */
  medianDays: number | null;
}

/** GET /api/stats/funnel: what became of the stays that began in the period, followed to today (decision 028). */
export interface Funnel extends FunnelScope {
  stages: FunnelStep[];
  /** Moves out of the funnel's stages into each exit. */
  exits: Record<FunnelExit, number>;
}

/** Stays grouped by stage, where they went (null: still there) and their whole days: what the database gives. */
export interface StayGroup {
  stage: Stage;
  next: Stage | null;
  days: number;
  n: number;
}

const rank = (stage: Stage) => (PIPELINE as readonly Stage[]).indexOf(stage);
const isExit = (stage: Stage): stage is FunnelExit => (EXITS as readonly Stage[]).includes(stage);

/** The median of values given with their counts: the middle one, or the mean of the middle two. */
export function medianOfCounts(values: ReadonlyArray<{ value: number; n: number }>): number | null {
  const sorted = [...values].filter((v) => v.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, v) => sum + v.n, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const { value, n } of sorted) {
      seen += n;
      if (position < seen) return value;
    }
    return sorted.at(-1)!.value;
  };
  return (valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.floor(total / 2))) / 2;
}

/** The funnel from stays already grouped: the one reading of where a stay went, shared by the server's SQL. */
export function funnelFromGroups(groups: readonly StayGroup[], scope: FunnelScope): Funnel {
  const exits: Record<FunnelExit, number> = { closed: 0, dormant: 0, ended: 0 };
  const stages = FUNNEL_STAGES.map((stage): FunnelStep => {
    const own = groups.filter((group) => group.stage === stage);
    const count = (keep: (next: Stage) => boolean) => own.reduce((sum, g) => sum + (g.next !== null && keep(g.next) ? g.n : 0), 0);
    const exited = count(isExit);
    const advanced = count((next) => !isExit(next) && rank(next) > rank(stage));
    const back = count((next) => !isExit(next) && rank(next) <= rank(stage));
    const stillThere = own.reduce((sum, g) => sum + (g.next === null ? g.n : 0), 0);
    const left = advanced + back + exited;
    for (const g of own) if (g.next !== null && isExit(g.next)) exits[g.next] += g.n;
    return {
      stage,
      entered: left + stillThere,
      advanced,
      back,
      exited,
      stillThere,
      conversion: left === 0 ? null : advanced / left,
      medianDays: medianOfCounts(own.filter((g) => g.next !== null).map((g) => ({ value: g.days, n: g.n }))),
    };
  });
  return { ...scope, stages, exits };
}

export interface FunnelPartnership {
  region: AuRegion;
  cohort: Cohort;
  stageHistory: readonly HistoryStep[];
}

/**
 * The funnel by definition: every stay in a funnel stage that began in [from, to], of the
 * partnerships in scope, followed to `today`. Histories are read in time order (moves of the
 * same instant in the order they were written), as the SQL orders them by `at`, then id.
 */
export function computeFunnel(partnerships: readonly FunnelPartnership[], scope: FunnelScope, today: string): Funnel {
  const groups = new Map<string, StayGroup>();
  for (const p of partnerships) {
    if ((scope.region && p.region !== scope.region) || (scope.cohort && p.cohort !== scope.cohort)) continue;
    const history = [...p.stageHistory].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const spell of spellsOf(history, today)) {
      if (spell.start < scope.from || spell.start > scope.to) continue;
      // A stay still open has no length yet: only ended stays make the median.
      const days = spell.next === null ? 0 : spell.days;
      const key = `${spell.stage} ${spell.next} ${days}`;
      const group = groups.get(key) ?? { stage: spell.stage, next: spell.next, days, n: 0 };
      group.n += 1;
      groups.set(key, group);
    }
  }
  return funnelFromGroups([...groups.values()], scope);
}
