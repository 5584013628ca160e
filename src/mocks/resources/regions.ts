import { AU_REGIONS, type AuRegion } from '../../domain';
import type { MockStore } from '../store';

/**
 * The AU regions an event or a program touches (decision 011): those of its African cities
 * and of its partnerships' African cities, in AU order. Derived on every read, so it follows
 * a city that moves country or a partnership that changes city.
 */
export function regionsOf(store: MockStore, links: { cityIds: ReadonlyArray<number | null | undefined>; partnershipIds: readonly number[] }): AuRegion[] {
  const touched = new Set<string>();
  const africanRegion = (cityId: number | null | undefined) => {
    const city = cityId ? store.tables.cities.get(cityId) : undefined;
    if (city?.side === 'africa') touched.add(city.region);
  };
  links.cityIds.forEach(africanRegion);
  for (const id of links.partnershipIds) africanRegion(store.tables.partnerships.get(id)?.africanCityId);
  return AU_REGIONS.filter((region) => touched.has(region));
}
