import { AU_REGIONS, type AuRegion } from '../regions';
import type { Settings } from '../settings';
import type { ForecastInput } from './input';
import { leverGains, leverSimulations } from './levers';
import { simulate } from './simulate';
import { forecastSummary } from './summary';
import type { Forecast } from './types';

/** Runs and seed of the served forecast: enough runs for steady quantiles, few enough to answer quickly (decision 027). */
export const FORECAST_RUNS = 200;
/** Runs of each lever's simulation, compared with the base's first as many. */
export const LEVER_RUNS = 40;
export const FORECAST_SEED = 27;

export interface ForecastRuns {
  runs?: number;
  leverRuns?: number;
  seed?: number;
}

/**
 * The forecast of all of Africa and of each region, from one simulation (and one per lever)
 * that records every region's count: the answers the server keeps until the next write.
 */
export function forecastsFrom(input: ForecastInput, settings: Settings, { runs = FORECAST_RUNS, leverRuns = Math.min(LEVER_RUNS, runs), seed = FORECAST_SEED }: ForecastRuns = {}) {
  const base = simulate(input, { settings, runs, seed });
  const levers = leverSimulations(input, { settings, runs: leverRuns, seed });
  const answer = (region: AuRegion | null): Forecast =>
    forecastSummary(input, base, { settings, region, levers: leverGains(base, levers, region), runs, seed });
  return new Map<AuRegion | null, Forecast>([null, ...AU_REGIONS].map((region) => [region, answer(region)]));
}
