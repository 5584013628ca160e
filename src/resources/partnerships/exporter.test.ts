import { describe, expect, it } from 'vitest';
import type { TranslateFunction } from 'react-admin';
import type { Partnership } from '../../domain';
import { catalogues } from '../../i18n';
import { toExportRow } from './exporter';

/** Looks keys up in the real catalogue, so a missing label fails the test. */
function translatorFor(locale: 'en' | 'fr'): TranslateFunction {
  return (key: string) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogues[locale]);
    if (typeof value !== 'string') throw new Error(`missing ${key}`);
    return value.split(' |||| ')[0]!;
  };
}

const partnership = {
  id: 41,
  africanCityName: 'Kisumu',
  country: 'KE',
  usCityName: 'Roanoke',
  usState: 'VA',
  region: 'Eastern',
  stage: 'signed',
  stalled: false,
  kind: 'sister',
  cohort: '500in5',
  focusAreas: ['youth_education', 'business_trade'],
  firstContactAt: '2023-05-04',
  signedAt: '2024-09-12',
  sciRecognizedAt: null,
  lastActivityAt: '2025-01-20',
  nextStep: 'Youth exchange call',
  nextStepDue: null,
} as unknown as Partnership;

describe('toExportRow', () => {
  it('writes names a person can read, with titled columns in a sensible order', () => {
    const row = toExportRow(partnership, translatorFor('en'));
    expect(Object.keys(row).slice(-3)).toEqual(['Last activity', 'Next step', 'Next step due']);
    expect(row).toEqual({
      Number: 41,
      'African city': 'Kisumu',
      Country: 'KE',
      'US city': 'Roanoke',
      'US state': 'VA',
      'AU region': 'Eastern Africa',
      Stage: 'Signed',
      Stalled: 'No',
      Kind: 'Sister city',
      Cohort: '500 in 5',
      'Focus areas': 'Youth & education; Business & trade',
      'First contact': '2023-05-04',
      'Signed on': '2024-09-12',
      'Recognised by SCI': '',
      'Last activity': '2025-01-20',
      'Next step': 'Youth exchange call',
      'Next step due': '',
    });
  });

  it('speaks the user’s language', () => {
    const row = toExportRow({ ...partnership, stage: 'dormant', stalled: true }, translatorFor('fr'));
    expect(row).toMatchObject({ Étape: 'En sommeil', 'Au point mort': 'Oui', 'Région de l’UA': "Afrique de l'Est" });
  });
});
