import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { forecastsFrom } from './forecast';
import type { ForecastInput, OpenGroup, SpellGroup } from './input';
import { MIN_COMPLETED_STAYS } from './pools';

const ASOF = '2026-01-01';
const settings: Settings = { ...DEFAULT_SETTINGS, target: 15 };
const input = (spells: SpellGroup[], open: OpenGroup[]): ForecastInput => ({ asOf: ASOF, since: '2024-01-01', spells, open, arrivals: [] });
const stays = (stage: SpellGroup['stage'], next: SpellGroup['next'], days: number, n = 30, region: SpellGroup['region'] = 'Western'): SpellGroup => ({ region, stage, next, days, n });
const signedFive: OpenGroup = { region: 'Western', stage: 'active', days: 200, counted: true, n: 5 };
const allAfrica = (i: ForecastInput, runs = 200, seed?: number) => forecastsFrom(i, settings, { runs, leverRuns: runs, seed }).get(null)!;

describe('the forecast on histories with known answers', () => {
  it('every stay converts in exactly 30 days: a certain outcome, on the day it comes', () => {
    const forecast = allAfrica(input(
      [stays('proposal', 'approvals', 30), stays('approvals', 'signed', 30)],
      [signedFive, { region: 'Western', stage: 'proposal', days: 10, counted: false, n: 10 }],
    ));
    // Ten proposals leave at day 20, are signed at day 50 (2026-02-20): 5 + 10 from then on.
    expect(forecast.atEnd).toEqual({ p5: 15, p25: 15, median: 15, p75: 15, p95: 15 });
    expect(forecast.probabilityOfTarget).toBe(1);
    expect(forecast.countedNow).toBe(5);
    expect(forecast.path.slice(0, 3).map(({ date, median }) => [date, median])).toEqual([['2026-01-01', 5], ['2026-01-31', 5], ['2026-02-28', 15]]);
    expect(forecast.path.at(-1)).toMatchObject({ date: '2028-02-29', p5: 15, p95: 15 });
  });

  it('a stage that never converts: probability 0 and the median is the count today', () => {
    const forecast = allAfrica(input(
      [stays('proposal', 'closed', 30), stays('approvals', 'signed', 30)],
      [signedFive, { region: 'Western', stage: 'proposal', days: 10, counted: false, n: 10 }],
    ));
    expect(forecast.probabilityOfTarget).toBe(0);
    expect(forecast.atEnd.median).toBe(forecast.countedNow);
  });

  it('stays still open and longer than the age say "at least": nobody moves', () => {
    const open = [signedFive, { region: 'Western', stage: 'proposal', days: 100, counted: false, n: 10 } as const];
    const censored = allAfrica(input([stays('proposal', null, 400), stays('approvals', 'signed', 30)], open));
    expect(censored.atEnd).toEqual({ p5: 5, p25: 5, median: 5, p75: 5, p95: 5 });
    // The same stays, completed, do move them.
    const completed = allAfrica(input([stays('proposal', 'approvals', 400), stays('approvals', 'signed', 30)], open));
    expect(completed.atEnd.median).toBe(15);
  });

  it('is the same for the same seed, and another seed may differ', () => {
    const spread = Array.from({ length: 40 }, (_, day) => stays('proposal', day % 2 ? 'approvals' : 'closed', 100 + day * 20, 1));
    const i = input([...spread, stays('approvals', 'signed', 30)], [{ region: 'Western', stage: 'proposal', days: 10, counted: false, n: 40 }]);
    expect(allAfrica(i, 100, 1)).toEqual(allAfrica(i, 100, 1));
    expect(allAfrica(i, 100, 1).path).not.toEqual(allAfrica(i, 100, 2).path);
  });

  it('a region with too few stays of a stage is simulated from all of Africa', () => {
    const i = input(
      [stays('proposal', 'approvals', 30), stays('approvals', 'signed', 30), stays('proposal', 'closed', 30, MIN_COMPLETED_STAYS - 1, 'Eastern')],
      [{ region: 'Eastern', stage: 'proposal', days: 10, counted: false, n: 10 }],
    );
    const eastern = forecastsFrom(i, settings, { runs: 200 }).get('Eastern')!;
    expect(eastern.basis.pooledStages).toEqual(['proposal', 'approvals']);
    expect(eastern.atEnd.p5).toBeGreaterThan(0);
  });

  it('ranks first the stage whose improvement must matter most', () => {
    const forecast = allAfrica(input(
      [stays('proposal', 'approvals', 10), stays('proposal', 'closed', 10), stays('approvals', 'signed', 10)],
      [{ region: 'Western', stage: 'proposal', days: 0, counted: false, n: 100 }],
    ), 400);
    expect(forecast.levers[0]).toMatchObject({ stage: 'proposal', lever: 'conversion' });
    expect(forecast.levers[0]!.medianGain).toBeGreaterThan(5);
    expect(forecast.levers.slice(1).every((lever) => lever.medianGain === 0)).toBe(true);
  });
});
