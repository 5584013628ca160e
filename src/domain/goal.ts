import { addYears, daysBetween } from './common';
import { AU_REGIONS, type AuRegion } from './regions';
import { FOCUS_AREAS, isStalled, type FocusArea, type Partnership } from './partnership';
import type { Settings } from './settings';
import { PRE_SIGNATURE, STAGES, type Stage } from './stages';

/** The fields of a partnership the goal figures read. */
export type GoalPartnership = Pick<
  Partnership,
  | 'cohort'
  | 'stage'
  | 'signedAt'
  | 'region'
  | 'africanCityId'
  | 'focusAreas'
  | 'lastActivityAt'
  | 'firstContactAt'
  | 'createdAt'
>;

/** The stages in which a partnership signed inside the window counts toward the goal. */
export const COUNTED_STAGES: readonly Stage[] = ['signed', 'active', 'dormant'];

/** First day after the initiative's window. */
export const windowEnd = (settings: Settings) => addYears(settings.startDate, settings.years);

/**
 * Signed inside the initiative's window, in a counted stage, of the 500in5 cohort: what a
 * write alone decides, and so what the server's counters keep. countsTowardGoal adds the day.
 */
export function countsInWindow(p: Pick<GoalPartnership, 'cohort' | 'stage' | 'signedAt'>, settings: Settings): boolean {
  return (
    p.cohort === '500in5' &&
    COUNTED_STAGES.includes(p.stage) &&
    !!p.signedAt &&
    p.signedAt >= settings.startDate &&
    p.signedAt < windowEnd(settings)
  );
}

/**
 * THE definition of the goal: a partnership of the 500in5 cohort, signed inside the
 * initiative's window and not after today, that is signed, active or dormant. A signing date
 * still to come (stored before dates were checked) counts from that day, so every figure of
 * the dashboard reads the same set (decision 014). The SQL and the counters are tested
 * against it.
 */
export function countsTowardGoal(p: Pick<GoalPartnership, 'cohort' | 'stage' | 'signedAt'>, settings: Settings, today: string): boolean {
  return countsInWindow(p, settings) && p.signedAt! <= today;
}

/** Initiative year (1…years) that a date falls in; 0 before the start, years + 1 after the end. */
export function initiativeYear(date: string, settings: Settings): number {
  if (date < settings.startDate) return 0;
  for (let year = 1; year <= settings.years; year++) {
    if (date < addYears(settings.startDate, year)) return year;
  }
  return settings.years + 1;
}

export interface YearProgress {
  year: number;
  /** First day of the initiative year and first day after it. */
  start: string;
  end: string;
  counted: number;
  cumulative: number;
  target: number;
}

