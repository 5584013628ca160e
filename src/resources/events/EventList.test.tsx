import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createEvent, createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe('the event list', { timeout: 60_000 }, () => {
  it('finds events by text and narrows them by type', async () => {
    const { african, partnership } = await createTwinning(api);
    await createEvent(api, { title: 'Quokka trade delegation', cityId: african.id, partnershipIds: [partnership.id], adults: 6, youth: 2 });
    await createEvent(api, { title: 'Quokka online forum', type: 'global_conversations', virtual: true });
    const user = userEvent.setup();
    renderApp('/events');

    await user.click(await screen.findByPlaceholderText('Search'));
    await user.paste('quokka');
    await screen.findByText('Quokka online forum');
    const delegation = rowOf('Quokka trade delegation');
    expect(within(delegation).getByText('Delegation visit')).toBeInTheDocument();
    expect(await within(delegation).findByText('Quokkaville')).toBeInTheDocument();
    expect(within(delegation).getByText('6 adults · 2 youth')).toBeInTheDocument();
    expect(within(rowOf('Quokka online forum')).getByText('Virtual')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Delegation visit' }));
    await screen.findByText('1-1 of 1');
    expect(screen.getByText('Quokka trade delegation')).toBeInTheDocument();
    expect(screen.queryByText('Quokka online forum')).not.toBeInTheDocument();
  });

  it('shows the events of one partnership within a date range', async () => {
    const { partnership } = await createTwinning(api);
    await createEvent(api, { title: 'Spring signing talks', startsAt: '2026-04-02T09:00:00.000Z', partnershipIds: [partnership.id] });
    await createEvent(api, { title: 'Autumn follow-up call', startsAt: '2026-10-02T09:00:00.000Z', partnershipIds: [partnership.id] });
    await createEvent(api, { title: 'Spring event of nobody', startsAt: '2026-04-03T09:00:00.000Z' });
    const filter = { partnershipIds: partnership.id, startsAt_gte: '2026-04-01', startsAt_lte: '2026-04-30' };
    renderApp(`/events?filter=${encodeURIComponent(JSON.stringify(filter))}`);

    expect(await screen.findByText('Spring signing talks')).toBeInTheDocument();
    expect(screen.getByText('1-1 of 1')).toBeInTheDocument();
    // The active filters are shown with the partnership named by its two cities.
    expect(await screen.findByDisplayValue('Quokkaville ↔ Wombat Falls')).toBeInTheDocument();
    expect(screen.getByLabelText('Starts on or after')).toHaveValue('2026-04-01');
  });
});
