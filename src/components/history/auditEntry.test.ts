import { describe, expect, it } from 'vitest';
import { plainValue } from './auditEntry';

const words = { none: '—', yes: 'Yes', no: 'No' };

describe('plainValue', () => {
  it('shows a stored value as plain text', () => {
    expect(plainValue(null, words)).toBe('—');
    expect(plainValue('', words)).toBe('—');
    expect(plainValue(true, words)).toBe('Yes');
    expect(plainValue(12500, words)).toBe('12500');
    expect(plainValue(['arts_culture', 'youth_education'], words)).toBe('arts_culture, youth_education');
    expect(plainValue([], words)).toBe('—');
    expect(plainValue({ stage: 'signed' }, words)).toBe('{"stage":"signed"}');
  });
});
