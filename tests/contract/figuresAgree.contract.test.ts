// @vitest-environment node
/**
 * Every figure of the progress dashboard comes from one counted set (DESIGN.md): on the
 * generated demo pipeline, for all of Africa and each AU region, and for each cohort, the
 * counted total, the year table, the region and focus-area breakdowns equal the size of that
 * set read as a list (the `counted` filter, the list's own WHERE), and each other.
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

async function progressOf(api: Backend, region: AuRegion | null): Promise<ProgressStats> {
  const response = await api.request('GET', `/api/stats/progress${region ? `?region=${region}` : ''}`);
  expect(response.status).toBe(200);
  return response.json;
}

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
    const counted = cohort === 'preexisting' ? 0 : stats.counted;
    expect(await listTotal(api(), scope)).toBe(counted);
    if (cohort === 'preexisting') return;

    expect(stats.byYear.reduce((sum, year) => sum + year.counted, 0)).toBe(stats.counted);
    expect(stats.byYear.at(-1)!.cumulative).toBe(stats.counted);
    for (const year of stats.byYear) {
      expect(await listTotal(api(), { ...scope, signedAt_gte: year.start, signedAt_lte: addDays(year.end, -1) }), `year ${year.year}`).toBe(year.counted);
    }
    for (const area of FOCUS_AREAS) {
      expect(await listTotal(api(), { ...scope, focusAreas: [area] }), area).toBe(stats.byFocusArea[area]);
    }
    const byRegion = region ? { [region]: stats.byRegion[region] } : stats.byRegion;
    for (const [name, n] of Object.entries(byRegion)) {
      expect(await listTotal(api(), { ...scope, region: name }), name).toBe(n);
    }
    expect(Object.values(stats.byRegion).reduce((sum, n) => sum + n, 0)).toBe(stats.counted);
    expect(await listTotal(api(), { counted: true })).toBe(stats.countedAllRegions);
  });
});
