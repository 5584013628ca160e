import { describe, expect, it } from 'vitest';
import { isoDate } from './common';

describe('isoDate', () => {
  it('takes real days of the calendar, leap days included', () => {
    for (const day of ['2026-11-28', '2028-02-29', '2026-12-31']) expect(isoDate.safeParse(day).success, day).toBe(true);
  });

  it('refuses days that do not exist, which Date.parse would roll over', () => {
    for (const day of ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5']) {
      expect(isoDate.safeParse(day).error?.issues[0]?.message, day).toBe('app.validation.date');
    }
  });
});
