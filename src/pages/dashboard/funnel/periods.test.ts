import { describe, expect, it } from 'vitest';
import { quickPeriodOf, quickPeriods } from './periods';

const window = { startDate: '2023-03-01', years: 5 };

describe('quickPeriods', () => {
  it('ends each quick pick today: the initiative year so far, twelve months, since the start', () => {
    expect(quickPeriods({ ...window, asOf: '2026-11-28', currentYear: 4 })).toEqual({
      year: { from: '2026-03-01', to: '2026-11-28' },
      twelveMonths: { from: '2025-11-29', to: '2026-11-28' },
      sinceStart: { from: '2023-03-01', to: '2026-11-28' },
    });
  });

  it('takes the last initiative year whole once the window has passed', () => {
    expect(quickPeriods({ ...window, asOf: '2028-06-01', currentYear: 6 }).year).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('names the quick pick a period is, and none for a period of one’s own', () => {
    const periods = quickPeriods({ ...window, asOf: '2026-11-28', currentYear: 4 });
    expect(quickPeriodOf({ from: '2023-03-01', to: '2026-11-28' }, periods)).toBe('sinceStart');
    expect(quickPeriodOf({ from: '2023-03-02', to: '2026-11-28' }, periods)).toBeNull();
  });
});
