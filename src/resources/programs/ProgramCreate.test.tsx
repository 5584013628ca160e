import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

describe('creating a program', { timeout: 60_000 }, () => {
  it('records a homestay cycle with its partnership and cities, as counts only', async () => {
    const { african, partnership } = await createTwinning(api);
    const user = userEvent.setup();
    renderApp('/programs/create');

    await user.click(await screen.findByRole('combobox', { name: 'Program' }));
    await user.click(await screen.findByRole('option', { name: 'J-1 High School Homestay' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Quokkaville homestay 2027');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Cycle year' }), { target: { value: '2027' } });
    await user.type(screen.getByRole('combobox', { name: 'Partnerships' }), 'Quokka');
    await user.click(await screen.findByRole('option', { name: 'Quokkaville ↔ Wombat Falls' }));
    await user.type(screen.getByRole('combobox', { name: 'Cities' }), 'Quokka');
    await user.click(await screen.findByRole('option', { name: 'Quokkaville, GH' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Youth' }), { target: { value: '9' } });
    expect(screen.getByText(/never names or other personal details/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // The new program's page: its title as text (no longer in an input), its status and links.
    expect(await screen.findByText('Quokkaville homestay 2027')).toBeInTheDocument();
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(await screen.findByText('Exploring')).toBeInTheDocument();
    expect(await screen.findByText('Quokkaville, GH')).toBeInTheDocument();
    const [created] = await api.all('programs', { q: 'Quokkaville homestay 2027' });
    expect(created).toMatchObject({
      kind: 'j1_homestay',
      cycleYear: 2027,
      status: 'planned',
      partnershipIds: [partnership.id],
      cityIds: [african.id],
      youth: 9,
    });
  });

  it('asks for the kind before anything is sent', async () => {
    const user = userEvent.setup();
    renderApp('/programs/create');
    const titleInput = await screen.findByRole('textbox', { name: 'Title' });
    const programsBefore = (await api.all('programs')).length;

    await user.type(titleInput, 'Unnamed exchange');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Program' })).toHaveAccessibleDescription('Pick one of the choices'),
    );
    expect(await api.all('programs')).toHaveLength(programsBefore);
  });
});
