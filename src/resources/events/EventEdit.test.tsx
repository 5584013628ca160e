import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createEvent, createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

async function openEditor(title: string, fields: Record<string, unknown> = {}) {
  const event = await createEvent(api, { title, ...fields });
  const user = userEvent.setup();
  renderApp(`/events/${event.id}`);
  const titleInput = await screen.findByDisplayValue(title);
  return { event, user, titleInput };
}

async function retitle(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, title: string) {
  await user.clear(input);
  await user.type(input, title);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('editing an event', { timeout: 60_000 }, () => {
  it('saves the change, shows it and keeps it in the API', async () => {
    const { partnership } = await createTwinning(api);
    const { event, user, titleInput } = await openEditor('Mayors meet in Quokkaville', { partnershipIds: [partnership.id] });

    await retitle(user, titleInput, 'Mayors sign in Quokkaville');

    expect(await screen.findByText('Mayors sign in Quokkaville')).toBeInTheDocument();
    expect(await screen.findByText('Quokkaville ↔ Wombat Falls')).toBeInTheDocument();
    const stored = await api.get('events', event.id);
    expect(stored.title).toBe('Mayors sign in Quokkaville');
    expect(stored.version).toBe(event.version + 1);
  });

  it('shows a field error from the server next to its field', async () => {
    expectRefusal(400);
    api.server.use(
      http.put('*/api/events/:id', () =>
        HttpResponse.json({ message: 'app.error.invalid', errors: { title: 'app.validation.tooLong' } }, { status: 400 }),
      ),
    );
    const { user, titleInput } = await openEditor('Youth forum');

    await retitle(user, titleInput, 'Youth forum with a title the server finds too long');

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Too long'));
  });

  it('says someone else changed the event, and keeps what the user typed', async () => {
    const { event, user, titleInput } = await openEditor('Arts week');
    await api.update('events', event.id, { notes: 'Changed meanwhile by a colleague' });
    expectRefusal(409);

    await retitle(user, titleInput, 'Arts week, extended');

    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Arts week, extended');
    expect((await api.get('events', event.id)).title).toBe('Arts week');
  });

  it('refuses an end before the start, next to the end', async () => {
    const { event, user } = await openEditor('Conference', { startsAt: '2026-05-04T14:00:00.000Z' });

    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2026-05-01T10:00' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByLabelText('Ends')).toHaveAccessibleDescription('The end is before the start'));
    expect((await api.get('events', event.id)).endsAt).toBeNull();
  });

  it('clears the city when the event becomes virtual', async () => {
    const { african } = await createTwinning(api);
    const { event, user } = await openEditor('Town hall', { cityId: african.id });
    await screen.findByDisplayValue('Quokkaville, GH');

    await user.click(screen.getByRole('switch', { name: 'Virtual' }));
    expect(screen.queryByRole('combobox', { name: 'City' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await api.get('events', event.id)).toMatchObject({ virtual: true, cityId: null }));
  });
});
