import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership } from '../../../tests/setup/testRecords';
import { moveByMenu, PAIR, withTeam } from './boardTesting';

const api = useMockApi({ data: withTeam });

const fullApp = { timeout: 40_000 };

/** A phone's screen: every "at most this wide" media query matches. */
function onAPhone() {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: query.includes('max-width'),
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

describe('the stage board on a phone', fullApp, () => {
  it('shows one stage at a time, picked from tabs with counts, and moves a card with "Move…"', async () => {
    onAPhone();
    const { partnership } = await createPartnership(api, { stage: 'approvals' });
    const user = userEvent.setup();
    renderApp('/board');

    expect(await screen.findByRole('tab', { name: 'Prospect (0)', selected: true })).toBeInTheDocument();
    await user.click(await screen.findByRole('tab', { name: 'Approvals (1)' }));
    expect(await screen.findByRole('article', { name: PAIR })).toBeInTheDocument();

    await moveByMenu(user, 'Signed');
    const dialog = await screen.findByRole('dialog', { name: 'Move to Signed' });
    const date = within(dialog).getByLabelText(/Signed on/);
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    expect(await screen.findByRole('tab', { name: 'Signed (1)' })).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Approvals (0)' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: PAIR })).not.toBeInTheDocument());
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'signed', signedAt: '2026-11-20' });
  });

  it('keeps the filters in a drawer: a region chosen there narrows the counts, and clearing it widens them again', async () => {
    onAPhone();
    await createPartnership(api, { stage: 'approvals' });
    const user = userEvent.setup();
    renderApp('/board');
    expect(await screen.findByRole('tab', { name: 'Approvals (1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filters' }));
    let drawer = await screen.findByRole('dialog', { name: 'Filter the board' });
    await user.click(within(drawer).getByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'Northern Africa' }));
    await user.click(within(drawer).getByRole('button', { name: 'Show results' }));
    expect(await screen.findByRole('tab', { name: 'Approvals (0)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filters (1)' }));
    drawer = await screen.findByRole('dialog', { name: 'Filter the board' });
    await user.click(within(drawer).getByRole('button', { name: 'Clear filters' }));
    await user.click(within(drawer).getByRole('button', { name: 'Show results' }));
    expect(await screen.findByRole('tab', { name: 'Approvals (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
  });
});
