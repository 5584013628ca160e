import { describe, expect, it } from 'vitest';
import auData from './data/au-regions.json' with { type: 'json' };
import usData from './data/us-census-regions.json' with { type: 'json' };
import { AU_COUNTRY_CODES, AU_REGIONS, regionOf, sideOfCountry, US_REGIONS, US_STATE_CODES } from './regions';

describe('region derivation', () => {
  it('knows the 55 AU member states in five regions, as the source counts them', () => {
    expect(AU_COUNTRY_CODES).toHaveLength(55);
    const counts = Object.fromEntries(AU_REGIONS.map((r) => [r, AU_COUNTRY_CODES.filter((c) => regionOf(c) === r).length]));
    expect(counts).toEqual({ Northern: 7, Western: 15, Central: 9, Eastern: 14, Southern: 10 });
  });

  for (const [region, countries] of Object.entries(auData.regions)) {
    it(`places ${countries.join(', ')} in the ${region} region, on the African side`, () => {
      for (const country of countries) {
        expect(regionOf(country)).toBe(region);
        expect(sideOfCountry(country)).toBe('africa');
      }
    });
  }

  it('puts every US state and DC in its Census region, on the US side', () => {
    expect(US_STATE_CODES).toHaveLength(51);
    for (const [code, state] of Object.entries(usData.states)) {
      expect([code, regionOf('US', code)]).toEqual([code, state.region]);
      expect(US_REGIONS).toContain(regionOf('US', code));
    }
    expect(sideOfCountry('US')).toBe('us');
  });

  it('follows the AU, not the UN, where they differ', () => {
    expect(regionOf('MR')).toBe('Northern');
    expect(regionOf('SD')).toBe('Eastern');
    expect(regionOf('BI')).toBe('Central');
    expect(regionOf('AO')).toBe('Southern');
  });

  it('refuses countries outside the initiative and territories without a region', () => {
    for (const country of ['FR', 'RE', 'YT', 'SH', 'BR', '']) expect(sideOfCountry(country)).toBeUndefined();
    expect(regionOf('RE')).toBeUndefined();
    expect(regionOf('US', 'PR')).toBeUndefined();
    expect(regionOf('US')).toBeUndefined();
  });
});
