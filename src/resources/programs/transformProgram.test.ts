import { describe, expect, it } from 'vitest';
import { programInputSchema } from '../../domain/program';
import { createI18nProvider } from '../../i18n';
import { validateProgram } from './ProgramInputs';
import { transformProgram } from './transformProgram';

const stored = {
  id: 5,
  version: 2,
  createdAt: '2024-01-02T10:00:00.000Z',
  updatedAt: '2024-01-03T10:00:00.000Z',
  kind: 'j1_homestay',
  title: ' J-1 homestay 2025 ',
  cycleYear: 2025,
  status: 'open',
  partnershipIds: [3, 3, 8],
  cityIds: [21, 40, 21],
  focusArea: '',
  adults: null,
  youth: 14,
  deadline: '2025-03-31T00:00:00.000Z',
  notes: '',
};

describe('transformProgram', () => {
  it('sends only writable fields and keeps the version for the conflict check', () => {
    const payload = transformProgram(stored);
    expect(payload).not.toHaveProperty('id');
    expect(payload).not.toHaveProperty('createdAt');
    expect(payload).not.toHaveProperty('updatedAt');
    expect(payload.version).toBe(2);
  });

  it('turns blanks into null, trims the title and lists each link once', () => {
    expect(transformProgram(stored)).toMatchObject({
      title: 'J-1 homestay 2025',
      focusArea: null,
      notes: null,
      partnershipIds: [3, 8],
      cityIds: [21, 40],
    });
  });

  it('sends the deadline as a calendar date', () => {
    expect(transformProgram(stored).deadline).toBe('2025-03-31');
    expect(transformProgram({ ...stored, deadline: '' }).deadline).toBeNull();
  });

  it('has no version on a new program', () => {
    expect(transformProgram({ ...stored, version: undefined })).not.toHaveProperty('version');
  });

  it('gives a payload the domain schema accepts', () => {
    expect(programInputSchema.safeParse(transformProgram(stored)).success).toBe(true);
  });
});

describe('validateProgram', () => {
  const valid = transformProgram(stored);

  it('accepts a cycle year from 2000 to 2100, and says so in both languages otherwise', () => {
    expect(validateProgram({ ...valid, cycleYear: 2000 })).toEqual({});
    expect(validateProgram({ ...valid, cycleYear: 2100 })).toEqual({});
    expect(validateProgram({ ...valid, cycleYear: 1999 })).toEqual({ cycleYear: 'app.validation.cycleYear' });
    expect(validateProgram({ ...valid, cycleYear: 2101 })).toEqual({ cycleYear: 'app.validation.cycleYear' });
    expect(createI18nProvider('en').translate('app.validation.cycleYear')).toBe('Enter a year between 2000 and 2100');
    expect(createI18nProvider('fr').translate('app.validation.cycleYear')).toBe('Saisissez une année entre 2000 et 2100');
  });
});
