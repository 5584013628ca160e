import { describe, expect, it } from 'vitest';
import { addMonths, isDayOrInstant, isoDate, optionalText, storableText } from './common';

describe('isoDate', () => {
  it('takes real days of the calendar, leap days included', () => {
    expect(['2026-11-28', '2028-02-29', '2026-12-31'].filter((day) => !isoDate.safeParse(day).success)).toEqual([]);
  });

  it('refuses days that do not exist, which Date.parse would roll over', () => {
    const days = ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5'];
    expect(days.map((day) => isoDate.safeParse(day).error?.issues[0]?.message)).toEqual(days.map(() => 'app.validation.date'));
  });
});

describe('storableText', () => {
  it('refuses NUL and half of a surrogate pair, keeps whole emoji and accents', () => {
    const texts = ['Ségou 🎉', 'a\u0000b', 'x\ud800', '\udc00y'];
    expect(texts.map((text) => storableText(50).safeParse(text).error?.issues[0]?.message ?? 'ok')).toEqual([
      'ok',
      'app.validation.characters',
      'app.validation.characters',
      'app.validation.characters',
    ]);
  });

  it('caps the length, as every free text field is', () => {
    expect(optionalText(5).safeParse('toolong').error?.issues[0]?.message).toBe('app.validation.tooLong');
  });
});

describe('isDayOrInstant', () => {
  it('takes a real day or an instant on one, nothing else', () => {
    const values = ['2026-11-28', '2026-11-28T10:00:00.000Z', '2026-13-45', '2026-02-30', '2026-11-28junk', '2026-11-28T99:99'];
    expect(values.map(isDayOrInstant)).toEqual([true, true, false, false, false, false]);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month, across years and backwards', () => {
    expect([addMonths('2026-12-05', 6), addMonths('2026-07-15', 6), addMonths('2026-03-10', -4)]).toEqual(['2027-06-05', '2027-01-15', '2025-11-10']);
  });

  it('falls on the last day of a shorter month, leap years included', () => {
    expect([addMonths('2026-08-31', 6), addMonths('2027-08-31', 6), addMonths('2026-01-31', 1), addMonths('2026-05-31', -1)]).toEqual([
      '2027-02-28',
      '2028-02-29',
      '2026-02-28',
      '2026-04-30',
    ]);
  });
});
