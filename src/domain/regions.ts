import auRegions from './data/au-regions.json' with { type: 'json' };
import usRegions from './data/us-census-regions.json' with { type: 'json' };

/** The five AU regions, spelled as the AU data file and the API spell them. */
export const AU_REGIONS = ['Northern', 'Western', 'Central', 'Eastern', 'Southern'] as const;
export type AuRegion = (typeof AU_REGIONS)[number];

/** The four US Census regions. */
export const US_REGIONS = ['Northeast', 'Midwest', 'South', 'West'] as const;
export type UsRegion = (typeof US_REGIONS)[number];

export type Region = AuRegion | UsRegion;
export const SIDES = ['africa', 'us'] as const;
export type Side = (typeof SIDES)[number];

const auCountries: Record<string, { region: string; name: string; iso3: string }> = auRegions.countries;
const usStates: Record<string, { region: string; name: string; division: string }> = usRegions.states;

/** ISO 3166-1 alpha-2 codes of the 55 AU member states, sorted. */
export const AU_COUNTRY_CODES: readonly string[] = Object.keys(auCountries).sort();
/** US state codes (50 states and DC), sorted. Territories belong to no Census region. */
export const US_STATE_CODES: readonly string[] = Object.keys(usStates).sort();

export const auCountryName = (code: string): string | undefined => auCountries[code]?.name;
export const usStateName = (code: string): string | undefined => usStates[code]?.name;

/** africa for an AU member state, us for the United States, undefined for any other country. */
export function sideOfCountry(country: string): Side | undefined {
  if (country === 'US') return 'us';
  return auCountries[country] ? 'africa' : undefined;
}

/**
 * The region a city belongs to: the AU region of its country for African cities,
 * the Census region of its state for US cities; undefined when it has none.
 */
export function regionOf(country: string, admin1?: string | null): Region | undefined {
  if (country === 'US') return admin1 ? (usStates[admin1]?.region as UsRegion | undefined) : undefined;
  return auCountries[country]?.region as AuRegion | undefined;
}

export const isAuRegion = (value: unknown): value is AuRegion =>
  (AU_REGIONS as readonly unknown[]).includes(value);
