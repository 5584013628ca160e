import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EXITS, PIPELINE, type Stage, type StageTotals } from '../../domain';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { column } from './boardTesting';

// The demo seed: a pipeline of hundreds of partnerships, more than a column's first page.
const api = useMockApi();
const WESTERN_COORDINATOR = 7;
const LEADERSHIP = 11;

const fullApp = { timeout: 60_000 };

const STAGE_NAMES: Record<Stage, string> = {
  prospect: 'Prospect',
  interest: 'Interest',
  exploring: 'Exploring',
  proposal: 'Proposal',
  approvals: 'Approvals',
  signed: 'Signed',
  active: 'Active',
  dormant: 'Dormant',
  ended: 'Ended',
  closed: 'Closed',
};

async function serverTotals(filter: Record<string, unknown> = {}): Promise<StageTotals> {
  const { json } = await api.call('GET', `/stats/stages?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  return json as StageTotals;
}

const heading = (stage: Stage, total: number) => `${STAGE_NAMES[stage]}: ${total} ${total === 1 ? 'partnership' : 'partnerships'}`;

describe('the stage board', fullApp, () => {
  it('shows a column per pipeline stage with the server’s totals, and the exits when asked', async () => {
    const totals = await serverTotals();
    const user = userEvent.setup();
    renderApp('/board');

    for (const stage of PIPELINE) expect(await screen.findByText(heading(stage, totals.byStage[stage]), { selector: 'h2' })).toBeInTheDocument();
    expect(screen.queryByText(/^Closed/, { selector: 'h2' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Show exits' }));
    for (const stage of EXITS) expect(await screen.findByText(heading(stage, totals.byStage[stage]), { selector: 'h2' })).toBeInTheDocument();
  });

  it('loads a column a page at a time, and more on request', async () => {
    const totals = await serverTotals();
    const busiest = PIPELINE.reduce((most, stage) => (totals.byStage[stage] > totals.byStage[most] ? stage : most));
    expect(totals.byStage[busiest]).toBeGreaterThan(20);
    const user = userEvent.setup();
    renderApp('/board');

    const cards = await column(STAGE_NAMES[busiest]);
    await waitFor(() => expect(within(cards).getAllByRole('article')).toHaveLength(20));
    await user.click(within(cards).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(cards).getAllByRole('article')).toHaveLength(Math.min(40, totals.byStage[busiest])));
  });

  it('opens a coordinator’s board on their region, where they may move cards', async () => {
    await api.signIn(WESTERN_COORDINATOR);
    const totals = await serverTotals({ region: 'Western' });
    renderApp('/board');

    expect(await screen.findByText(heading('exploring', totals.byStage.exploring), { selector: 'h2' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveTextContent('Western Africa');
    const exploring = await column('Exploring');
    expect((await within(exploring).findAllByRole('button', { name: /^Move .* to another stage$/ })).length).toBeGreaterThan(0);
  });

  it('lets a coordinator move no card of another region', async () => {
    await api.signIn(WESTERN_COORDINATOR);
    renderApp('/board?region=Southern');

    const exploring = await column('Exploring');
    await waitFor(() => expect(within(exploring).getAllByRole('article').length).toBeGreaterThan(0));
    expect(screen.queryByText('Move…')).not.toBeInTheDocument();
  });

  it('shows leadership the board to read, with nothing to move', async () => {
    await api.signIn(LEADERSHIP);
    renderApp('/board');

    expect(await screen.findByText(/You can look at the board/)).toBeInTheDocument();
    const exploring = await column('Exploring');
    await waitFor(() => expect(within(exploring).getAllByRole('article').length).toBeGreaterThan(0));
    expect(screen.queryByText('Move…')).not.toBeInTheDocument();
  });
});
