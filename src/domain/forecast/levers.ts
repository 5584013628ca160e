import type { AuRegion } from '../regions';
import { PRE_SIGNATURE } from '../stages';
import type { ForecastInput } from './input';
import { simulate, type Lever, type Simulation, type SimulationOptions } from './simulate';
import { finalMedian } from './summary';
import type { ForecastLever } from './types';

/** Every lever: for each stage before signature, more conversion and less time. */
export const LEVERS: Lever[] = PRE_SIGNATURE.flatMap((stage) => [
  { stage, lever: 'conversion' as const },
  { stage, lever: 'time' as const },
]);

/**
 * One simulation per lever with the base's seed, so each differs from the base by the lever
 * alone (common random numbers). Runs draw one after another from one stream, so a lever's
 * `runs` runs meet the base's first `runs`: fewer runs per lever keep the eleven simulations quick.
 */
export function leverSimulations(input: ForecastInput, options: SimulationOptions): Array<[Lever, Simulation]> {
  return LEVERS.map((lever) => [lever, simulate(input, { ...options, lever })]);
}

/** What moves the median of one region (or of all of Africa) most, largest gain first. */
export function leverGains(base: Simulation, levers: ReadonlyArray<[Lever, Simulation]>, region: AuRegion | null): ForecastLever[] {
  return levers
    .map(([lever, simulation]) => {
      const runs = simulation.counts.Northern[0]!.length;
      return { ...lever, medianGain: finalMedian(simulation, region) - finalMedian(base, region, runs) };
    })
    .sort((a, b) => b.medianGain - a.medianGain);
}
