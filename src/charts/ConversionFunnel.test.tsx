import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FunnelStep } from '../domain';
import { ConversionFunnel, type ConversionFunnelLabels } from './ConversionFunnel';
import { giveChartsASize } from './giveChartsASize';

giveChartsASize();

const labels: ConversionFunnelLabels = {
  title: 'Funnel',
  stage: { prospect: 'P', interest: 'I', exploring: 'E', proposal: 'Pr', approvals: 'A', signed: 'S', active: 'Ac' },
  stageHeading: 'Stage',
  entered: 'In',
  advanced: 'On',
  back: 'Back',
  exited: 'Out',
  stillThere: 'Still',
  conversion: 'Conv',
  medianDays: 'Median',
  days: (days) => `${days}d`,
  summaryStage: ({ stage, entered, conversion, days }) => `${stage} ${entered} ${conversion} ${days}`,
  none: '—',
};
const step = (stage: FunnelStep['stage'], figures: Partial<FunnelStep> = {}): FunnelStep => ({
  stage, entered: 0, advanced: 0, back: 0, exited: 0, stillThere: 0, conversion: null, medianDays: null, ...figures,
});
const stages = [
  step('prospect', { entered: 1200, advanced: 900, back: 0, exited: 100, stillThere: 200, conversion: 0.9, medianDays: 30.5 }),
  step('interest', { entered: 4, stillThere: 4 }),
];

describe('ConversionFunnel', () => {
  it('gives each stage’s stays, conversion and median days in its summary and its table, a dash where none is over', () => {
    render(<ConversionFunnel stages={stages} labels={labels} locale="en" />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Funnel — P 1,200 90% 30.5d and I 4 — —');
    const rows = within(screen.getByRole('table', { name: 'Funnel' })).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Stage', 'In', 'On', 'Back', 'Out', 'Still', 'Conv', 'Median'],
      ['P', '1,200', '900', '0', '100', '200', '90%', '30.5d'],
      ['I', '4', '0', '0', '0', '4', '—', '—'],
    ]);
  });

  it('splits each bar by where the stays went: on, back, out, still there', () => {
    const { container } = render(<ConversionFunnel stages={stages} labels={labels} locale="en" />);
    const legend = [...container.querySelectorAll('.recharts-legend-item-text')].map((item) => item.textContent);
    expect(legend).toEqual(['On', 'Back', 'Out', 'Still']);
  });
});
