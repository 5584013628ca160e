import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../domain';
import { StageFunnel, type StageFunnelLabels } from './StageFunnel';
import { giveChartsASize } from './giveChartsASize';

giveChartsASize();

const names = Object.fromEntries(STAGES.map((stage) => [stage, stage.toUpperCase()])) as Record<Stage, string>;
const labels: StageFunnelLabels = {
  title: 'By stage',
  category: 'Stage',
  count: 'Partnerships',
  stage: names,
  pipeline: 'Pipeline',
  exits: 'Exits',
};
const data: Record<Stage, number> = {
  prospect: 120,
  interest: 80,
  exploring: 60,
  proposal: 30,
  approvals: 12,
  signed: 40,
  active: 95,
  dormant: 7,
  ended: 3,
  closed: 1450,
};

describe('StageFunnel', () => {
  it('shows the pipeline in its order and the exits apart', () => {
    render(<StageFunnel data={data} labels={labels} locale="en" />);
    const pipeline = screen.getByRole('img', { name: /^By stage · Pipeline/ });
    expect(pipeline).toHaveAccessibleName(
      'By stage · Pipeline — PROSPECT 120, INTEREST 80, EXPLORING 60, PROPOSAL 30, APPROVALS 12, SIGNED 40, and ACTIVE 95',
    );
    expect(screen.getByRole('img', { name: /^By stage · Exits/ })).toHaveAccessibleName(
      'By stage · Exits — DORMANT 7, ENDED 3, and CLOSED 1,450',
    );
  });

  it('writes each count at the end of its bar', () => {
    render(<StageFunnel data={data} labels={labels} locale="en" />);
    const exits = screen.getByRole('img', { name: /Exits/ });
    expect(within(exits).getByText('1,450')).toBeInTheDocument();
    expect(within(exits).getByText('CLOSED')).toBeInTheDocument();
  });

  it('gives screen readers every count in a table', () => {
    render(<StageFunnel data={data} labels={labels} locale="fr" />);
    const table = screen.getByRole('table', { name: 'By stage · Exits' });
    expect(within(table).getByRole('row', { name: `CLOSED ${(1450).toLocaleString('fr')}` })).toBeInTheDocument();
  });
});
