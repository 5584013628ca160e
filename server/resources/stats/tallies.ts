import {
  AU_REGIONS,
  progressStats,
  FOCUS_AREAS,
  STAGES,
  type AuRegion,
  type FocusArea,
  type ProgressStats,
  type Settings,
  type Stage,
} from '../../../src/domain';

/** What the database counts for one AU region; the progress figures are sums of these. */
export interface RegionTallies {
  /** Counted partnerships signed in initiative year 1, 2, … */
  countedByYear: number[];
  /** Distinct African cities in counted partnerships (a city lies in one region only). */
  africanCities: number;
  byFocusArea: Record<FocusArea, number>;
  /** Partnerships of the 500in5 cohort by stage. */
  byStage: Record<Stage, number>;
  stalled: number;
}

export type Tallies = Record<AuRegion, RegionTallies>;

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function emptyTallies(settings: Settings): Tallies {
  const empty = (): RegionTallies => ({
    countedByYear: Array.from({ length: settings.years }, () => 0),
    africanCities: 0,
    byFocusArea: zeroes(FOCUS_AREAS),
    byStage: zeroes(STAGES),
    stalled: 0,
  });
  return Object.fromEntries(AU_REGIONS.map((region) => [region, empty()])) as Tallies;
}

const total = (numbers: readonly number[]) => numbers.reduce((sum, n) => sum + n, 0);

function sumOf<K extends string>(keys: readonly K[], records: ReadonlyArray<Record<K, number>>): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, total(records.map((record) => record[key]))])) as Record<K, number>;
}

/**
 * The dashboard's figures for all of Africa or one AU region, from the per-region tallies:
 * the object computeProgress (src/domain/goal.ts) builds, which the tests compare it with.
 */
export function progressFrom(tallies: Tallies, settings: Settings, today: string, region: AuRegion | null): ProgressStats {
  const regions = region ? [region] : AU_REGIONS;
  const scoped = regions.map((r) => tallies[r]);
  const countedIn = (t: RegionTallies) => total(t.countedByYear);
  const perYear = Array.from({ length: settings.years }, (_, index) => total(scoped.map((t) => t.countedByYear[index] ?? 0)));
  return progressStats(
    {
      counted: total(scoped.map(countedIn)),
      countedAllRegions: total(AU_REGIONS.map((r) => countedIn(tallies[r]))),
      africanCities: total(scoped.map((t) => t.africanCities)),
      stalled: total(scoped.map((t) => t.stalled)),
      perYear,
      byStage: sumOf(STAGES, scoped.map((t) => t.byStage)),
      byRegion: Object.fromEntries(AU_REGIONS.map((r) => [r, regions.includes(r) ? countedIn(tallies[r]) : 0])) as Record<AuRegion, number>,
      byFocusArea: sumOf(FOCUS_AREAS, scoped.map((t) => t.byFocusArea)),
    },
    settings,
    today,
    region,
  );
}
