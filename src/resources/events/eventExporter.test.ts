import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../../i18n';
import type { SciEvent } from '../../domain/event';
import { toEventExportRow } from './eventExporter';

const event: SciEvent = {
  id: 4,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  type: 'delegation_visit',
  title: 'Trade mission',
  startsAt: '2026-05-04T14:00:00.000Z',
  endsAt: null,
  cityId: 10,
  virtual: false,
  partnershipIds: [1, 2, 99],
  focusArea: 'business_trade',
  adults: 12,
  youth: null,
  outcome: null,
  notes: 'Follow up in June',
};
const related = {
  cities: { 10: { name: 'Dayton', admin1: 'OH', country: 'US', side: 'us' } },
  partnerships: {
    1: { africanCityName: 'Accra', usCityName: 'Chicago' },
    2: { africanCityName: 'Lomé', usCityName: 'Dayton' },
  },
};

describe('toEventExportRow', () => {
  it('names columns, types and links in the user’s language', () => {
    const translate = createI18nProvider('fr').translate;
    expect(toEventExportRow(event, related, translate)).toEqual({
      ID: 4,
      Titre: 'Trade mission',
      Type: 'Visite de délégation',
      Début: '2026-05-04T14:00:00.000Z',
      Fin: '',
      Où: 'Dayton, OH, US',
      Partenariats: 'Accra ↔ Chicago; Lomé ↔ Dayton',
      Domaine: 'Commerce et affaires',
      Adultes: 12,
      Jeunes: '',
      Résultat: '',
      Notes: 'Follow up in June',
    });
  });

  it('says "Virtual" where a virtual event would have its city', () => {
    const translate = createI18nProvider('en').translate;
    const row = toEventExportRow({ ...event, virtual: true, cityId: null }, related, translate);
    expect(row.Where).toBe('Virtual');
  });
});
