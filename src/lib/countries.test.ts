import { describe, expect, it } from 'vitest';
import { AU_COUNTRY_CODES } from '../domain';
import { auCountryChoices, countryChoices, countryName } from './countries';

describe('country names', () => {
  it('names a country in the user’s language', () => {
    expect(countryName('CI', 'en')).toBe('Côte d’Ivoire');
    expect(countryName('ZA', 'fr')).toBe('Afrique du Sud');
    expect(countryName('US', 'fr')).toBe('États-Unis');
    expect(countryName(null, 'en')).toBe('');
    expect(countryName('AO', 'pt')).toBe('Angola');
    expect(countryName('CV', 'pt')).toBe('Cabo Verde');
    expect(countryName('EG', 'ar')).toBe('مصر');
  });

  it.each(['en', 'fr', 'pt', 'ar'])('has a name of its own in %s for every AU member state and the US, not its code', (locale) => {
    // The platform's own names (CLDR, through Intl.DisplayNames): no list is kept by hand or shipped.
    const names = [...AU_COUNTRY_CODES, 'US'].map((code) => [code, countryName(code, locale)]);
    expect(names.filter(([code, name]) => !name || name === code)).toEqual([]);
    expect(new Set(names.map(([, name]) => name)).size).toBe(names.length);
  });

  it('offers every AU member state once, alphabetically in that language', () => {
    const choices = auCountryChoices('fr');
    expect(choices.map((choice) => choice.id).sort()).toEqual([...AU_COUNTRY_CODES]);
    const names = choices.map((choice) => choice.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(names[0]).toBe('Afrique du Sud');
  });

  it('offers any list of countries the same way', () => {
    expect(countryChoices(['US', 'GH', 'EG'], 'fr')).toEqual([
      { id: 'EG', name: 'Égypte' },
      { id: 'US', name: 'États-Unis' },
      { id: 'GH', name: 'Ghana' },
    ]);
  });
});
