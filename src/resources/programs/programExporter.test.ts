import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../../i18n';
import type { Program } from '../../domain/program';
import { toProgramExportRow } from './programExporter';

const program: Program = {
  id: 8,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  kind: 'j1_homestay',
  title: 'Homestay 2027',
  cycleYear: 2027,
  status: 'open',
  partnershipIds: [1],
  cityIds: [10, 11],
  focusArea: null,
  adults: null,
  youth: 9,
  deadline: '2027-02-15',
  notes: null,
};
const related = {
  cities: {
    10: { name: 'Accra', country: 'GH', admin1: '01', side: 'africa' },
    11: { name: 'Portland', country: 'US', admin1: 'ME', side: 'us' },
  },
  partnerships: { 1: { africanCityName: 'Accra', usCityName: 'Portland' } },
};

describe('toProgramExportRow', () => {
  it('names columns, kinds, statuses and links in the user’s language', () => {
    const translate = createI18nProvider('en').translate;
    expect(toProgramExportRow(program, related, translate)).toEqual({
      ID: 8,
      Title: 'Homestay 2027',
      Program: 'J-1 High School Homestay',
      'Cycle year': 2027,
      Status: 'Open',
      'Application deadline': '2027-02-15',
      Partnerships: 'Accra ↔ Portland',
      Cities: 'Accra, GH; Portland, ME, US',
      'Focus area': '',
      Adults: '',
      Youth: 9,
      Notes: '',
    });
  });
});
