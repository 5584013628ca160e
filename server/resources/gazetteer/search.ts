import { foldText, regionOf, sideOfCountry, type Region, type Side } from '../../../src/domain';
import type { GazetteerCity } from '../../../src/domain/seed';

/** At most this many matches: enough to pick from while typing. */
export const GAZETTEER_LIMIT = 10;

export interface GazetteerMatch extends GazetteerCity {
  side: Side;
  region: Region | null;
}

/**
 * A searcher over the gazetteer, with every name folded once (case and accents aside, so
 * "lome" finds Lomé). It finds the cities whose name starts with the query, then those that
 * contain it, each in gazetteer order (largest first).
 */
export function gazetteerSearch(gazetteer: readonly GazetteerCity[]) {
  const places = gazetteer.map((city) => ({ city, folded: foldText(city.name), side: sideOfCountry(city.country) }));
  return (q: string, side: Side | null): GazetteerMatch[] => {
    const needle = foldText(q.trim());
    if (!needle) return [];
    const inSide = places.filter((place) => !side || place.side === side);
    const starting = inSide.filter((place) => place.folded.startsWith(needle));
    const containing = inSide.filter((place) => !place.folded.startsWith(needle) && place.folded.includes(needle));
    return [...starting, ...containing].slice(0, GAZETTEER_LIMIT).map(({ city }) => ({
      ...city,
      side: sideOfCountry(city.country)!,
      region: regionOf(city.country, city.admin1) ?? null,
    }));
  };
}
