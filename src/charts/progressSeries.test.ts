import { describe, expect, it } from 'vitest';
import { progressSeries, todayPosition, type ProgressChartData } from './progressSeries';

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
