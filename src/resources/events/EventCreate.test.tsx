import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

describe('creating an event', { timeout: 60_000 }, () => {
  it('records a past visit linked to a partnership, which counts as its latest activity', async () => {
    const { partnership } = await createTwinning(api);
    const user = userEvent.setup();
    renderApp('/events/create');

    await user.click(await screen.findByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Delegation visit' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Wombat Falls mayor visits Quokkaville');
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-11-20T10:00' } });
    await user.type(screen.getByRole('combobox', { name: 'Partnerships' }), 'Quokka');
    await user.click(await screen.findByRole('option', { name: 'Quokkaville ↔ Wombat Falls' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // The new event's page: its title as text (no longer in an input), its partnership and stage.
    expect(await screen.findByText('Wombat Falls mayor visits Quokkaville')).toBeInTheDocument();
    expect(await screen.findByText('Exploring')).toBeInTheDocument();
    expect(screen.getByText('Quokkaville ↔ Wombat Falls')).toBeInTheDocument();
    const [created] = await api.all('events', { q: 'Wombat Falls mayor visits Quokkaville' });
    expect(created).toMatchObject({ type: 'delegation_visit', partnershipIds: [partnership.id], virtual: false });
    expect(created.startsAt).toBe(new Date('2026-11-20T10:00').toISOString());
    expect((await api.get('partnerships', partnership.id)).lastActivityAt).toBe('2026-11-20');
  });

  it('asks for what is missing before anything is sent', async () => {
    const user = userEvent.setup();
    renderApp('/events/create');
    const titleInput = await screen.findByRole('textbox', { name: 'Title' });
    const eventsBefore = (await api.all('events')).length;

    await user.type(titleInput, 'Partners dinner');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByLabelText('Starts')).toHaveAccessibleDescription('Required'));
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveAccessibleDescription('Pick one of the choices');
    expect(await api.all('events')).toHaveLength(eventsBefore);
  });
});
