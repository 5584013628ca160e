import { describe, expect, it } from 'vitest';
import type { YearProgress } from '../domain';
import { forecastSeries, type ForecastFanData } from './forecastSeries';

const year = (n: number, cumulative: number): YearProgress => ({
  year: n,
  start: `${2022 + n}-01-01`,
  end: `${2023 + n}-01-01`,
  counted: 0,
  cumulative,
  target: n * 100,
});

// Half way through year two (2024 is a leap year: 183 of 366 days), 150 counted.
const data: ForecastFanData = {
  progress: { asOf: '2024-07-02', years: 2, target: 200, counted: 150, projected: 200, currentYear: 2, byYear: [year(1, 100), year(2, 150)] },
  path: [
    { date: '2024-07-02', p5: 150, p25: 150, median: 150, p75: 150, p95: 150 },
    { date: '2024-12-31', p5: 160, p25: 170, median: 180, p75: 190, p95: 260 },
  ],
  target: 200,
};

describe('forecastSeries', () => {
  it('joins the count so far to the fan at today, then opens the fan to the window’s end', () => {
    expect(forecastSeries(data)).toEqual([
      { x: 0, counted: 0 },
      { x: 1, counted: 100 },
      { x: 1.5, counted: 150, band90: [150, 150], band50: [150, 150], median: 150 },
      { x: 1 + 365 / 366, band90: [160, 260], band50: [170, 190], median: 180 },
    ]);
  });
});
