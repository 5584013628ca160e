import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

/** Beside the staff member, the coordinator of Southern Africa, where the test cities' Zambia lies. */
const COORDINATOR = 2;
const withCoordinator = () => {
  const data = emptyPipeline();
  data.users.push({ id: COORDINATOR, email: 'tendai.moyo@example.org', fullName: 'Tendai Moyo', role: 'coordinator', region: 'Southern', disabled: false });
  return data;
};
const api = useMockApi({ data: withCoordinator });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

type User = ReturnType<typeof userEvent.setup>;

async function pickStage(user: User, stage: string) {
  await user.click(await screen.findByRole('combobox', { name: 'Stage' }));
  await user.click(await screen.findByRole('option', { name: stage }));
}

/** Types into a text field (pasted: the whole form re-renders on every key). */
async function fill(user: User, label: string, text: string) {
  await user.click(await screen.findByLabelText(label));
  await user.paste(text);
}

const stageOptions = () => within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.textContent);

describe('editing a partnership', fullApp, () => {
  it('moves it forward to signed, and the page and the API show the change', async () => {
    const { partnership } = await createPartnership(api, { stage: 'approvals' });
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await pickStage(user, 'Signed');
    await user.type(screen.getByLabelText('Signed on'), '2026-11-20');
    await fill(user, 'Note for the stage history', 'Signed at the council meeting');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const history = await screen.findByRole('table', { name: 'Stage history' });
    expect(within(within(history).getAllByRole('row')[1]!).getByText('Signed at the council meeting')).toBeInTheDocument();
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'signed', signedAt: '2026-11-20', version: 2 });
  });

  it('lets staff set a signed partnership back to an earlier stage with a note, which the history keeps', async () => {
    const { partnership } = await createPartnership(api, { stage: 'signed', signedAt: '2026-05-01' });
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await user.click(await screen.findByRole('combobox', { name: 'Stage' }));
    expect(stageOptions()).toEqual(['Signed', 'Prospect', 'Interest', 'Exploring', 'Proposal', 'Approvals', 'Active', 'Dormant', 'Ended']);
    await user.click(screen.getByRole('option', { name: 'Proposal' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Note for the stage history')).toHaveAccessibleDescription(
        'Moving back to an earlier stage needs a note saying why.',
      ),
    );
    await fill(user, 'Note for the stage history', 'Entered as signed by mistake');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const history = await screen.findByRole('table', { name: 'Stage history' });
    expect(within(history).getByText('Entered as signed by mistake')).toBeInTheDocument();
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'proposal', signedAt: null, version: 2 });
  });

  it('offers a coordinator no stage before signature for a signed partnership', async () => {
    const { partnership } = await createPartnership(api, { stage: 'signed', signedAt: '2026-05-01' });
    await api.signIn(COORDINATOR);
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await user.click(await screen.findByRole('combobox', { name: 'Stage' }));
    expect(stageOptions()).toEqual(['Signed', 'Active', 'Dormant', 'Ended']);
  });

  it('refuses a signing date after today next to the field, and saves nothing', async () => {
    const { partnership } = await createPartnership(api, { stage: 'approvals' });
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await pickStage(user, 'Signed');
    await user.type(screen.getByLabelText('Signed on'), '2030-03-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByLabelText('Signed on')).toHaveAccessibleDescription('This date is after today'));
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'approvals', version: 1 });
  });

  it('says why a move back without a note is refused, next to the note, and saves nothing', async () => {
    const { partnership } = await createPartnership(api, { stage: 'proposal' });
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await pickStage(user, 'Interest');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Note for the stage history')).toHaveAccessibleDescription(
        'Moving back to an earlier stage needs a note saying why.',
      ),
    );
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'proposal', version: 1 });
  });

  it('shows a field error from the server next to its field', async () => {
    const { partnership } = await createPartnership(api);
    api.server.use(
      http.put('*/api/partnerships/:id', () =>
        HttpResponse.json({ message: 'app.error.invalid', errors: { notes: 'app.validation.tooLong' } }, { status: 400 }),
      ),
    );
    expectRefusal(400);
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await fill(user, 'Notes', 'A very long story');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByLabelText('Notes')).toHaveAccessibleDescription('Too long'));
  });

  it('keeps what the user typed when someone else saved first, and says so', async () => {
    const { partnership } = await createPartnership(api);
    expectRefusal(409);
    const user = userEvent.setup();
    renderApp(`/partnerships/${partnership.id}`);

    await screen.findByLabelText('Notes');
    await api.update('partnerships', partnership.id, { nextStep: 'Changed by a colleague' });
    await fill(user, 'Notes', 'My call with the mayor went well');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Someone else changed this record while you were editing/)).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('My call with the mayor went well');
    expect((await api.get('partnerships', partnership.id))?.notes).toBeNull();
  });
});