export interface ProgressStats {
  asOf: string;
  region: AuRegion | null;
  startDate: string;
  endDate: string;
  years: number;
  target: number;
  counted: number;
  /** Counted across all regions: what a region's count is a share of (equals `counted` without a region). */
  countedAllRegions: number;
  /** Distinct African cities in counted partnerships. */
  africanCities: number;
  /** Initiative year today falls in (0 before the start, years + 1 after the end). */
  currentYear: number;
  /** Where today's pace (counted per day so far) lands at the end of the window. */
  projected: number;
  /** Partnerships to sign per month from today to reach the target in time. */
  neededPerMonth: number;
  /** Unsigned partnerships quiet for longer than their stage allows. */
  stalled: number;
  /** Partnerships of the 500in5 cohort still before signature. */
  inPipeline: number;
  byYear: YearProgress[];
  /** 500in5 partnerships by current stage. */
  byStage: Record<Stage, number>;
  /** Counted partnerships by AU region of the African city. */
  byRegion: Record<AuRegion, number>;
  /** Counted partnerships by focus area (a partnership may have several). */
  byFocusArea: Record<FocusArea, number>;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const DAYS_PER_MONTH = 365.25 / 12;

/** The pace figures, from the count so far and today's place in the window. */
export function paceFigures(counted: number, settings: Settings, today: string) {
  const end = windowEnd(settings);
  const totalDays = daysBetween(settings.startDate, end);
  const elapsed = Math.min(Math.max(daysBetween(settings.startDate, today), 0), totalDays);
  const projected = elapsed > 0 ? Math.round((counted / elapsed) * totalDays) : 0;
  const monthsLeft = Math.max(daysBetween(today, end), 0) / DAYS_PER_MONTH;
  const remaining = Math.max(settings.target - counted, 0);
  const neededPerMonth =
    remaining === 0 ? 0 : monthsLeft < 1 ? remaining : Math.round((remaining / monthsLeft) * 10) / 10;
  return { projected, neededPerMonth };
}

/**
 * The progress series: partnerships counted in each initiative year (index 0 = year 1),
 * cumulated, beside the cumulative milestones. The one builder of `byYear`.
 */
export function yearSeries(countedPerYear: readonly number[], settings: Settings): YearProgress[] {
  let cumulative = 0;
  return Array.from({ length: settings.years }, (_, index) => {
    const counted = countedPerYear[index] ?? 0;
    cumulative += counted;
    return {
      year: index + 1,
      start: addYears(settings.startDate, index),
      end: addYears(settings.startDate, index + 1),
      counted,
      cumulative,
      target: settings.milestones[index] ?? settings.target,
    };
  });
}

/** What is counted of the partnerships; every other figure of the dashboard follows from it. */
export interface ProgressCounts {
  counted: number;
  countedAllRegions: number;
  africanCities: number;
  stalled: number;
  /** Counted partnerships signed in initiative year 1, 2, … */
  perYear: number[];
  byStage: Record<Stage, number>;
  byRegion: Record<AuRegion, number>;
  byFocusArea: Record<FocusArea, number>;
}

/** The dashboard's figures from the counts: the window, the pace, the pipeline and the series. */
export function progressStats(counts: ProgressCounts, settings: Settings, today: string, region: AuRegion | null): ProgressStats {
  const { perYear, ...figures } = counts;
  return {
    asOf: today,
    region,
    startDate: settings.startDate,
    endDate: windowEnd(settings),
    years: settings.years,
    target: settings.target,
    ...figures,
    currentYear: initiativeYear(today, settings),
    ...paceFigures(counts.counted, settings, today),
    inPipeline: PRE_SIGNATURE.reduce((sum, stage) => sum + counts.byStage[stage], 0),
    byYear: yearSeries(perYear, settings),
  };
}

/**
 * Every figure of the progress dashboard, from the partnerships (optionally of one AU
 * region). The reference implementation: the server computes the same in SQL.
 */
export function computeProgress(
  partnerships: Iterable<GoalPartnership>,
  settings: Settings,
  today: string,
  region: AuRegion | null = null,
): ProgressStats {
  const byStage = zeroes(STAGES);
  const byRegion = zeroes(AU_REGIONS);
  const byFocusArea = zeroes(FOCUS_AREAS);
  const countedByYear = Array.from({ length: settings.years + 2 }, () => 0);
  const cities = new Set<number>();
  let counted = 0;
  let countedAllRegions = 0;
  let stalled = 0;

  for (const p of partnerships) {
    if (countsTowardGoal(p, settings, today)) countedAllRegions++;
    if (region && p.region !== region) continue;
    if (isStalled(p, today)) stalled++;
    if (p.cohort !== '500in5') continue;
    byStage[p.stage]++;
    if (!countsTowardGoal(p, settings, today)) continue;
    counted++;
    cities.add(p.africanCityId);
    byRegion[p.region]++;
    for (const area of p.focusAreas) byFocusArea[area]++;
    countedByYear[initiativeYear(p.signedAt!, settings)]!++;
  }

  return progressStats(
    { counted, countedAllRegions, africanCities: cities.size, stalled, perYear: countedByYear.slice(1, settings.years + 1), byStage, byRegion, byFocusArea },
    settings,
    today,
    region,
  );
}

const total = (numbers: readonly number[]) => numbers.reduce((sum, n) => sum + n, 0);

/**
 * The figures of one progress answer that do not follow from its one counted set, by name:
 * the count, the year series, the regions and the cities must all read the same partnerships.
 * Empty when they agree; the tests ask it of every answer they compare.
 */
export function countedSetMismatches(stats: ProgressStats): string[] {
  const checks: Record<string, boolean> = {
    byYear: total(stats.byYear.map((year) => year.counted)) === stats.counted,
    cumulative: (stats.byYear.at(-1)?.cumulative ?? 0) === stats.counted,
    yearsToCome: stats.byYear.every((year) => year.year <= stats.currentYear || year.counted === 0),
    byRegion: total(Object.values(stats.byRegion)) === stats.counted,
    africanCities: stats.africanCities <= stats.counted && (stats.africanCities > 0) === (stats.counted > 0),
    byStage: stats.byStage.signed + stats.byStage.active + stats.byStage.dormant >= stats.counted,
    countedAllRegions: stats.countedAllRegions >= stats.counted,
  };
  return Object.keys(checks).filter((name) => !checks[name]);
}
