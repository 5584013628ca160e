import { daysBetween } from '../common';
import { windowEnd } from '../goal';
import { AU_REGIONS, type AuRegion } from '../regions';
import type { Settings } from '../settings';
import type { Stage } from '../stages';
import type { ForecastInput } from './input';
import type { Simulation } from './simulate';
import type { CountDistribution, Forecast, ForecastLever } from './types';

/** The value below which a share `q` of the sorted runs lies (the inverse of their distribution). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(Math.max(Math.ceil(q * sorted.length) - 1, 0), sorted.length - 1)] ?? 0;
}

export function distributionOf(values: readonly number[]): CountDistribution {
  const sorted = [...values].sort((a, b) => a - b);
  return { p5: quantile(sorted, 0.05), p25: quantile(sorted, 0.25), median: quantile(sorted, 0.5), p75: quantile(sorted, 0.75), p95: quantile(sorted, 0.95) };
}

/** Each run's count on one recorded day, of one region or (null) of all of Africa. */
export function countsAt(simulation: Simulation, region: AuRegion | null, index: number): number[] {
  if (region) return simulation.counts[region][index]!;
  const regions = AU_REGIONS.map((r) => simulation.counts[r][index]!);
  return regions[0]!.map((_, run) => regions.reduce((sum, counts) => sum + counts[run]!, 0));
}

/** Each run's count on each recorded day, of one region or (null) of all of Africa. */
export const countsOf = (simulation: Simulation, region: AuRegion | null): number[][] =>
  simulation.dates.map((_, index) => countsAt(simulation, region, index));

/** The median count on the last day over the first `runs` runs: what a lever is measured by. */
export const finalMedian = (simulation: Simulation, region: AuRegion | null, runs?: number) =>
  distributionOf(countsAt(simulation, region, simulation.dates.length - 1).slice(0, runs)).median;

const total = <G extends { n: number }>(groups: readonly G[]) => groups.reduce((sum, g) => sum + g.n, 0);

interface SummaryOptions {
  settings: Settings;
  region: AuRegion | null;
  levers: ForecastLever[];
  runs: number;
  seed: number;
}

/** The API's answer for all of Africa or one region, from one simulation of every region. */
export function forecastSummary(input: ForecastInput, simulation: Simulation, { settings, region, levers, runs, seed }: SummaryOptions): Forecast {
  const counts = countsOf(simulation, region);
  const inRegion = <G extends { region: AuRegion; n: number }>(groups: readonly G[]) => groups.filter((g) => !region || g.region === region);
  const atEnd = counts.at(-1)!;
  const target = region ? null : settings.target;
  const pooled = new Set<Stage>((region ? [region] : AU_REGIONS).flatMap((r) => simulation.pools.pooledStages[r]));
  return {
    asOf: input.asOf,
    region,
    endDate: windowEnd(settings),
    target,
    countedNow: total(inRegion(input.open).filter((g) => g.counted)),
    atEnd: distributionOf(atEnd),
    probabilityOfTarget: target === null ? null : atEnd.filter((count) => count >= target).length / atEnd.length,
    path: simulation.dates.map((date, index) => ({ date, ...distributionOf(counts[index]!) })),
    levers,
    basis: {
      since: input.since,
      spells: total(inRegion(input.spells)),
      arrivalsPer30Days: Math.round((total(inRegion(input.arrivals)) / Math.max(daysBetween(input.since, input.asOf), 1)) * 30 * 10) / 10,
      pooledStages: [...pooled],
      runs,
      seed,
    },
  };
}
