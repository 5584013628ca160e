import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { forecastInputFrom, type ForecastPartnership } from './input';

const signedOne: ForecastPartnership = {
  cohort: '500in5',
  region: 'Western',
  signedAt: '2025-06-01',
  stageHistory: [
    { stage: 'interest', at: '2024-01-10T09:00:00.000Z' },
    { stage: 'proposal', at: '2025-01-09T09:00:00.000Z' },
    { stage: 'signed', at: '2025-06-01T10:00:00.000Z' },
  ],
};
const preexisting: ForecastPartnership = { ...signedOne, cohort: 'preexisting' };
const closed: ForecastPartnership = {
  cohort: '500in5',
  region: 'Eastern',
  signedAt: null,
  stageHistory: [
    { stage: 'prospect', at: '2023-01-01T09:00:00.000Z' },
    { stage: 'closed', at: '2025-03-01T09:00:00.000Z' },
  ],
};

describe('forecastInputFrom', () => {
  it('reads the stays begun in the look-back, the open partnerships by age and the arrivals', () => {
    expect(forecastInputFrom([signedOne, preexisting, closed], DEFAULT_SETTINGS, '2025-12-31')).toEqual({
      asOf: '2025-12-31',
      since: '2023-12-31',
      spells: [
        { region: 'Eastern', stage: 'closed', next: null, days: 305, n: 1 },
        { region: 'Western', stage: 'interest', next: 'proposal', days: 365, n: 1 },
        { region: 'Western', stage: 'proposal', next: 'signed', days: 143, n: 1 },
        { region: 'Western', stage: 'signed', next: null, days: 213, n: 1 },
      ],
      open: [{ region: 'Western', stage: 'signed', days: 213, counted: true, n: 1 }],
      arrivals: [{ region: 'Western', stage: 'interest', n: 1 }],
    });
  });

  it('as of a past day, knows nothing after it', () => {
    expect(forecastInputFrom([signedOne, closed], DEFAULT_SETTINGS, '2025-02-01')).toMatchObject({
      open: [
        { region: 'Eastern', stage: 'prospect', days: 762, counted: false, n: 1 },
        { region: 'Western', stage: 'proposal', days: 23, counted: false, n: 1 },
      ],
    });
  });
});
