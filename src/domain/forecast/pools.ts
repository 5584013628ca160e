import { AU_REGIONS, type AuRegion } from '../regions';
import { isOpenStage, type Stage } from '../stages';
import type { Random } from '../seed';
import type { SpellGroup } from './input';

/** A region needs this many completed stays of a stage to be simulated from its own; else all of Africa's. */
export const MIN_COMPLETED_STAYS = 20;

/** The stays of one stage, longest last, with running weights for drawing among the longer ones. */
export interface StayPool {
  days: number[];
  next: Array<Stage | null>;
  /** cumulative[i]: total weight of the stays before i. */
  cumulative: number[];
  /** Where each stay's group sits in the input's spells (for reweighting). */
  groups: number[];
}

type Indexed = SpellGroup & { index: number };

function poolOf(groups: readonly Indexed[]): StayPool {
  const sorted = [...groups].sort((a, b) => a.days - b.days);
  const cumulative = [0];
  for (const group of sorted) cumulative.push(cumulative.at(-1)! + group.n);
  return { days: sorted.map((g) => g.days), next: sorted.map((g) => g.next), cumulative, groups: sorted.map((g) => g.index) };
}

/** Gives every pool the weights of one run (by the input's spell index): its stays drawn in those proportions. */
export function reweightPools(pools: StayPools, weights: ArrayLike<number>) {
  for (const pool of pools.all) {
    for (let i = 0; i < pool.groups.length; i++) pool.cumulative[i + 1] = pool.cumulative[i]! + weights[pool.groups[i]!]!;
  }
}

/** First index from `from` whose value is ≥ `target` (or > it, when `strictly`) in an ascending array. */
function firstIndex(values: readonly number[], target: number, from = 0, strictly = false): number {
  let [low, high] = [from, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target || (strictly && values[middle] === target)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index of one completed stay of the pool lasting at least `minDays`, each drawn in
 * proportion to its weight; -1 when none is that long (the partnership stays put). A stay still open (censored) only
 * says "at least that long", so the draw goes on beyond it: Kaplan–Meier's
 * redistribute-to-the-right reading of censored stays.
 */
export function drawStay(pool: StayPool, minDays: number, random: Random): number {
  let from = firstIndex(pool.days, minDays);
  for (;;) {
    const start = pool.cumulative[from]!;
    const total = pool.cumulative.at(-1)! - start;
    if (from >= pool.days.length || total <= 0) return -1;
    const drawn = start + random.next() * total;
    const index = Math.min(firstIndex(pool.cumulative, drawn, from + 1, true) - 1, pool.days.length - 1);
    if (pool.next[index]) return index;
    from = firstIndex(pool.days, pool.days[index]! + 1, index);
  }
}

export interface StayPools {
  pool(region: AuRegion, stage: Stage): StayPool | undefined;
  /** Every pool once (all of Africa's serves several regions). */
  all: StayPool[];
  /** Stages a region takes from all of Africa, for want of its own completed stays. */
  pooledStages: Record<AuRegion, Stage[]>;
}

/** Per region where it has enough completed stays of a stage, else all of Africa pooled. */
export function stayPools(spells: readonly SpellGroup[]): StayPools {
  const byStage = new Map<Stage, Indexed[]>();
  spells.forEach((group, index) => byStage.set(group.stage, [...(byStage.get(group.stage) ?? []), { ...group, index }]));
  const pools = Object.fromEntries(AU_REGIONS.map((r) => [r, {}])) as Record<AuRegion, Partial<Record<Stage, StayPool>>>;
  const pooledStages = Object.fromEntries(AU_REGIONS.map((r) => [r, [] as Stage[]])) as Record<AuRegion, Stage[]>;
  for (const [stage, groups] of byStage) {
    const africa = poolOf(groups);
    for (const region of AU_REGIONS) {
      const own = groups.filter((g) => g.region === region);
      const completed = own.reduce((sum, g) => sum + (g.next ? g.n : 0), 0);
      // Ended and closed are never left: nothing is learned from them, nothing to pool.
      if (completed < MIN_COMPLETED_STAYS && isOpenStage(stage)) pooledStages[region].push(stage);
      pools[region][stage] = completed >= MIN_COMPLETED_STAYS ? poolOf(own) : africa;
    }
  }
  const all = [...new Set(AU_REGIONS.flatMap((region) => Object.values(pools[region]) as StayPool[]))];
  return { pool: (region, stage) => pools[region][stage], all, pooledStages };
}
