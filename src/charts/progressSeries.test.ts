import { describe, expect, it } from 'vitest';
import { progressSeries, todayPosition, valueAxis, type ProgressChartData } from './progressSeries';

const byYear = [1, 2, 3, 4, 5].map((year) => ({
  year,
  start: `${2022 + year}-03-01`,
  end: `${2023 + year}-03-01`,
  counted: year <= 2 ? 50 : 0,
  cumulative: Math.min(year, 2) * 50,
  target: year * 100,
}));
const data: ProgressChartData = { asOf: '2025-03-01', years: 5, target: 500, counted: 100, projected: 250, currentYear: 3, byYear };

describe('progressSeries', () => {
  it('puts today at the start of the year it begins', () => {
    expect(todayPosition(data)).toBe(2);
  });

  it('counts up to today, projects to year five and leaves the years to come without a count', () => {
    expect(progressSeries(data)).toEqual([
      { x: 0, target: 0, actual: 0 },
      { x: 1, target: 100, actual: 50 },
      { x: 2, target: 200, actual: 100, projection: 100 },
      { x: 3, target: 300 },
      { x: 4, target: 400 },
      { x: 5, target: 500, projection: 250 },
    ]);
  });

  it('draws the milestones alone before the launch', () => {
    const before = progressSeries({ ...data, asOf: '2023-01-01', currentYear: 0, counted: 0, projected: 0 });
    expect(before.every((point) => point.actual === undefined && point.projection === undefined)).toBe(true);
  });
});

/** Where the axis ends for a given highest value in the drawing. */
const top = (axis: ReturnType<typeof valueAxis>, highest: number) => axis.domain[1](highest);

describe('valueAxis', () => {
  it('ticks on the milestones and reaches the target at least', () => {
    const axis = valueAxis(data, true);
    expect(axis.ticks).toEqual([0, 100, 200, 300, 400, 500]);
    expect(top(axis, 250)).toBe(500);
    expect(top(axis, 640)).toBe(640);
  });

  it('follows the figures alone without milestones', () => {
    const axis = valueAxis(data, false);
    expect(axis.ticks).toBeUndefined();
    expect(top(axis, 80)).toBe(80);
    expect(top(axis, 0)).toBe(1);
  });
});
