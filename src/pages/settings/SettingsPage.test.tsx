import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { demoSeed, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createDataProvider } from '../../providers/dataProvider';

const ADA = 1; // the admin
const MARCUS = 2; // staff
const api = useMockApi({ data: () => ({ ...demoSeed(), cities: [], partnerships: [], events: [], programs: [], inquiries: [] }), signedInAs: ADA });
// The whole app over the API in the page: on a busy two-core box that takes a while.
const fullApp = { timeout: 60_000 };

async function openSettings() {
  const user = userEvent.setup();
  renderApp('/settings');
  const target = await screen.findByLabelText('Target');
  await waitFor(() => expect(target).toHaveValue(500));
  return { user, target };
}

async function replace(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

const storedSettings = async () => (await api.call('GET', '/settings/1')).json;

describe('the goal settings page', fullApp, () => {
  it('lets an admin save a new target, which the counting rule, the progress figures and the history follow', async () => {
    const { user, target } = await openSettings();
    expect(screen.getByRole('menuitem', { name: 'Goal settings' })).toBeInTheDocument();
    expect(screen.getByText(/^A partnership counts toward 500 when .* signed between Mar 1, 2023 and Feb 29, 2028,/)).toBeInTheDocument();

    await replace(user, target, '650');
    expect(screen.getByText(/^A partnership counts toward 650 when/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The goal settings are saved: the figures follow them from now on.')).toBeInTheDocument();
    expect(await storedSettings()).toMatchObject({ target: 650, version: 2 });
    expect((await api.call('GET', '/stats/progress')).json).toMatchObject({ target: 650 });
    const history = await screen.findByRole('list', { name: 'History' });
    expect(await within(history).findByText('650', { exact: false })).toHaveTextContent('Target: 500 → 650');
  });

  it('keeps a non-admin out, and the API refuses their change', async () => {
    await api.signIn(MARCUS);
    renderApp('/settings');

    expect(await screen.findByText("You don't have the right permissions to access this page")).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Goal settings' })).not.toBeInTheDocument();
    const refused = createDataProvider().update('settings', { id: 1, data: { ...(await storedSettings()), target: 10 }, previousData: { id: 1 } });
    await expect(refused).rejects.toMatchObject({ status: 403 } satisfies Partial<HttpError>);
    expect(await storedSettings()).toMatchObject({ target: 500, version: 1 });
  });

  it('shows a milestone list that goes down as an error of the list, and sends nothing', async () => {
    const { user } = await openSettings();

    await replace(user, screen.getByLabelText('By the end of year 3'), '150');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const milestones = screen.getByRole('group', { name: 'Yearly milestones' });
    await waitFor(() => expect(milestones).toHaveAccessibleDescription('Milestones are cumulative: each at least the one before'));
    expect(await storedSettings()).toMatchObject({ milestones: [100, 200, 300, 400, 500], version: 1 });
  });

  it('offers one milestone per year as the length changes', async () => {
    const { user } = await openSettings();

    await replace(user, screen.getByLabelText('Length in years'), '6');
    expect(await screen.findByLabelText('By the end of year 6')).toHaveValue(null);
    expect(screen.getByText(/signed between Mar 1, 2023 and Feb 28, 2029,/)).toBeInTheDocument();
    await replace(user, screen.getByLabelText('Length in years'), '4');
    expect(screen.queryByLabelText('By the end of year 5')).not.toBeInTheDocument();
  });

  it('explains a conflict and keeps what the admin typed', async () => {
    expectRefusal(409);
    const { user, target } = await openSettings();
    // Another admin saves first: the form's version is now stale.
    await api.call('PUT', '/settings/1', { ...(await storedSettings()), forecastMonths: 36 });

    await replace(user, target, '700');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Someone else changed this record while you were editing/)).toBeInTheDocument();
    expect(target).toHaveValue(700);
    expect(await storedSettings()).toMatchObject({ target: 500, forecastMonths: 36, version: 2 });
  });
});
