import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RegionChart, type RegionChartLabels } from './RegionChart';
import { giveChartsASize } from './giveChartsASize';

giveChartsASize();

const labels: RegionChartLabels = {
  title: 'By region',
  category: 'Region',
  count: 'Counted',
  region: { Northern: 'North', Western: 'West', Central: 'Centre', Eastern: 'East', Southern: 'South' },
};
const data = { Northern: 12, Western: 48, Central: 9, Eastern: 33, Southern: 27 };

describe('RegionChart', () => {
  it('shows each AU region with its count, always in the same order', () => {
    render(<RegionChart data={data} labels={labels} locale="en" />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'By region — North 12, West 48, Centre 9, East 33, and South 27',
    );
    const rows = within(screen.getByRole('table', { name: 'By region' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['RegionCounted', 'North12', 'West48', 'Centre9', 'East33', 'South27']);
  });

  it('draws the selected region in the accent colour', () => {
    const { container } = render(<RegionChart data={data} labels={labels} locale="en" selected="Eastern" />);
    const fills = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((bar) => bar.getAttribute('fill'));
    expect(fills).toEqual(['#0b5394', '#0b5394', '#0b5394', '#c2571a', '#0b5394']);
  });
});
