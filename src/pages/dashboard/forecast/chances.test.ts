import { describe, expect, it } from 'vitest';
import { chanceOf } from './chances';

describe('chanceOf', () => {
  it.each([
    [0.24, 1, 4],
    [0.26, 1, 4],
    [0.5, 1, 2],
    [0.74, 3, 4],
    [0.1, 1, 10],
    [0.07, 1, 10],
    [0.35, 1, 3],
    [0.9, 9, 10],
  ])('reads %f as about %i in %i', (probability, chances, outOf) => {
    expect(chanceOf(probability)).toEqual({ kind: 'about', chances, outOf });
  });

  it('is almost certain from 95 % up, and very unlikely from 5 % down', () => {
    expect(chanceOf(1)).toEqual({ kind: 'almostCertain' });
    expect(chanceOf(0.95)).toEqual({ kind: 'almostCertain' });
    expect(chanceOf(0.94)).toEqual({ kind: 'about', chances: 9, outOf: 10 });
    expect(chanceOf(0.05)).toEqual({ kind: 'veryUnlikely' });
    expect(chanceOf(0)).toEqual({ kind: 'veryUnlikely' });
  });
});
