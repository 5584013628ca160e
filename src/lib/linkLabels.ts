/**
 * How records name the records they link to. Partnerships show their two cities
 * ("Accra ↔ Chicago"); a US city carries its state, since several US cities share a name.
 */
export interface PartnershipNames {
  africanCityName?: string | null;
  usCityName?: string | null;
}
export interface CityNames {
  name?: string | null;
  country?: string | null;
  admin1?: string | null;
  side?: string | null;
}

export const partnershipPair = (partnership: PartnershipNames | undefined | null): string =>
  partnership ? `${partnership.africanCityName ?? '?'} ↔ ${partnership.usCityName ?? '?'}` : '';

export const cityLabel = (city: CityNames | undefined | null): string => {
  if (!city?.name) return '';
  const state = city.side === 'us' ? city.admin1 : null;
  return [city.name, state, city.country].filter(Boolean).join(', ');
};

/** ReferenceInput / ReferenceArrayInput look-ups search the API's `q` filter. */
export const searchText = (text: string) => (text ? { q: text } : {});

/** The names of linked records for a CSV cell: "Accra ↔ Chicago; Lomé ↔ Dayton". */
export function namesOf<T>(ids: readonly number[] | null | undefined, records: Record<number, T>, name: (record: T) => string) {
  return (ids ?? [])
    .map((id) => records[id])
    .filter((record): record is T => record !== undefined)
    .map(name)
    .join('; ');
}
