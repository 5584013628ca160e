import { addDays } from '../common';
import { deriveCityFields, type City } from '../city';
import { countryFacts } from './countries';
import { inventPerson, leaderTitleOf, slugOf } from './people';
import type { Random } from './random';
import type { GazetteerCity } from './types';

/** When the cities were imported from the gazetteer, just before the launch. */
export const CITY_IMPORT_AT = '2023-02-27T09:00:00.000Z';

/** A phone number that reaches nobody: 555-01xx is reserved for fiction in North America; elsewhere the zeros say it. */
export function fictionalPhone(random: Random, country: string): string {
  return country === 'US'
    ? `+1 ${random.int(201, 989)}-555-01${String(random.int(0, 99)).padStart(2, '0')}`
    : `+${countryFacts(country).callingCode} 00 000 ${String(random.int(0, 9999)).padStart(4, '0')}`;
}

function contactDetails(random: Random, place: GazetteerCity) {
  const person = inventPerson(random, countryFacts(place.country).names);
  const domain = `${slugOf(place.name, place.country === 'US' ? place.admin1 : place.country)}.example.org`;
  return {
    contactName: person.fullName,
    contactEmail: `${slugOf(person.first)}.${slugOf(person.last)}@${domain}`,
    contactPhone: fictionalPhone(random, place.country),
    website: random.chance(0.7) ? `https://www.${domain}` : null,
  };
}

function leadership(random: Random, place: GazetteerCity, today: string) {
  if (!random.chance(0.65)) return { leaderTitle: null, leaderName: null, leaderTermEnds: null };
  const { names } = countryFacts(place.country);
  // Some terms end soon: leadership turnover is a known reason partnerships stall.
  const termEnds = addDays(today, random.weighted([[random.int(-60, 180), 1], [random.int(181, 1400), 3]]));
  return {
    leaderTitle: leaderTitleOf(place.country, names),
    leaderName: inventPerson(random, names).fullName,
    leaderTermEnds: termEnds,
  };
}

function membership(random: Random, place: GazetteerCity, today: string) {
  if (place.country !== 'US' || !random.chance(0.6)) return { sciMember: false, duesPaidThrough: null };
  // Dues run to the end of a month; about one member in six has let them lapse.
  const monthsAhead = random.weighted([[random.int(-14, -1), 1], [random.int(1, 12), 5]]);
  const month = new Date(Date.parse(`${today.slice(0, 7)}-01`));
  month.setUTCMonth(month.getUTCMonth() + monthsAhead + 1);
  return { sciMember: true, duesPaidThrough: addDays(month.toISOString().slice(0, 10), -1) };
}

function languagesOf(random: Random, country: string): string[] {
  const [first, ...others] = countryFacts(country).languages;
  return [first!, ...others.filter(() => random.chance(0.5))];
}

/** Every gazetteer city as a City record, ids in gazetteer order (largest first). */
export function seedCities(random: Random, gazetteer: readonly GazetteerCity[], today: string): City[] {
  return gazetteer.map((place, index) => ({
    id: index + 1,
    name: place.name,
    country: place.country,
    admin1: place.admin1 || null,
    ...deriveCityFields(place),
    geonameId: place.geonameId,
    lat: place.lat,
    lng: place.lng,
    population: place.population,
    populationYear: place.country === 'US' ? 2020 : random.int(2012, 2022),
    ...leadership(random, place, today),
    languages: languagesOf(random, place.country),
    ...contactDetails(random, place),
    ...membership(random, place, today),
    notes: null,
    version: 1,
    createdAt: CITY_IMPORT_AT,
    updatedAt: CITY_IMPORT_AT,
  }));
}
