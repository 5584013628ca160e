import { addDays, addMonths, daysBetween } from '../common';
import { COUNTED_STAGES, windowEnd } from '../goal';
import { AU_REGIONS, type AuRegion } from '../regions';
import { createRandom, type Random } from '../seed';
import type { Settings } from '../settings';
import { isOpenStage, PIPELINE, type Stage } from '../stages';
import type { ForecastInput } from './input';
import { gammaDraw } from './bootstrap';
import { drawStay, reweightPools, stayPools, type StayPools } from './pools';

/** "What moves it": one stage converting a fifth more of its losses, or taking a fifth less time. */
export interface Lever {
  stage: Stage;
  lever: 'conversion' | 'time';
}

export interface SimulationOptions {
  settings: Settings;
  runs: number;
  seed: number;
  /** Last day simulated; by default the window's last day (the backtest looks nearer). */
  until?: string;
  lever?: Lever;
}

export interface Simulation {
  /** The days the count is recorded on: asOf, each month end after it, and the last day. */
  dates: string[];
  /** counts[region][date index][run]: the counted total of that region on that day in that run. */
  counts: Record<AuRegion, number[][]>;
  pools: StayPools;
}

/** A lever's share: a fifth of the losses go forward instead, or the stays are a fifth shorter. */
const LEVER_SHARE = 0.2;
const RANKS = new Map<Stage, number>(PIPELINE.map((stage, index) => [stage, index]));
const rank = (stage: Stage) => RANKS.get(stage) ?? -1;
const COUNTED = new Set(COUNTED_STAGES);
const isLoss = (from: Stage, to: Stage) => to === 'closed' || (rank(to) >= 0 && rank(to) < rank(from));
const endOfMonth = (date: string) => addDays(addMonths(`${date.slice(0, 8)}01`, 1), -1);

/** asOf, the month ends after it, and the last day. */
export function recordDates(asOf: string, until: string): string[] {
  const dates = [asOf];
  for (let end = endOfMonth(asOf); end < until; end = endOfMonth(addDays(end, 1))) if (end > asOf) dates.push(end);
  if (until > asOf) dates.push(until);
  return dates;
}

/** A partnership as the simulation walks it: where it is, since when, and whether its signing falls in the window. */
interface Walker {
  region: AuRegion;
  stage: Stage;
  day: number;
  /** Days already spent in the stage at `day` without leaving it (its stay lasts longer). */
  age: number;
  signedInWindow: boolean | null;
}

interface RunContext {
  pools: StayPools;
  random: Random;
  leverRandom: Random;
  lever?: Lever;
  /** The window as day offsets from asOf, and the last day simulated. */
  windowStart: number;
  windowEnd: number;
  horizon: number;
  offsets: number[];
  /** Adds one to a region's count on the recorded days in [from, to). */
  record: (region: AuRegion, from: number, to: number) => void;
}

/** Walks one partnership to the horizon, recording the days it counts on. */
function walk(w: Walker, ctx: RunContext) {
  let minDays = w.age === 0 && w.day > 0 ? 0 : w.age + 1;
  while (w.day <= ctx.horizon) {
    const pool = ctx.pools.pool(w.region, w.stage);
    const stay = pool ? drawStay(pool, minDays, ctx.random) : -1;
    const speed = ctx.lever?.lever === 'time' && ctx.lever.stage === w.stage ? 1 - LEVER_SHARE : 1;
    const leaves = stay >= 0 ? w.day + Math.max(Math.round((pool!.days[stay]! - w.age) * speed), 0) : Infinity;
    if (w.signedInWindow && COUNTED.has(w.stage)) {
      ctx.record(w.region, w.day, leaves);
    }
    if (stay < 0) return;
    let next = pool!.next[stay]!;
    if (ctx.lever?.lever === 'conversion' && ctx.lever.stage === w.stage && isLoss(w.stage, next) && ctx.leverRandom.chance(LEVER_SHARE)) {
      next = PIPELINE[rank(w.stage) + 1]!;
    }
    if (!isOpenStage(next)) return;
    // signedAt is the first day in signed or active; a correction back before signature clears it.
    if (rank(next) >= 0 && rank(next) < rank('signed')) w.signedInWindow = null;
    else if ((next === 'signed' || next === 'active') && w.signedInWindow === null) {
      w.signedInWindow = leaves >= ctx.windowStart && leaves < ctx.windowEnd;
    }
    w.stage = next;
    w.day = leaves;
    w.age = 0;
    minDays = 0;
  }
}

