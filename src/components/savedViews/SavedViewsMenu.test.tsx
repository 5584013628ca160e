import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callApi, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline, STAFF_NAME } from '../../../tests/setup/testRecords';
import type { SeedData } from '../../domain/seed';

const AMA = 1; // staff, the page's user unless a test signs in another
const KOFI = 2; // leadership: a view is a preference, which every role keeps
const ABENA = 3; // the coordinator of Western
/** A small team: the fixtures act as its admin, so the views they make are Ada's. */
const team = (): SeedData => {
  const data = emptyPipeline();
  return {
    ...data,
    users: [
      ...data.users,
      { id: KOFI, email: 'kofi.boateng@example.org', fullName: 'Kofi Boateng', role: 'leadership', region: null, disabled: false },
      { id: ABENA, email: 'abena.owusu@example.org', fullName: 'Abena Owusu', role: 'coordinator', region: 'Western', disabled: false },
      { id: 4, email: 'ada.admin@example.org', fullName: 'Ada Admin', role: 'admin', region: null, disabled: false },
    ],
  };
};

const api = useMockApi({ data: team, signedInAs: AMA });
const fullApp = { timeout: 40_000 };

type User = ReturnType<typeof userEvent.setup>;

const showsTotal = (text: string) => screen.findByText(text);
const openViews = async (user: User) => user.click(await screen.findByRole('button', { name: 'Views' }));

async function saveCurrentView(user: User, name: string, { share }: { share: boolean }) {
  await openViews(user);
  await user.click(await screen.findByRole('menuitem', { name: 'Save current view…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Save the current view' });
  await user.click(within(dialog).getByRole('textbox', { name: 'Name' }));
  await user.paste(name);
  if (share) await user.click(within(dialog).getByLabelText('Share with the team'));
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('saved views', fullApp, () => {
  it('saves the list’s filter on the server, and a teammate sees it only when shared', async () => {
    await createPartnership(api, { stage: 'proposal' });
    await createPartnership(api, {}, { african: 'Ndolwe', us: 'Cedar Bluff' });
    const user = userEvent.setup();
    const page = renderApp('/partnerships?filter=%7B%22stage%22%3A%22proposal%22%7D');
    await showsTotal('1-1 of 1');

    await saveCurrentView(user, 'Proposals', { share: true });
    // One she keeps to herself, saved as the page would.
    await callApi('POST', '/views', { name: 'Only mine', target: 'partnerships', filter: { stage: 'exploring' } });
    const { json: views } = await api.call('GET', '/views?filter={"target":"partnerships"}');
    expect(views).toEqual([expect.objectContaining({ name: 'Proposals', filter: { stage: 'proposal' }, shared: true, ownerName: STAFF_NAME })]);

    // Kofi (leadership), in another browser.
    page.unmount();
    await api.signIn(KOFI);
    renderApp('/partnerships');
    await showsTotal('1-2 of 2');
    await openViews(user);
    const menu = await screen.findByRole('menu');
    expect(await within(menu).findByRole('menuitem', { name: `Proposals by ${STAFF_NAME}` })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: /Only mine/ })).not.toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Save current view…' })).toBeInTheDocument();
  });

  it('applies a view: the list shows its filter, rows and count', async () => {
    await createPartnership(api, { stage: 'proposal' });
    await createPartnership(api, {}, { african: 'Ndolwe', us: 'Cedar Bluff' });
    await api.call('POST', '/views', { name: 'Proposals', target: 'partnerships', filter: { stage: 'proposal' }, shared: true });
    const user = userEvent.setup();
    renderApp('/partnerships');
    await showsTotal('1-2 of 2');

    await openViews(user);
    await user.click(await screen.findByRole('menuitem', { name: 'Proposals by Ada Admin' }));
    await showsTotal('1-1 of 1');
    expect(screen.getByRole('row', { name: /Kalimbeza/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Ndolwe/ })).not.toBeInTheDocument();
  });

  it('gives a coordinator their region’s starter views', async () => {
    await createPartnership(api, { nextStepDue: '2026-11-01' }, { african: 'Akwaba', us: 'Elm Grove', country: 'GH' });
    await createPartnership(api, { nextStepDue: '2026-12-20' }, { african: 'Osei', us: 'Birch Hill', country: 'GH' });
    await createPartnership(api, { nextStepDue: '2026-11-01' });
    await api.signIn(ABENA);
    const user = userEvent.setup();
    renderApp('/partnerships');
    await showsTotal('1-2 of 2');

    await openViews(user);
    const menu = await screen.findByRole('menu');
    for (const name of ['Western Africa — all', 'Western Africa — overdue next steps', 'Western Africa — stalled']) {
      expect(within(menu).getByRole('menuitem', { name })).toBeInTheDocument();
    }
    // Starter views are read-only: there is nothing of hers to manage.
    expect(within(menu).queryByRole('menuitem', { name: 'Manage my views…' })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitem', { name: 'Western Africa — overdue next steps' }));
    await showsTotal('1-1 of 1');
    expect(screen.getByRole('row', { name: /Akwaba/ })).toBeInTheDocument();
  });

  it('renames, shares and deletes the user’s own views, by keyboard', async () => {
    await api.create('cities', { name: 'Kalimbeza', country: 'ZM' });
    const user = userEvent.setup();
    renderApp('/cities');
    await showsTotal('1-1 of 1');
    await saveCurrentView(user, 'Every city', { share: false });

    await openViews(user);
    await user.click(await screen.findByRole('menuitem', { name: 'Manage my views…' }));
    const dialog = await screen.findByRole('dialog', { name: 'My views' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.paste('All cities');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('The view is changed.')).toBeInTheDocument();
    const { json: shared } = await api.call('GET', '/views?filter={"target":"cities"}');
    expect(shared).toEqual([expect.objectContaining({ name: 'All cities', shared: true, version: 2 })]);

    await user.click(await within(await screen.findByRole('dialog', { name: 'My views' })).findByRole('button', { name: 'Delete All cities' }));
    expect(await screen.findByText('The view is deleted.')).toBeInTheDocument();
    expect((await api.call('GET', '/views')).json).toEqual([]);
  });
});
