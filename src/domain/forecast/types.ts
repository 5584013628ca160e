import type { AuRegion } from '../regions';
import type { Stage } from '../stages';

/** Quantiles of a simulated count. */
export interface CountDistribution {
  p5: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
}

/** The simulated count on one date of the fan chart (month ends from the as-of day to the window's end). */
export interface ForecastPoint extends CountDistribution {
  date: string;
}

/** One lever of "what moves it": the median's gain if one stage converted more, or took less time. */
export interface ForecastLever {
  stage: Stage;
  lever: 'conversion' | 'time';
  /** Median at the window's end with the lever pulled, minus the forecast's median. */
  medianGain: number;
}

/**
 * GET /api/stats/forecast?region=: where the counted total is likely to land at the end of the
 * window, simulated from the pipeline's own stage history (decision 027).
 */
export interface Forecast {
  asOf: string;
  region: AuRegion | null;
  /** First day after the window: the count is forecast up to the day before. */
  endDate: string;
  /** The initiative's target; null for a region (regions have no targets, decision 006). */
  target: number | null;
  /** Counted today: the same figure as the progress response's `counted`. */
  countedNow: number;
  /** The counted total on the window's last day. */
  atEnd: CountDistribution;
  /** Share of the runs that reach the target (null for a region). */
  probabilityOfTarget: number | null;
  /** The fan chart: from today (all quantiles = countedNow) to the window's end. */
  path: ForecastPoint[];
  /** Every lever, the largest gain first. */
  levers: ForecastLever[];
  /** What the forecast learned from. */
  basis: {
    /** First day of the stage history it learned from (asOf minus forecastMonths). */
    since: string;
    /** Stays (spells) that began since then. */
    spells: number;
    /** New partnerships per 30 days over that time. */
    arrivalsPer30Days: number;
    /** Stages whose rates came from all of Africa because the region had too little history. */
    pooledStages: Stage[];
    runs: number;
    seed: number;
  };
}
