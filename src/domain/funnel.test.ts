import { describe, expect, it } from 'vitest';
import { computeFunnel, funnelQuerySchema, medianOfCounts, type FunnelPartnership, type FunnelStep } from './funnel';
import type { Stage } from './stages';

const TODAY = '2026-06-30';
const FIRST_QUARTER = { from: '2026-01-01', to: '2026-03-31', region: null, cohort: null } as const;

const p = (region: FunnelPartnership['region'], cohort: FunnelPartnership['cohort'], moves: Array<[Stage, string]>): FunnelPartnership => ({
  region,
  cohort,
  stageHistory: moves.map(([stage, at]) => ({ stage, at: at.length === 10 ? `${at}T10:00:00.000Z` : at })),
});

// Six little histories; the figures below are counted from them by hand.
const PARTNERSHIPS = [
  // A: a prospect from before the period, then interest 30 days → exploring 60 days → proposal (after the period).
  p('Western', '500in5', [['prospect', '2025-12-20'], ['interest', '2026-01-10'], ['exploring', '2026-02-09'], ['proposal', '2026-04-10']]),
  // B: prospect 10 days → interest 60 days → closed.
  p('Western', '500in5', [['prospect', '2026-01-05'], ['interest', '2026-01-15'], ['closed', '2026-03-16']]),
  // C: pre-existing, signed 10 days → active 90 days → dormant.
  p('Eastern', 'preexisting', [['signed', '2026-02-01'], ['active', '2026-02-11'], ['dormant', '2026-05-12']]),
  // D: prospect 1 day (moved late at night) → interest 20 days → back to prospect, still there.
  p('Eastern', '500in5', [['prospect', '2026-03-01'], ['interest', '2026-03-02T23:59:00.000Z'], ['prospect', '2026-03-22']]),
  // E: interest from the period's last day; its move after today is not known yet. Written out of order.
  p('Western', '500in5', [['exploring', '2026-07-05'], ['interest', '2026-03-31T23:00:00.000Z']]),
  // F: active from the period's first day, 20 days → ended.
  p('Central', '500in5', [['active', '2026-01-01'], ['ended', '2026-01-21']]),
];

const step = (stage: FunnelStep['stage'], figures: Partial<FunnelStep> = {}): FunnelStep => ({
  stage, entered: 0, advanced: 0, back: 0, exited: 0, stillThere: 0, conversion: null, medianDays: null, ...figures,
});

describe('computeFunnel', () => {
  it('follows every stay begun in the period to today, for all of Africa and both cohorts', () => {
    expect(computeFunnel(PARTNERSHIPS, FIRST_QUARTER, TODAY)).toEqual({
      ...FIRST_QUARTER,
      stages: [
        step('prospect', { entered: 3, advanced: 2, stillThere: 1, conversion: 1, medianDays: 5.5 }),
        step('interest', { entered: 4, advanced: 1, back: 1, exited: 1, stillThere: 1, conversion: 1 / 3, medianDays: 30 }),
        step('exploring', { entered: 1, advanced: 1, conversion: 1, medianDays: 60 }),
        step('proposal'),
        step('approvals'),
        step('signed', { entered: 1, advanced: 1, conversion: 1, medianDays: 10 }),
        step('active', { entered: 2, exited: 2, conversion: 0, medianDays: 55 }),
      ],
      exits: { closed: 1, dormant: 1, ended: 1 },
    });
  });

  it('keeps to one region', () => {
    const western = { ...FIRST_QUARTER, region: 'Western' } as const;
    const funnel = computeFunnel(PARTNERSHIPS, western, TODAY);
    expect(funnel.stages.slice(0, 3)).toEqual([
      step('prospect', { entered: 1, advanced: 1, conversion: 1, medianDays: 10 }),
      step('interest', { entered: 3, advanced: 1, exited: 1, stillThere: 1, conversion: 0.5, medianDays: 45 }),
      step('exploring', { entered: 1, advanced: 1, conversion: 1, medianDays: 60 }),
    ]);
    expect(funnel.stages.slice(3).every((s) => s.entered === 0)).toBe(true);
    expect(funnel.exits).toEqual({ closed: 1, dormant: 0, ended: 0 });
  });

  it('keeps to one cohort', () => {
    const funnel = computeFunnel(PARTNERSHIPS, { ...FIRST_QUARTER, cohort: 'preexisting' }, TODAY);
    expect(funnel.stages.filter((s) => s.entered > 0)).toEqual([
      step('signed', { entered: 1, advanced: 1, conversion: 1, medianDays: 10 }),
      step('active', { entered: 1, exited: 1, conversion: 0, medianDays: 90 }),
    ]);
    expect(funnel.exits).toEqual({ closed: 0, dormant: 1, ended: 0 });
  });

  it('counts only the stays that began in the period, however long they lasted after it', () => {
    const february = { ...FIRST_QUARTER, from: '2026-02-01', to: '2026-02-28' };
    expect(computeFunnel(PARTNERSHIPS, february, TODAY).stages.filter((s) => s.entered > 0)).toEqual([
      step('exploring', { entered: 1, advanced: 1, conversion: 1, medianDays: 60 }),
      step('signed', { entered: 1, advanced: 1, conversion: 1, medianDays: 10 }),
      step('active', { entered: 1, exited: 1, conversion: 0, medianDays: 90 }),
    ]);
  });
});

describe('medianOfCounts', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(medianOfCounts([{ value: 7, n: 1 }, { value: 3, n: 2 }])).toBe(3);
    expect(medianOfCounts([{ value: 10, n: 1 }, { value: 1, n: 1 }])).toBe(5.5);
    expect(medianOfCounts([{ value: 4, n: 2 }, { value: 9, n: 2 }])).toBe(6.5);
    expect(medianOfCounts([])).toBeNull();
  });
});

const errors = (query: Record<string, string>) => funnelQuerySchema.safeParse(query).error?.issues.map((i) => [i.path[0], i.message]);

describe('funnelQuerySchema', () => {
  it('refuses a period that ends before it starts, an unknown region and a date that is not one', () => {
    expect(errors({ from: '2026-03-01', to: '2026-02-01' })).toEqual([['to', 'app.validation.endBeforeStart']]);
    expect(errors({ region: 'Atlantis' })).toEqual([['region', 'app.validation.choice']]);
    expect(errors({ from: '2026-02-30' })).toEqual([['from', 'app.validation.date']]);
    expect(funnelQuerySchema.parse({ cohort: 'preexisting', from: '2026-01-01', to: '2026-01-01' })).toEqual({
      cohort: 'preexisting', from: '2026-01-01', to: '2026-01-01',
    });
  });
});
