import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { YearProgress } from '../domain';
import { ProgressChart, type ProgressChartLabels } from './ProgressChart';
import type { ProgressChartData } from './progressSeries';
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

// Mid-year three: 90 + 70 in the first two years, 25 so far this year.
const data: ProgressChartData = {
  asOf: '2025-09-01',
  years: 5,
  target: 500,
  counted: 185,
  projected: 370,
  currentYear: 3,
  byYear: [year(1, 90, 90), year(2, 70, 160), year(3, 25, 185), year(4, 0, 185), year(5, 0, 185)],
};

const labels: ProgressChartLabels = {
  title: 'Progress toward the goal',
  year: (n) => `Year ${n}`,
  yearHeading: 'Initiative year',
  counted: 'Counted',
  signedInYear: 'Signed that year',
  target: 'Target',
  projection: 'At today’s pace',
  projected: (projected) => `${projected} at this pace`,
  today: 'Today',
  currentYear: 'This year',
  summary: ({ counted, target, projected, years }) =>
    `${counted} of ${target} counted; ${projected} by the end of year ${years} at today’s pace`,
};

const renderChart = (locale = 'en', figures = data, showMilestones?: boolean) =>
  render(<ProgressChart data={figures} labels={labels} locale={locale} showMilestones={showMilestones} />);

describe('ProgressChart', () => {
  it('names the picture by its figures', () => {
    renderChart();
    expect(
      screen.getByRole('img', { name: '185 of 500 counted; 370 by the end of year 5 at today’s pace' }),
    ).toBeInTheDocument();
  });

  it('writes the figures in the reader’s locale', () => {
    renderChart('fr', { ...data, counted: 1250, target: 2000, projected: 2500 });
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `${(1250).toLocaleString('fr')} of ${(2000).toLocaleString('fr')} counted; ${(2500).toLocaleString('fr')} by the end of year 5 at today’s pace`,
    );
  });

  it('lists every year with its count, and none for the years to come', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Progress toward the goal' });
    const cellsOf = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cellsOf('Year 1')).toEqual(['90', '90', '100']);
    expect(cellsOf('Year 3')).toEqual(['25', '185', '300']);
    expect(cellsOf('Year 4')).toEqual(['—', '—', '400']);
  });

  it('marks the current year', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Progress toward the goal' });
    expect(within(table).getByRole('row', { current: 'date' })).toHaveTextContent('Year 3');
    const drawing = screen.getByRole('img');
    expect(within(drawing).getByText('This year')).toBeInTheDocument();
    expect(within(drawing).getByText('Today')).toBeInTheDocument();
  });

  it('labels where today’s pace lands at year five', () => {
    renderChart();
    expect(within(screen.getByRole('img')).getByText('370 at this pace')).toBeInTheDocument();
  });

  it('draws no today and no projection once the window has closed', () => {
    renderChart('en', { ...data, asOf: '2028-03-02', currentYear: 6 });
    const drawing = screen.getByRole('img');
    expect(within(drawing).queryByText('Today')).not.toBeInTheDocument();
    expect(within(drawing).queryByText('This year')).not.toBeInTheDocument();
    expect(within(drawing).queryByText('370 at this pace')).not.toBeInTheDocument();
  });

  it('draws the target line and scales to it by default', () => {
    renderChart();
    const drawing = screen.getByRole('img');
    expect(within(drawing).getByText('Target')).toBeInTheDocument();
    expect(within(drawing).getByText('500')).toBeInTheDocument();
  });

  it('leaves the milestones out when asked, and scales to the count and its pace alone', () => {
    // One region's figures: 40 so far, 80 at this pace by year five, far under any milestone.
    const region = { ...data, counted: 40, projected: 80, byYear: data.byYear.map((y) => ({ ...y, cumulative: Math.min(y.cumulative, 40) })) };
    renderChart('en', region, false);
    const drawing = screen.getByRole('img');
    expect(within(drawing).queryByText('Target')).not.toBeInTheDocument();
    expect(within(drawing).queryByText('500')).not.toBeInTheDocument();
    expect(within(drawing).getByText('Counted')).toBeInTheDocument();
    expect(within(drawing).getByText('80 at this pace')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Progress toward the goal' });
    expect(within(table).getAllByRole('columnheader').map((head) => head.textContent)).toEqual([
      'Initiative year',
      'Signed that year',
      'Counted',
    ]);
    expect(within(table).getByRole('row', { current: 'date' })).toHaveTextContent('Year 3');
  });
});
