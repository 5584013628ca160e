import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createProgram, createTwinning } from '../../../tests/setup/testRecords';

const api = useMockApi();

async function openEditor(title: string, fields: Record<string, unknown> = {}) {
  const program = await createProgram(api, { title, ...fields });
  const user = userEvent.setup();
  renderApp(`/programs/${program.id}`);
  const titleInput = await screen.findByDisplayValue(title);
  return { program, user, titleInput };
}

async function retitle(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, title: string) {
  await user.clear(input);
  await user.type(input, title);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('editing a program', { timeout: 60_000 }, () => {
  it('saves the change, shows it and keeps it in the API', async () => {
    const { us } = await createTwinning(api);
    const { program, user, titleInput } = await openEditor('Leadership summit 2026', { cityIds: [us.id] });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Running' }));
    await retitle(user, titleInput, 'Youth leadership summit 2026');

    expect(await screen.findByText('Youth leadership summit 2026')).toBeInTheDocument();
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(await screen.findByText('Wombat Falls, IL, US')).toBeInTheDocument();
    expect(await api.get('programs', program.id)).toMatchObject({
      title: 'Youth leadership summit 2026',
      status: 'running',
      cityIds: [us.id],
      version: program.version + 1,
    });
  });

  it('shows a field error from the server next to its field', async () => {
    expectRefusal(400);
    api.server.use(
      http.put('*/api/programs/:id', () =>
        HttpResponse.json({ message: 'app.error.invalid', errors: { title: 'app.validation.tooLong' } }, { status: 400 }),
      ),
    );
    const { user, titleInput } = await openEditor('Homestay cohort');

    await retitle(user, titleInput, 'Homestay cohort with a title the server finds too long');

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Too long'));
  });

  it('says someone else changed the program, and keeps what the user typed', async () => {
    const { program, user, titleInput } = await openEditor('Artists showcase');
    await api.update('programs', program.id, { notes: 'Changed meanwhile by a colleague' });
    expectRefusal(409);

    await retitle(user, titleInput, 'Artists and authors showcase');

    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Artists and authors showcase');
    expect((await api.get('programs', program.id)).title).toBe('Artists showcase');
  });

  it('refuses a negative participant count, next to the count', async () => {
    const { program, user } = await openEditor('Exchange week', { youth: 12 });
    const youth = screen.getByRole('spinbutton', { name: 'Youth' });

    // jsdom's number input drops a typed "-", so the value is set as a whole.
    fireEvent.change(youth, { target: { value: '-3' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('spinbutton', { name: 'Youth' })).toHaveAccessibleDescription('Must be zero or more'));
    expect((await api.get('programs', program.id)).youth).toBe(12);
  });
});
