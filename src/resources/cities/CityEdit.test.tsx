import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

const api = useMockApi();
// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

/** Opens the edit page of a seeded city and waits for its form. */
async function editAccra() {
  const accra = (await api.all('cities', { q: 'Accra', country: 'GH' })).find((city) => city.name === 'Accra')!;
  const user = userEvent.setup();
  renderApp(`/cities/${accra.id}`);
  await screen.findByDisplayValue('Accra');
  return { accra, user };
}

async function replace(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, text);
  return input;
}

describe('editing a city', fullApp, () => {
  it('saves the change, shows it, and the API stores it', async () => {
    const { accra, user } = await editAccra();

    await replace(user, 'Leader', 'Ama Mensah');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const leadership = await screen.findByRole('region', { name: 'Leadership' });
    expect(within(leadership).getByText('Ama Mensah')).toBeInTheDocument();
    const stored = await api.get('cities', accra.id);
    expect(stored.leaderName).toBe('Ama Mensah');
    expect(stored.version).toBe(accra.version + 1);
    expect(stored.contactEmail).toBe(accra.contactEmail);
  });

  it('shows a field error from the server next to its field', async () => {
    api.server.use(
      http.put('*/api/cities/:id', () =>
        HttpResponse.json({ message: 'app.error.invalid', errors: { website: 'app.validation.url' } }, { status: 400 }),
      ),
    );
    expectRefusal(400);
    const { user } = await editAccra();

    const website = await replace(user, 'Website', 'https://accra.example.org');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(website).toHaveAccessibleDescription('Enter a web address starting with http:// or https://'),
    );
    expect(website).toHaveValue('https://accra.example.org');
  });

  it('explains a conflict and keeps what the user typed', async () => {
    expectRefusal(409);
    const { accra, user } = await editAccra();
    // Someone else saves first: the form's version is now stale.
    await api.update('cities', accra.id, { notes: 'Updated by a colleague' });

    const leader = await replace(user, 'Leader', 'Kofi Boateng');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Someone else changed this record while you were editing/)).toBeInTheDocument();
    expect(leader).toHaveValue('Kofi Boateng');
    expect((await api.get('cities', accra.id)).leaderName).toBe(accra.leaderName);
  });

  it('checks the email before sending anything', async () => {
    const { accra, user } = await editAccra();

    const email = await replace(user, 'Contact email', 'ama@');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address'));
    expect((await api.get('cities', accra.id)).version).toBe(accra.version);
  });

  it('warns when a rename makes the city one already recorded, and offers that one, but not for the city itself', async () => {
    const bozeman = await api.create('cities', { name: 'Bozeman', country: 'US', admin1: 'MT' });
    const belgrade = await api.create('cities', { name: 'Belgrade', country: 'US', admin1: 'MT' });
    const asked: URLSearchParams[] = [];
    api.server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/cities/same') asked.push(url.searchParams);
    });
    onTestFinished(() => api.server.events.removeAllListeners('request:start'));
    const user = userEvent.setup();
    renderApp(`/cities/${belgrade.id}`);
    await screen.findByDisplayValue('Belgrade');

    await replace(user, 'Name', 'BOZEMAN');

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Bozeman, Montana is already recorded — open it');
    expect(within(warning).getByRole('link', { name: 'open it' })).toHaveAttribute('href', `/cities/${bozeman.id}/show`);
    // Every question leaves the edited city out: it is not a duplicate of itself (the API's side is a server test).
    expect(asked.map((query) => query.get('except'))).toContain(String(belgrade.id));
    expect(asked.every((query) => query.get('except') === String(belgrade.id))).toBe(true);
  });
});
