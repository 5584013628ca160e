import { describe, expect, it } from 'vitest';
import { isoDate } from './common';

describe('isoDate', () => {
  it('takes real days of the calendar, leap days included', () => {
    expect(['2026-11-28', '2028-02-29', '2026-12-31'].filter((day) => !isoDate.safeParse(day).success)).toEqual([]);
  });

  it('refuses days that do not exist, which Date.parse would roll over', () => {
    const days = ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5'];
    expect(days.map((day) => isoDate.safeParse(day).error?.issues[0]?.message)).toEqual(days.map(() => 'app.validation.date'));
  });
});
