import { daysBetween, type ForecastPoint } from '../domain';
import { progressSeries, type ProgressChartData } from './progressSeries';

/** What the fan chart draws: the count so far (from the progress response) and the simulated path ahead. */
export interface ForecastFanData {
  progress: ProgressChartData;
  /** Month ends from today to the window's end, each with the simulated count's quantiles. */
  path: ForecastPoint[];
  /** The line to reach; null for a region, which has no target of its own (decision 006). */
  target: number | null;
}

/** One point on the initiative-year axis; each series has values only where it is defined. */
export interface FanPoint {
  x: number;
  counted?: number;
  /** [low, high] pairs: recharts draws an area between them. */
  band90?: [number, number];
  band50?: [number, number];
  median?: number;
}

/** Where a date falls on the axis: its year's number less the share of that year still to come. */
export function yearPosition(progress: ProgressChartData, date: string): number {
  const index = progress.byYear.findIndex((year) => date < year.end);
  if (index < 0) return progress.years;
  const year = progress.byYear[index]!;
  const fraction = daysBetween(year.start, date) / daysBetween(year.start, year.end);
  return index + Math.min(Math.max(fraction, 0), 1);
}

/**
 * The chart's points: the counted series of the progress chart up to today, then the fan from
 * today (where every quantile is today's count) to the window's end.
 */
export function forecastSeries({ progress, path }: ForecastFanData): FanPoint[] {
  const points = new Map<number, FanPoint>();
  for (const point of progressSeries(progress)) {
    if (point.actual !== undefined) points.set(point.x, { x: point.x, counted: point.actual });
  }
  for (const step of path) {
    const x = yearPosition(progress, step.date);
    points.set(x, {
      ...points.get(x),
      x,
      band90: [step.p5, step.p95],
      band50: [step.p25, step.p75],
      median: step.median,
    });
  }
  return [...points.values()].sort((a, b) => a.x - b.x);
}
