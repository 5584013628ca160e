import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { PHONE_WIDTH, setScreenWidth } from '../../../tests/setup/screenWidth';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

const api = useMockApi({ data: emptyPipeline });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

describe('a list on a phone', fullApp, () => {
  it('shows each record as one item that opens it, and keeps Create and Export at hand', async () => {
    const { partnership } = await createPartnership(api, { stage: 'signed', signedAt: '2026-03-15', nextStepDue: '2026-12-01' });
    setScreenWidth(PHONE_WIDTH);
    renderApp('/partnerships');

    const item = await screen.findByRole('link', { name: /Kalimbeza ↔ Marlow Springs/ });
    expect(item).toHaveAttribute('href', `/partnerships/${partnership.id}/show`);
    expect(within(item).getByText('Signed')).toBeInTheDocument();
    expect(within(item).getByText('Southern Africa')).toBeInTheDocument();
    expect(within(item).getByText('Dec 1, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create' })).toBeInTheDocument();
  });

  it('keeps the search in sight and the other filters in a drawer the keyboard opens', async () => {
    await createPartnership(api);
    await createPartnership(api, {}, { african: 'Tamale', country: 'GH', us: 'Cedar Bluff' });
    setScreenWidth(PHONE_WIDTH);
    const user = userEvent.setup();
    renderApp('/partnerships');
    await screen.findByRole('link', { name: /Tamale ↔ Cedar Bluff/ });
    expect(screen.getByPlaceholderText('Search')).toBeInTheDocument();
    expect(screen.queryByLabelText('AU region')).not.toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Filters' }).focus());
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: 'Filter the list' });
    act(() => within(drawer).getByRole('combobox', { name: 'AU region' }).focus());
    await user.keyboard('{ArrowDown}');
    await user.click(await screen.findByRole('option', { name: 'Western Africa' }));
    await user.click(within(drawer).getByRole('button', { name: 'Show results' }));

    // While the drawer is open the page behind it is hidden from queries: wait for it to close.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByText(/Kalimbeza/)).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: /Tamale ↔ Cedar Bluff/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
  });
});
