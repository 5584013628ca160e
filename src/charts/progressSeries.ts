import { daysBetween, type ProgressStats } from '../domain';

/** The figures the progress chart draws: a slice of the progress response. */
export type ProgressChartData = Pick<
  ProgressStats,
  'asOf' | 'years' | 'target' | 'counted' | 'projected' | 'currentYear' | 'byYear'
>;

/**
 * One point on the chart's time axis, in initiative years since the start (0 = launch,
 * 1 = end of year one …). Each series has values only where it is defined.
 */
export interface ProgressPoint {
  x: number;
  /** Counted so far: at the end of each finished year, and today. */
  actual?: number;
  /** The cumulative milestone at the end of each year. */
  target?: number;
  /** Today's pace carried to the end of the window: from today's count to `projected`. */
  projection?: number;
}

export const isInWindow = (data: Pick<ProgressChartData, 'currentYear' | 'years'>) =>
  data.currentYear >= 1 && data.currentYear <= data.years;

/** Where today falls on the axis: inside the current year, by the days gone in it. */
export function todayPosition(data: ProgressChartData): number | null {
  if (!isInWindow(data)) return null;
  const year = data.byYear[data.currentYear - 1]!;
  const fraction = daysBetween(year.start, data.asOf) / daysBetween(year.start, year.end);
  return data.currentYear - 1 + Math.min(Math.max(fraction, 0), 1);
}

/**
 * The chart's points. Years to come carry no actual value: the count stops at today, and
 * from there the dashed projection shows where the pace leads by the end of year five.
 */
export function progressSeries(data: ProgressChartData): ProgressPoint[] {
  const started = data.currentYear >= 1;
  const points = new Map<number, ProgressPoint>([[0, { x: 0, target: 0, ...(started ? { actual: 0 } : {}) }]]);
  for (const year of data.byYear) {
    const finished = year.year < data.currentYear;
    points.set(year.year, { x: year.year, target: year.target, ...(finished ? { actual: year.cumulative } : {}) });
  }
  const today = todayPosition(data);
  if (today !== null) {
    const point = points.get(today) ?? { x: today };
    points.set(today, { ...point, actual: data.counted, projection: data.counted });
    const end = points.get(data.years)!;
    points.set(data.years, { ...end, projection: data.projected });
  }
  return [...points.values()].sort((a, b) => a.x - b.x);
}

/**
 * The value axis: on the milestones when they are drawn, up to the target at least; without
 * them, scaled to the count and its projection alone, so a small count is not drawn flat.
 */
export function valueAxis(data: ProgressChartData, showMilestones: boolean) {
  if (!showMilestones) return { ticks: undefined, domain: [0, (max: number) => Math.max(max, 1)] as const };
  return {
    ticks: [0, ...data.byYear.map((year) => year.target)],
    domain: [0, (max: number) => Math.max(max, data.target)] as const,
  };
}
