// @vitest-environment node
/**
 * /api/stats/funnel equals computeFunnel (src/domain/funnel.ts), the funnel's one definition,
 * on the generated demo pipeline: for all of Africa and each AU region, each cohort and both,
 * over the default period (the initiative's start to today) and a year of the case's choosing.
 * Bad parameters are refused with a field error; every role reads it; a write shows at once.
 */
import { expect, it } from 'vitest';
import { AU_REGIONS, COHORTS, computeFunnel, DEFAULT_SETTINGS, ROLES, type AuRegion, type Cohort } from '../../src/domain';
import { generateSeed, type SeedData } from '../../src/domain/seed';
import { initiativeCities } from '../../scripts/gazetteer';
import type { Backend } from './backends';
import { describeContract } from './contract';
import { contractData, partnershipViews, TODAY } from './dataset';

const gazetteer = initiativeCities();
let demo: SeedData | undefined;
const demoData = () => (demo ??= generateSeed({ gazetteer, today: TODAY }));

const REGIONS: Array<AuRegion | null> = [null, ...AU_REGIONS];
const COHORT_CHOICES: Array<Cohort | null> = [null, ...COHORTS];
const PERIODS = [
  { from: DEFAULT_SETTINGS.startDate, to: TODAY, given: false },
  // From before the launch: the pre-existing partnerships were recorded the day before it.
  { from: '2023-01-01', to: '2024-06-30', given: true },
];
const CASES = REGIONS.flatMap((region) => COHORT_CHOICES.flatMap((cohort) => PERIODS.map((period) => ({ region, cohort, ...period }))));

const funnelPath = (params: Record<string, string | null | undefined>) => {
  const given = Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return `/api/stats/funnel${given.length > 0 ? `?${new URLSearchParams(given)}` : ''}`;
};

async function funnelOf(api: Backend, params: Record<string, string | null | undefined>) {
  const response = await api.request('GET', funnelPath(params));
  expect(response.status).toBe(200);
  return response.json;
}

describeContract('stage funnel', { data: demoData, reset: 'once', gazetteer }, ({ api }) => {
  it.each(CASES)('region $region, cohort $cohort, $from → $to: equal to computeFunnel on the same data', async ({ region, cohort, from, to, given }) => {
    const expected = computeFunnel(partnershipViews(demoData()), { from, to, region, cohort }, TODAY);
    expect(await funnelOf(api(), { region, cohort, ...(given ? { from, to } : {}) })).toEqual(expected);
  });

  it('compares funnels that hold stays: every region and cohort has some in the chosen period', () => {
    const { from, to } = PERIODS[1]!;
    const entered = CASES.filter((c) => c.given).map(({ region, cohort }) => ({
      region, cohort, entered: computeFunnel(partnershipViews(demoData()), { from, to, region, cohort }, TODAY).stages.reduce((sum, s) => sum + s.entered, 0),
    }));
    expect(entered.filter((c) => c.entered === 0)).toEqual([]);
  });

  it.each([
    ['an unknown region', { region: 'Atlantis' }, { region: 'app.validation.choice' }],
    ['an unknown cohort', { cohort: 'someday' }, { cohort: 'app.validation.choice' }],
    ['a day that is not one', { from: '2026-02-30' }, { from: 'app.validation.date' }],
    ['a period that ends before it starts', { from: '2026-03-01', to: '2026-02-01' }, { to: 'app.validation.endBeforeStart' }],
    ['an end before the initiative’s start', { to: '2020-01-01' }, { to: 'app.validation.endBeforeStart' }],
  ])('refuses %s with a field error', async (_case, params, errors) => {
    const response = await api().request('GET', funnelPath(params));
    expect({ status: response.status, json: response.json }).toEqual({ status: 400, json: { message: 'app.error.invalid', errors } });
  });

  it.each(ROLES)('the %s role reads it; without a session it is refused', async (role) => {
    const user = demoData().users.find((u) => u.role === role)!;
    const expected = computeFunnel(partnershipViews(demoData()), { from: DEFAULT_SETTINGS.startDate, to: TODAY, region: null, cohort: null }, TODAY);
    const response = await api().as(user.id).request('GET', '/api/stats/funnel');
    expect({ status: response.status, json: response.json }).toEqual({ status: 200, json: expected });
    expect((await api().as(null).request('GET', '/api/stats/funnel')).status).toBe(401);
  });
});

describeContract('stage funnel after a write', { data: contractData, reset: 'each' }, ({ api }) => {
  it('a move of stage shows at once', async () => {
    const scope = { from: DEFAULT_SETTINGS.startDate, to: TODAY, region: null, cohort: null };
    const before = await funnelOf(api(), {});
    expect(before).toEqual(computeFunnel(partnershipViews(contractData()), scope, TODAY));
    const moved = await api().request('PUT', '/api/partnerships/3', { version: 1, stage: 'signed', signedAt: '2026-11-20' });
    expect(moved.status).toBe(200);

    const data = contractData();
    const three = data.partnerships.find((p) => p.id === 3)!;
    three.stageHistory.push({ stage: 'signed', at: `${TODAY}T12:00:00.000Z`, by: 2, note: null });
    const after = await funnelOf(api(), {});
    expect(after).toEqual(computeFunnel(partnershipViews(data), scope, TODAY));
    expect(after.stages.find((s: { stage: string }) => s.stage === 'signed').entered).toBe(
      before.stages.find((s: { stage: string }) => s.stage === 'signed').entered + 1,
    );
  });
});
