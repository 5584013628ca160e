import { describe, expect, it } from 'vitest';
import { addDays, isStalled, STAGES } from '../../src/domain';
import { latestDay, stalledAfterOf } from './activity';

const TODAY = '2026-11-28';

describe('stalledAfterOf', () => {
  it('is before today exactly when isStalled says the partnership is stalled', () => {
    let stalled = 0;
    for (const stage of STAGES) {
      for (let quiet = 0; quiet <= 200; quiet++) {
        const day = addDays(TODAY, -quiet);
        const shapes = [
          { stage, lastActivityAt: day, firstContactAt: null, createdAt: '2020-01-01T00:00:00.000Z' },
          { stage, lastActivityAt: null, firstContactAt: day, createdAt: '2020-01-01T00:00:00.000Z' },
          { stage, lastActivityAt: null, firstContactAt: null, createdAt: `${day}T23:59:59.000Z` },
        ];
        for (const p of shapes) {
          const after = stalledAfterOf(p);
          expect(after !== null && after < TODAY, `${stage}, quiet ${quiet} days`).toBe(isStalled(p, TODAY));
          if (after !== null && after < TODAY) stalled++;
        }
      }
    }
    expect(stalled).toBeGreaterThan(0);
  });

  it('is null for the stages that cannot stall, and for a date it cannot read', () => {
    expect(stalledAfterOf({ stage: 'active', lastActivityAt: '2020-01-01', firstContactAt: null, createdAt: TODAY })).toBeNull();
    expect(stalledAfterOf({ stage: 'interest', lastActivityAt: '2026-10-01', firstContactAt: null, createdAt: TODAY })).toBe('2026-11-30');
    const unreadable = { stage: 'interest', lastActivityAt: 'Tuesday', firstContactAt: null, createdAt: TODAY } as const;
    expect(stalledAfterOf(unreadable)).toBeNull();
    expect(isStalled(unreadable, TODAY)).toBe(false);
  });
});

describe('latestDay', () => {
  it('is the latest of the days known, or null', () => {
    expect(latestDay(null, '2026-01-02', undefined, '2025-12-31')).toBe('2026-01-02');
    expect(latestDay(null, undefined)).toBeNull();
  });
});
