import type { City } from '../city';
import type { AuRegion } from '../regions';
import type { Random } from './random';

/**
 * Where the initiative's partnerships come from: West and East Africa lead, the North and
 * Central regions trail (fewer SCI ties, more language barriers).
 */
const REGION_WEIGHTS: ReadonlyArray<readonly [AuRegion, number]> = [
  ['Western', 32],
  ['Eastern', 26],
  ['Southern', 21],
  ['Northern', 11],
  ['Central', 10],
];

/** Bigger cities and SCI members are drawn more often. */
const weightOf = (city: City) => Math.sqrt(city.population ?? 0) * (city.sciMember ? 3 : 1);

/** Draws the two cities of new partnerships. */
export function cityPicker(random: Random, cities: readonly City[]) {
  const african = new Map<AuRegion, Array<readonly [City, number]>>();
  for (const city of cities) {
    if (city.side !== 'africa') continue;
    const region = city.region as AuRegion;
    if (!african.has(region)) african.set(region, []);
    african.get(region)!.push([city, weightOf(city)]);
  }
  const us = cities.filter((c) => c.side === 'us').map((c) => [c, weightOf(c)] as const);
  return {
    african: () => random.weighted(african.get(random.weighted(REGION_WEIGHTS))!),
    us: () => random.weighted(us),
  };
}
