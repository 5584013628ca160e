import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

// The demo team: 1 is the admin, 11 leadership.
const api = useMockApi({ signedInAs: 1 });
beforeAll(() => Promise.all([import('./Home'), import('../dashboard/Dashboard')]));
const LAZY_LOAD = { timeout: 15_000 };
const progressHeading = { level: 1, name: 'Progress toward 500 partnerships' } as const;

describe('the home page', () => {
  it('shows leadership the progress dashboard', async () => {
    await api.signIn(11);
    renderApp('/');
    expect(await screen.findByRole('heading', progressHeading, LAZY_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'My work' })).not.toBeInTheDocument();
  });

  it('lets an admin choose their home, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('heading', progressHeading, LAZY_LOAD)).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Home to show' })).getByRole('button', { name: 'My work' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'My work' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('menuitem', { name: 'Partnerships' }));
    await screen.findByRole('columnheader', { name: /Stage/ });
    await user.click(screen.getByRole('menuitem', { name: 'Home' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'A region' }));
    await user.click(await screen.findByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'Southern Africa' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Southern Africa' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the board' })).toHaveAttribute('href', '/board?region=Southern');
  });

  it('keeps the full progress dashboard a menu item away for everyone', async () => {
    const user = userEvent.setup();
    await api.signIn(2);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' }, LAZY_LOAD)).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Progress' }));
    expect(await screen.findByRole('heading', progressHeading, LAZY_LOAD)).toBeInTheDocument();
  });
});