/** Index of the first recorded day on or after `day` (offsets ascending). */
function firstRecordedFrom(offsets: readonly number[], day: number): number {
  let index = 0;
  while (index < offsets.length && offsets[index]! < day) index++;
  return index;
}

/** counts[date index][run] from each run's +1/-1 changes. */
function runningSums(changes: Int32Array, days: number, runs: number): number[][] {
  const counts = Array.from({ length: days }, () => Array.from({ length: runs }, () => 0));
  for (let run = 0; run < runs; run++) {
    let count = 0;
    for (let index = 0; index < days; index++) counts[index]![run] = count += changes[run * (days + 1) + index]!;
  }
  return counts;
}

/** The days of a Poisson process of `perDay` over (0, horizon]. */
function arrivalDays(perDay: number, horizon: number, random: Random): number[] {
  const days: number[] = [];
  if (perDay <= 0) return days;
  for (let t = -Math.log(1 - random.next()) / perDay; t <= horizon; t += -Math.log(1 - random.next()) / perDay) days.push(Math.max(Math.ceil(t), 1));
  return days;
}

/**
 * The seeded Monte Carlo of decision 027: every open partnership, and new ones arriving at the
 * observed rate, walked stay by stay to the last day; each run records every region's count.
 */
export function simulate(input: ForecastInput, { settings, runs, seed, until, lever }: SimulationOptions): Simulation {
  const last = until ?? addDays(windowEnd(settings), -1);
  const dates = recordDates(input.asOf, last);
  const offsets = dates.map((date) => daysBetween(input.asOf, date));
  const pools = stayPools(input.spells);
  const lookBack = Math.max(daysBetween(input.since, input.asOf), 1);
  const [random, leverRandom, bootRandom] = [createRandom(seed), createRandom(seed + 1), createRandom(seed + 2)];
  const weights = new Float64Array(input.spells.length);
  // Each counted stay adds +1 where it starts and -1 where it ends; the running sums are the counts.
  const changes = Object.fromEntries(AU_REGIONS.map((r) => [r, new Int32Array(runs * (dates.length + 1))])) as Record<AuRegion, Int32Array>;
  let run = 0;
  const record = (region: AuRegion, from: number, to: number) => {
    const row = run * (dates.length + 1);
    changes[region][row + firstRecordedFrom(offsets, from)]! += 1;
    changes[region][row + firstRecordedFrom(offsets, to)]! -= 1;
  };
  const ctx: RunContext = {
    pools, random, leverRandom, lever, offsets, record, horizon: offsets.at(-1)!,
    windowStart: daysBetween(input.asOf, settings.startDate),
    windowEnd: daysBetween(input.asOf, windowEnd(settings)),
  };
  const arrivals = AU_REGIONS.map((region) => {
    const firsts = input.arrivals.filter((a) => a.region === region);
    return { region, seen: firsts.reduce((sum, a) => sum + a.n, 0), stages: firsts.map((a) => [a.stage, a.n] as const) };
  });
  for (run = 0; run < runs; run++) {
    // The rates are estimates, not facts: each run draws its own from what was seen (a Bayesian
    // bootstrap of the stays, a Gamma draw of each arrival rate), from a stream of its own so the
    // levers' runs meet the same rates. Without it the intervals come out too narrow (decision 027).
    input.spells.forEach((group, index) => (weights[index] = gammaDraw(group.n, bootRandom)));
    reweightPools(pools, weights);
    const rates = arrivals.map(({ seen }) => (seen > 0 ? gammaDraw(seen, bootRandom) / lookBack : 0));
    for (const group of input.open) {
      const signedInWindow = group.counted ? true : COUNTED_STAGES.includes(group.stage) ? false : null;
      for (let i = 0; i < group.n; i++) walk({ region: group.region, stage: group.stage, day: 0, age: group.days, signedInWindow }, ctx);
    }
    for (const [index, { region, stages }] of arrivals.entries()) {
      for (const day of arrivalDays(rates[index]!, ctx.horizon, random)) walk({ region, stage: random.weighted(stages), day, age: 0, signedInWindow: null }, ctx);
    }
  }
  const counts = Object.fromEntries(AU_REGIONS.map((r) => [r, runningSums(changes[r], dates.length, runs)])) as Record<AuRegion, number[][]>;
  return { dates, counts, pools };
}
