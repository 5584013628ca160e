import { describe, expect, it } from 'vitest';
import { computeProgress, countedSetMismatches, countsTowardGoal, initiativeYear, paceFigures, type GoalPartnership } from './goal';
import { DEFAULT_SETTINGS } from './settings';

const settings = DEFAULT_SETTINGS; // 2023-03-01, five years, 500
/** After the window: every date inside it has come. */
const LATER = '2030-01-01';
let nextCity = 1;
const partnership = (overrides: Partial<GoalPartnership> = {}): GoalPartnership => ({
  cohort: '500in5',
  stage: 'signed',
  signedAt: '2024-06-01',
  region: 'Western',
  africanCityId: nextCity++,
  focusAreas: ['youth_education'],
  lastActivityAt: '2026-11-01',
  firstContactAt: '2023-06-01',
  createdAt: '2023-06-01T10:00:00.000Z',
  ...overrides,
});

describe('what counts toward the goal', () => {
  it('counts a 500in5 partnership signed inside the window while signed, active or dormant', () => {
    for (const stage of ['signed', 'active', 'dormant'] as const) {
      expect(countsTowardGoal(partnership({ stage }), settings, LATER)).toBe(true);
    }
  });

  it('does not count stages before signature, ended or closed', () => {
    for (const stage of ['prospect', 'interest', 'exploring', 'proposal', 'approvals', 'ended', 'closed'] as const) {
      expect([stage, countsTowardGoal(partnership({ stage }), settings, LATER)]).toEqual([stage, false]);
    }
  });

  it('never counts a pre-existing partnership', () => {
    expect(countsTowardGoal(partnership({ cohort: 'preexisting' }), settings, LATER)).toBe(false);
  });

  it('counts from the first day of the window to its last, not a day outside', () => {
    expect(countsTowardGoal(partnership({ signedAt: '2023-02-28' }), settings, LATER)).toBe(false);
    expect(countsTowardGoal(partnership({ signedAt: '2023-03-01' }), settings, LATER)).toBe(true);
    expect(countsTowardGoal(partnership({ signedAt: '2028-02-29' }), settings, LATER)).toBe(true);
    expect(countsTowardGoal(partnership({ signedAt: '2028-03-01' }), settings, LATER)).toBe(false);
    expect(countsTowardGoal(partnership({ signedAt: null }), settings, LATER)).toBe(false);
  });
});

describe('initiative years', () => {
  it('runs from March to February', () => {
    expect(initiativeYear('2023-02-28', settings)).toBe(0);
    expect(initiativeYear('2023-03-01', settings)).toBe(1);
    expect(initiativeYear('2024-02-29', settings)).toBe(1);
    expect(initiativeYear('2024-03-01', settings)).toBe(2);
    expect(initiativeYear('2026-11-28', settings)).toBe(4);
    expect(initiativeYear('2028-03-01', settings)).toBe(6);
  });
});

describe('the progress series', () => {
  const data = [
    partnership({ signedAt: '2023-05-01', region: 'Northern', focusAreas: ['arts_culture', 'business_trade'] }),
    partnership({ signedAt: '2024-04-01', stage: 'active', region: 'Western' }),
    partnership({ signedAt: '2024-05-01', stage: 'dormant', region: 'Western', africanCityId: 1 }),
    partnership({ signedAt: '2026-01-10', region: 'Eastern' }),
    partnership({ signedAt: '2022-01-01', cohort: 'preexisting', stage: 'active' }),
    partnership({ stage: 'ended', signedAt: '2024-01-01' }),
    partnership({ stage: 'proposal', signedAt: null, lastActivityAt: '2026-01-01' }), // stalled
    partnership({ stage: 'interest', signedAt: null, lastActivityAt: '2026-11-20' }),
    partnership({ stage: 'prospect', signedAt: null, lastActivityAt: '2020-01-01' }), // prospects never stall
  ];
  const progress = computeProgress(data, settings, '2026-11-28');

  it('counts per initiative year and cumulates against the milestones', () => {
    expect(progress.counted).toBe(4);
    expect(progress.byYear.map((y) => [y.year, y.counted, y.cumulative, y.target])).toEqual([
      [1, 1, 1, 100],
      [2, 2, 3, 200],
      [3, 1, 4, 300],
      [4, 0, 4, 400],
      [5, 0, 4, 500],
    ]);
    expect(progress.byYear[0]).toMatchObject({ start: '2023-03-01', end: '2024-03-01' });
    expect(progress.currentYear).toBe(4);
  });

  it('counts distinct African cities, regions, focus areas and stages', () => {
    expect(progress.africanCities).toBe(3);
    expect(progress.byRegion).toEqual({ Northern: 1, Western: 2, Central: 0, Eastern: 1, Southern: 0 });
    expect(progress.byFocusArea).toEqual({ arts_culture: 1, business_trade: 1, community_development: 0, youth_education: 3 });
    expect(progress.byStage).toMatchObject({ signed: 2, active: 1, dormant: 1, ended: 1, proposal: 1, interest: 1, prospect: 1 });
    expect(progress.inPipeline).toBe(3);
    expect(progress.stalled).toBe(1);
  });

  it('draws every figure from the one counted set', () => {
    expect(countedSetMismatches(progress)).toEqual([]);
  });

  it('leaves out a signing date after today from every figure, the card and the year table alike', () => {
    // Stored before dates were checked: signed next initiative year, and later this one.
    const withFuture = [...data, partnership({ signedAt: '2027-03-01', region: 'Central' }), partnership({ signedAt: '2026-12-20', region: 'Central' })];
    const today = computeProgress(withFuture, settings, '2026-11-28');
    expect(countedSetMismatches(today)).toEqual([]);
    expect(today.counted).toBe(4);
    expect(today.byYear).toEqual(progress.byYear);
    expect(today.byRegion.Central).toBe(0);
    expect(today.byStage.signed).toBe(progress.byStage.signed + 2);
    const thatDay = computeProgress(withFuture, settings, '2027-03-01');
    expect(countedSetMismatches(thatDay)).toEqual([]);
    expect(thatDay.counted).toBe(6);
    expect(thatDay.byYear.map((y) => y.counted)).toEqual([1, 2, 1, 1, 1]);
  });

  it('keeps to one region when asked', () => {
    const western = computeProgress(data, settings, '2026-11-28', 'Western');
    expect(western.counted).toBe(2);
    expect(western.countedAllRegions).toBe(4);
    expect(progress.countedAllRegions).toBe(4);
    expect(western.byRegion.Northern).toBe(0);
    expect(western.region).toBe('Western');
  });
});

describe('pace', () => {
  it('projects today’s pace to the end of the window', () => {
    // Half-way through (912.5 of 1827 days) with 250 counted lands near 500.
    const { projected } = paceFigures(250, settings, '2025-08-31');
    expect(projected).toBeGreaterThanOrEqual(499);
    expect(projected).toBeLessThanOrEqual(502);
  });

  it('spreads what is left over the months left', () => {
    // 2027-03-01 → 2028-03-01 is 12 months; 240 left → 20 a month.
    expect(paceFigures(260, settings, '2027-03-01').neededPerMonth).toBe(20);
    expect(paceFigures(500, settings, '2027-03-01').neededPerMonth).toBe(0);
  });

  it('has no pace before the start, and asks for all that is left after the end', () => {
    expect(paceFigures(0, settings, '2023-01-01').projected).toBe(0);
    expect(paceFigures(400, settings, '2028-06-01').neededPerMonth).toBe(100);
  });
});
