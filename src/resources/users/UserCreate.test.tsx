import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { emptyPipeline } from '../../../tests/setup/testRecords';

const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }), signedInAs: 1 });

async function fillIn(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Kofi Boateng');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'kofi.boateng@sistercities.example');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('adding a user', () => {
  it('refuses a password shorter than 12 characters, and creates the user with a long one', async () => {
    renderApp('/users/create');
    await fillIn('short-pass');
    expect(await screen.findByText('Use at least 12 characters')).toBeInTheDocument();
    expect(await api.all('users')).toHaveLength(seedUsers().length);

    await userEvent.setup().type(screen.getByLabelText('Password'), '-but-longer');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await api.all('users')).map((u) => u.email)).toContain('kofi.boateng@sistercities.example'));
  });

  it('asks a coordinator’s region only when the role is coordinator', async () => {
    renderApp('/users/create');
    const user = userEvent.setup();
    await screen.findByRole('textbox', { name: 'Full name' });
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Regional coordinator' }));
    expect(await screen.findByRole('combobox', { name: 'Region' })).toBeInTheDocument();
  });
});
