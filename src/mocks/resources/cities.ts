import { cityInputSchema, deriveCityFields, sideOfCountry, type City } from '../../domain';
import { ApiError, invalid, parseWith } from '../errors';
import type { MockStore } from '../store';
import { withNulls, type ResourceRules } from './rules';

const partnershipsOf = (store: MockStore, cityId: number) =>
  [...store.tables.partnerships.values()].filter((p) => p.africanCityId === cityId || p.usCityId === cityId);

function isReferenced(store: MockStore, cityId: number): boolean {
  if (partnershipsOf(store, cityId).length > 0) return true;
  for (const event of store.tables.events.values()) if (event.cityId === cityId) return true;
  for (const program of store.tables.programs.values()) if (program.cityIds.includes(cityId)) return true;
  return false;
}

export const cityRules: ResourceRules<'cities'> = {
  build(store, body, before) {
    const input = withNulls(cityInputSchema.shape, parseWith(cityInputSchema, body));
    // A city in partnerships cannot change sides: each partnership joins one of each.
    if (before && sideOfCountry(input.country) !== before.side && partnershipsOf(store, before.id).length > 0) {
      throw invalid({ country: 'app.validation.sameSide' });
    }
    // A gazetteer city is in the list once (the database holds a unique index on it).
    const twin = input.geonameId
      ? [...store.tables.cities.values()].find((city) => city.geonameId === input.geonameId && city.id !== before?.id)
      : undefined;
    if (twin) throw invalid({ geonameId: 'app.validation.cityExists' });
    return { ...input, ...deriveCityFields(input) };
  },
  view: (_store, city: City) => city,
  beforeDelete(store, city) {
    if (isReferenced(store, city.id)) {
      // 400, not 409: the client reads 409 as "someone else changed this record".
      throw new ApiError(400, 'app.error.cityInUse');
    }
  },
};
