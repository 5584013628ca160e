/** A probability as a board reads it: a plain phrase, or "about k chances in n". */
export type Chance = { kind: 'almostCertain' } | { kind: 'veryUnlikely' } | { kind: 'about'; chances: number; outOf: number };

/** The odds people say aloud, from 1 in 10 to 9 in 10; beyond them the phrases take over. */
const SPOKEN_ODDS: ReadonlyArray<[chances: number, outOf: number]> = [
  [1, 10],
  [1, 5],
  [1, 4],
  [1, 3],
  [1, 2],
  [2, 3],
  [3, 4],
  [4, 5],
  [9, 10],
];

/**
 * The spoken odds nearest the probability. Past 95 % or under 5 % the runs that miss (or hit)
 * are too few for a fraction to mean more than "almost certain" or "very unlikely".
 */
export function chanceOf(probability: number): Chance {
  if (probability >= 0.95) return { kind: 'almostCertain' };
  if (probability <= 0.05) return { kind: 'veryUnlikely' };
  const [chances, outOf] = SPOKEN_ODDS.reduce((nearest, odds) =>
    Math.abs(odds[0] / odds[1] - probability) < Math.abs(nearest[0] / nearest[1] - probability) ? odds : nearest,
  );
  return { kind: 'about', chances, outOf };
}
