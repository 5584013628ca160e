import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ForecastPoint, YearProgress } from '../domain';
import { ForecastFan, type ForecastFanLabels } from './ForecastFan';
import type { ForecastFanData } from './forecastSeries';
import { giveChartsASize } from './giveChartsASize';

giveChartsASize();

const year = (n: number, counted: number, cumulative: number): YearProgress => ({
  year: n,
  start: `${2022 + n}-03-01`,
  end: `${2023 + n}-03-01`,
  counted,
  cumulative,
  target: n * 100,
});

const point = (date: string, p5: number, p25: number, median: number, p75: number, p95: number): ForecastPoint => ({
  date,
  p5,
  p25,
  median,
  p75,
  p95,
});

// Late in year four: 300 counted, a fan opening from today to the window's last day.
const data: ForecastFanData = {
  progress: {
    asOf: '2027-01-31',
    years: 5,
    target: 500,
    counted: 300,
    projected: 360,
    currentYear: 4,
    byYear: [year(1, 90, 90), year(2, 70, 160), year(3, 80, 240), year(4, 60, 300), year(5, 0, 300)],
  },
  path: [
    point('2027-01-31', 300, 300, 300, 300, 300),
    point('2027-08-31', 318, 331, 340, 349, 362),
    point('2028-02-29', 352, 389, 421, 447, 488),
  ],
  target: 500,
};

const labels: ForecastFanLabels = {
  title: 'Forecast month by month',
  summary: 'About 1 chance in 10 of reaching 500; the median outcome is 421',
  year: (n) => `Year ${n}`,
  currentYear: 'Current year',
  counted: 'Counted',
  band90: '9 runs in 10',
  band50: 'Half the runs',
  median: 'Median',
  target: 'Target',
  date: 'Month end',
  formatDate: (date) => `on ${date}`,
};

const renderFan = (figures = data) => render(<ForecastFan data={figures} labels={labels} locale="en" />);

describe('ForecastFan', () => {
  it('names the picture by the sentence it illustrates', () => {
    renderFan();
    expect(screen.getByRole('img', { name: labels.summary })).toBeInTheDocument();
  });

  it('draws both bands, the median, the count so far and the target', () => {
    renderFan();
    const drawing = screen.getByRole('img');
    const areas = drawing.querySelectorAll('.recharts-area-area');
    expect(areas).toHaveLength(2);
    for (const area of areas) expect(area.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(drawing.querySelectorAll('.recharts-line-curve')).toHaveLength(2);
    for (const name of ['9 runs in 10', 'Half the runs', 'Median', 'Counted']) {
      expect(within(drawing).getByText(name)).toBeInTheDocument();
    }
    expect(within(drawing).getByText('Target 500')).toBeInTheDocument();
  });

  it('leaves the target out for a region', () => {
    renderFan({ ...data, target: null });
    const drawing = screen.getByRole('img');
    expect(within(drawing).queryByText('Target 500')).not.toBeInTheDocument();
    expect(drawing.querySelectorAll('.recharts-area-area')).toHaveLength(2);
  });

  it('gives every month end’s median and ranges as a table', () => {
    renderFan();
    const table = screen.getByRole('table', { name: 'Forecast month by month' });
    expect(within(table).getAllByRole('columnheader').map((head) => head.textContent)).toEqual([
      'Month end',
      'Median',
      'Half the runs',
      '9 runs in 10',
    ]);
    const row = within(table).getByRole('rowheader', { name: 'on 2028-02-29' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['421', '389 – 447', '352 – 488']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });
});
