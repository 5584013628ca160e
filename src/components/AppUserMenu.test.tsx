import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../domain/seed/users';
import { useMockApi } from '../../tests/setup/mockApi';
import { renderApp } from '../../tests/setup/renderApp';
import { emptyPipeline } from '../../tests/setup/testRecords';
import { setScreenWidth } from '../../tests/setup/screenWidth';

// Abena Mensah, coordinator of Western Africa.
useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }), signedInAs: 7 });

describe('the user menu', () => {
  it('names who is signed in and their role, and leads to the password page', async () => {
    const user = userEvent.setup();
    renderApp('/cities');
    await screen.findByRole('heading', { level: 1, name: 'Cities' }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Profile' }));
    expect(await screen.findByText('Abena Mensah')).toBeInTheDocument();
    expect(screen.getByText('Regional coordinator · Western Africa')).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Change my password' }));
    expect(await screen.findByLabelText('Current password')).toBeInTheDocument();
  });

  it('is called by the name it shows where the screen is wide enough to show it', async () => {
    setScreenWidth(1440);
    const user = userEvent.setup();
    renderApp('/cities');
    // The list's own chunk sets the title: once it shows, nothing is left loading behind the menu.
    await screen.findByRole('heading', { level: 1, name: 'Cities' }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Abena Mensah' }));
    expect(await screen.findByRole('menuitem', { name: 'Change my password' })).toBeInTheDocument();
  });
});
