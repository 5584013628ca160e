import { describe, expect, it } from 'vitest';
import { blankToNull, uniqueIds } from './formValues';

describe('blankToNull', () => {
  it('trims text and turns blank or missing values into null', () => {
    expect(blankToNull('  Met the mayor ')).toBe('Met the mayor');
    expect(blankToNull('   ')).toBeNull();
    expect(blankToNull('')).toBeNull();
    expect(blankToNull(undefined)).toBeNull();
    expect(blankToNull(null)).toBeNull();
  });

  it('keeps numbers, booleans and lists as they are', () => {
    expect(blankToNull(0)).toBe(0);
    expect(blankToNull(false)).toBe(false);
    expect(blankToNull(['en'])).toEqual(['en']);
  });
});

describe('uniqueIds', () => {
  it('lists each id once, in the order picked, and nothing for a missing list', () => {
    expect(uniqueIds([4, 9, 4])).toEqual([4, 9]);
    expect(uniqueIds(undefined)).toEqual([]);
  });
});
