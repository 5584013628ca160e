import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership } from '../../../tests/setup/testRecords';
import { cardIn, column, forgetWatchers, moveByKeyboard, moveByMenu, PAIR, watchPuts, withTeam } from './boardTesting';

const api = useMockApi({ data: withTeam });
forgetWatchers(api);

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

describe('moving a card on the stage board', fullApp, () => {
  it('moves a card with the keyboard in one request, and it lands in its new column with the totals', async () => {
    const { partnership } = await createPartnership(api, { stage: 'exploring' });
    const user = userEvent.setup();
    renderApp('/board');
    await cardIn('Exploring');
    const puts = watchPuts(api);

    await moveByKeyboard(user, 'Proposal');

    await cardIn('Proposal');
    await waitFor(async () => expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'proposal', version: 2 }));
    expect(await screen.findByRole('region', { name: 'Proposal: 1 partnership' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Exploring: 0 partnerships' })).toBeInTheDocument();
    expect(puts).toEqual([`/api/partnerships/${partnership.id}`]);
  });

  it('asks for the signing date first, then sends it with the move', async () => {
    const { partnership } = await createPartnership(api, { stage: 'approvals' });
    const user = userEvent.setup();
    renderApp('/board');
    const puts = watchPuts(api);

    await moveByMenu(user, 'Signed');
    const dialog = await screen.findByRole('dialog', { name: 'Move to Signed' });
    const date = within(dialog).getByLabelText(/Signed on/);
    expect(date).toHaveFocus();
    expect(puts).toEqual([]);
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    await cardIn('Signed');
    await waitFor(async () => expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'signed', signedAt: '2026-11-20' }));
    expect(puts).toHaveLength(1);
  });

  it('refuses a signing date after today in the dialog, and Esc leaves the card where it was', async () => {
    const { partnership } = await createPartnership(api, { stage: 'approvals' });
    const user = userEvent.setup();
    renderApp('/board');
    const puts = watchPuts(api);

    await moveByMenu(user, 'Signed');
    const dialog = await screen.findByRole('dialog', { name: 'Move to Signed' });
    const date = within(dialog).getByLabelText(/Signed on/);
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(date).toHaveAccessibleDescription('This date is after today');
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await cardIn('Approvals')).toBeInTheDocument();
    expect(puts).toEqual([]);
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'approvals', version: 1 });
  });

  it('asks a note for a step back and keeps it in the stage history', async () => {
    const { partnership } = await createPartnership(api, { stage: 'proposal' });
    const user = userEvent.setup();
    renderApp('/board');

    await moveByMenu(user, 'Interest');
    const dialog = await screen.findByRole('dialog', { name: 'Move to Interest' });
    await user.type(within(dialog).getByLabelText(/Note for the stage history/), 'The mayor asked for more time');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    await cardIn('Interest');
    await waitFor(async () => expect((await api.get('partnerships', partnership.id))?.stageHistory.at(-1)).toMatchObject({ stage: 'interest', note: 'The mayor asked for more time' }));
  });

  it('puts a card the server refuses back in its column and says why', async () => {
    // First contact on 2025-02-03: a signature before it breaks the dates' order, which the server checks.
    const { partnership } = await createPartnership(api, { stage: 'approvals' });
    expectRefusal(400);
    const user = userEvent.setup();
    renderApp('/board');

    await moveByMenu(user, 'Signed');
    const dialog = await screen.findByRole('dialog', { name: 'Move to Signed' });
    const date = within(dialog).getByLabelText(/Signed on/);
    await user.clear(date);
    await user.type(date, '2024-06-01');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    expect(await screen.findByText('The signing date is before the first contact')).toBeInTheDocument();
    await waitFor(async () => expect(within(await column('Approvals')).getByRole('article', { name: PAIR })).toBeInTheDocument());
    expect(within(await column('Signed')).queryByRole('article', { name: PAIR })).not.toBeInTheDocument();
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'approvals', version: 1 });
  });

  it('puts the card back when someone changed it meanwhile, and the next try carries the new version', async () => {
    const { partnership } = await createPartnership(api, { stage: 'exploring' });
    expectRefusal(409);
    const user = userEvent.setup();
    renderApp('/board');
    await cardIn('Exploring');
    await api.update('partnerships', partnership.id, { nextStep: 'Call the city manager' });
    const puts = watchPuts(api);

    await moveByMenu(user, 'Proposal');

    expect(await screen.findByText(/Someone else changed this partnership meanwhile/)).toBeInTheDocument();
    expect(await within(await cardIn('Exploring')).findByText('Call the city manager')).toBeInTheDocument();
    expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'exploring', version: 2 });

    await moveByMenu(user, 'Proposal');
    await waitFor(async () => expect(await api.get('partnerships', partnership.id)).toMatchObject({ stage: 'proposal', version: 3 }));
    expect(puts).toHaveLength(2);
  });
});
