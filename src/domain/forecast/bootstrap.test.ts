import { describe, expect, it } from 'vitest';
import { createRandom } from '../seed';
import { gammaDraw } from './bootstrap';

const draws = (shape: number, count = 20_000) => {
  const random = createRandom(7);
  return Array.from({ length: count }, () => gammaDraw(shape, random));
};
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const variance = (values: number[]) => mean(values.map((v) => (v - mean(values)) ** 2));

describe('gammaDraw', () => {
  it.each([1, 3, 40])('draws Gamma(%i, 1): positive, with mean and variance both the shape', (shape) => {
    const values = draws(shape);
    expect(values.every((v) => v > 0)).toBe(true);
    expect(mean(values)).toBeCloseTo(shape, shape < 10 ? 1 : 0);
    expect(variance(values) / shape).toBeCloseTo(1, 1);
  });
});
