// @vitest-environment node
/**
 * Every figure of the progress dashboard comes from one counted set (DESIGN.md): on the
 * generated demo pipeline, for all of Africa and each AU region, and for each cohort, the
 * counted total, the year table, the region and focus-area breakdowns, the map's total and the
 * forecast's starting count equal the size of that set read as a list (the `counted` filter,
 * the list's own WHERE), and each other.
 */
import { expect, it } from 'vitest';
import { AU_REGIONS, COHORTS, FOCUS_AREAS, addDays, type AuRegion, type ProgressStats } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { initiativeCities } from '../../scripts/gazetteer';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { TODAY } from './dataset';
import { list } from './requests';

const gazetteer = initiativeCities();
let demo: SeedData | undefined;
const demoData = () => (demo ??= generateSeed({ gazetteer, today: TODAY }));

const REGIONS: Array<AuRegion | null> = [null, ...AU_REGIONS];
const COHORT_CHOICES = [null, ...COHORTS] as const;
const CASES = REGIONS.flatMap((region) => COHORT_CHOICES.map((cohort) => ({ region, cohort })));

async function answerOf(api: Backend, path: string) {
  const response = await api.request('GET', path);
  expect(response.status).toBe(200);
  return response.json;
}

const progressOf = (api: Backend, region: AuRegion | null): Promise<ProgressStats> =>
  answerOf(api, `/api/stats/progress${region ? `?region=${region}` : ''}`);

/** How many partnerships the list holds for the filter: its Content-Range total. */
async function listTotal(api: Backend, filter: Record<string, unknown>): Promise<number> {
  const response = await list(api, 'partnerships', { filter, range: [0, 0] });
  expect(response.status).toBe(200);
  return Number(response.headers.get('Content-Range')?.split('/')[1]);
}

describeContract('the figures agree', { data: demoData, reset: 'once', gazetteer }, ({ api }) => {
  it.each(CASES)('region $region, cohort $cohort: one counted set behind every figure', async ({ region, cohort }) => {
    const scope = { counted: true, ...(region ? { region } : {}), ...(cohort ? { cohort } : {}) };
    const stats = await progressOf(api(), region);
    // The counted set is the 500in5 cohort's: the pre-existing partnerships never count.
    const counts = cohort !== 'preexisting';
    const answer = (path: string) => answerOf(api(), path);
    const listed = (filter: Record<string, unknown>) => listTotal(api(), { ...scope, ...filter });
    const regions = region ? [region] : AU_REGIONS;

    expect({
      counted: await listed({}),
      byYear: await Promise.all(stats.byYear.map((year) => listed({ signedAt_gte: year.start, signedAt_lte: addDays(year.end, -1) }))),
      byFocusArea: Object.fromEntries(await Promise.all(FOCUS_AREAS.map(async (area) => [area, await listed({ focusAreas: [area] })]))),
      byRegion: Object.fromEntries(await Promise.all(regions.map(async (name) => [name, await listed({ region: name })]))),
      onTheMap: (await answer(`/api/stats/map?filter=${encodeURIComponent(JSON.stringify(scope))}`)).total,
    }).toEqual({
      counted: counts ? stats.counted : 0,
      byYear: stats.byYear.map((year) => (counts ? year.counted : 0)),
      byFocusArea: counts ? stats.byFocusArea : Object.fromEntries(FOCUS_AREAS.map((area) => [area, 0])),
      byRegion: Object.fromEntries(regions.map((name) => [name, counts ? stats.byRegion[name] : 0])),
      onTheMap: counts ? stats.counted : 0,
    });
    // The forecast starts from the same count.
    expect((await answer(`/api/stats/forecast${region ? `?region=${region}` : ''}`)).countedNow).toBe(stats.counted);
    // The figures among themselves: the years add up to the count, the regions to the count.
    expect(stats.byYear.reduce((sum, year) => sum + year.counted, 0)).toBe(stats.counted);
    expect(stats.byYear.at(-1)!.cumulative).toBe(stats.counted);
    expect(Object.values(stats.byRegion).reduce((sum, n) => sum + n, 0)).toBe(stats.counted);
    expect(await listTotal(api(), { counted: true })).toBe(stats.countedAllRegions);
  });
});
