import type { City } from '../../src/domain';
import type { Random } from '../../src/domain/seed/random';

/** A weighted draw in O(log n): big cities are in more partnerships than small ones. */
function weightedIndex(weights: readonly number[]) {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += weight;
    cumulative[i] = total;
  });
  return (random: Random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

const WEIGHTED_TRIES = 25;
const weightOf = (c: City) => Math.sqrt(c.population ?? 1);

/**
 * Draws pairs of an African and a US city. An open partnership needs a pair no other open
 * partnership holds (the database's partial unique index says so too): there are only
 * 507 × 903 ≈ 457k pairs, so once the big cities are taken the draw falls back to uniform.
 */
export function cityPairs(random: Random, cities: readonly City[]) {
  const african = cities.filter((c) => c.side === 'africa');
  const us = cities.filter((c) => c.side === 'us');
  const drawAfrican = weightedIndex(african.map(weightOf));
  const drawUs = weightedIndex(us.map(weightOf));
  const openPairs = new Uint8Array(african.length * us.length);
  let openCount = 0;

  const take = (a: number, u: number): [City, City] => [african[a]!, us[u]!];

  function openPair(): [City, City] {
    if (openCount >= openPairs.length) throw new Error('Every pair of cities already has an open partnership');
    for (let tries = 0; ; tries++) {
      const a = tries < WEIGHTED_TRIES ? drawAfrican(random) : random.int(0, african.length - 1);
      const u = tries < WEIGHTED_TRIES ? drawUs(random) : random.int(0, us.length - 1);
      const key = a * us.length + u;
      if (openPairs[key] === 0) {
        openPairs[key] = 1;
        openCount++;
        return take(a, u);
      }
    }
  }

  return {
    /** A pair for a partnership that is still open: unique among open ones. */
    open: openPair,
    /** A pair for an ended or closed partnership: any pair, even one that is open again. */
    any: (): [City, City] => take(drawAfrican(random), drawUs(random)),
    totalPairs: openPairs.length,
  };
}
