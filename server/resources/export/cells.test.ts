import { describe, expect, it } from 'vitest';
import { neutralise } from './cells';

describe('a cell of an export', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1 call back', '-2+3', '@SUM(A1:A9)', '\tindented', '\rreturn'])(
    'never starts a formula: %j gets an apostrophe in front',
    (text) => {
      expect(neutralise(text)).toBe(`'${text}`);
    },
  );

  it('keeps text that starts otherwise as it is', () => {
    expect(neutralise('Call the mayor = soon')).toBe('Call the mayor = soon');
    expect(neutralise('Lomé')).toBe('Lomé');
  });

  it('keeps numbers as numbers, negative ones too', () => {
    expect(neutralise(-33.92)).toBe(-33.92);
    expect(neutralise(0)).toBe(0);
  });

  it('leaves no value as an empty cell', () => {
    expect([neutralise(null), neutralise(undefined), neutralise('')]).toEqual([null, null, null]);
  });
});
