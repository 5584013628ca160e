import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

const api = useMockApi({ data: emptyPipeline });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

type User = ReturnType<typeof userEvent.setup>;

const rowOf = (city: string) => screen.getByRole('row', { name: new RegExp(city) });
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');
/** The list has answered the last change (the search waits for typing to pause, then asks the API). */
const showsTotal = (text: string) => screen.findByText(text);

async function search(user: User, text: string, placeholder = 'Search') {
  await user.click(await screen.findByPlaceholderText(placeholder));
  await user.paste(text);
}

async function addFilter(user: User, name: string) {
  await user.click(screen.getByRole('button', { name: 'Add filter' }));
  await user.click(await screen.findByRole('menuitemcheckbox', { name }));
}

describe('the partnership list', fullApp, () => {
  it('finds partnerships by city name and shows what a row is about', async () => {
    await createPartnership(api, { stage: 'signed', signedAt: '2026-03-15', nextStepDue: '2026-12-01' });
    await createPartnership(api, {}, { african: 'Ndolwe', us: 'Cedar Bluff' });
    const user = userEvent.setup();
    renderApp('/partnerships');

    await showsTotal('1-2 of 2');
    await search(user, 'Marlow Springs');
    await showsTotal('1-1 of 1');
    expect(bodyRows()).toHaveLength(1);
    const row = rowOf('Kalimbeza');
    expect(within(row).getByRole('link', { name: 'Kalimbeza' })).toHaveAttribute('href', expect.stringMatching(/^\/cities\/\d+\/show$/));
    expect(within(row).getByRole('link', { name: 'Marlow Springs' })).toBeInTheDocument();
    expect(within(row).getByText('Southern Africa')).toBeInTheDocument();
    expect(within(row).getByText('Signed')).toBeInTheDocument();
    expect(within(row).getByText('Sister city')).toBeInTheDocument();
    expect(within(row).getByText('Mar 15, 2026')).toBeInTheDocument();
    expect(within(row).getByText('Dec 1, 2026')).toBeInTheDocument();
  });

  it('pages through the partnerships the API counts', async () => {
    for (let n = 1; n <= 27; n++) await createPartnership(api, {}, { african: `Kalimbeza ${n}`, us: `Marlow ${n}` });
    const user = userEvent.setup();
    renderApp('/partnerships');

    await showsTotal('1-25 of 27');
    expect(bodyRows()).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await showsTotal('26-27 of 27');
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
  });

  it('narrows the list to the stages picked, and to the stalled ones', async () => {
    await createPartnership(api, { stage: 'proposal', lastActivityAt: '2026-01-05' }, { african: 'Kalimbeza', us: 'Marlow Springs' });
    await createPartnership(api, { stage: 'proposal', lastActivityAt: '2026-11-20' }, { african: 'Ndolwe', us: 'Cedar Bluff' });
    await createPartnership(api, { stage: 'interest' }, { african: 'Sesheke Park', us: 'Harlan Cove' });
    const user = userEvent.setup();
    renderApp('/partnerships');

    await showsTotal('1-3 of 3');
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    await user.click(await screen.findByRole('option', { name: 'Proposal' }));
    await user.keyboard('{Escape}');
    await showsTotal('1-2 of 2');
    expect(screen.queryByRole('row', { name: /Sesheke Park/ })).not.toBeInTheDocument();

    await addFilter(user, 'Stalled only');
    await showsTotal('1-1 of 1');
    expect(within(rowOf('Marlow Springs')).getByText('Stalled')).toBeInTheDocument();
  });

  it('filters by AU region and by signing date', async () => {
    await createPartnership(api, { stage: 'signed', signedAt: '2025-06-01' }, { african: 'Kalimbeza', us: 'Marlow Springs' });
    await createPartnership(api, { stage: 'signed', signedAt: '2026-06-01' }, { african: 'Ndolwe', us: 'Cedar Bluff' });
    const north = await createPartnership(api, { stage: 'signed', signedAt: '2026-06-01' }, { african: 'Tazrout', us: 'Harlan Cove' });
    await api.update('cities', north.african.id, { country: 'MA' });
    const user = userEvent.setup();
    renderApp('/partnerships');

    await showsTotal('1-3 of 3');
    await user.click(screen.getByRole('combobox', { name: 'AU region' }));
    await user.click(await screen.findByRole('option', { name: 'Southern Africa' }));
    await showsTotal('1-2 of 2');
    expect(screen.queryByRole('row', { name: /Tazrout/ })).not.toBeInTheDocument();

    await addFilter(user, 'Signed from');
    await user.type(await screen.findByLabelText('Signed from'), '2026-01-01');
    await showsTotal('1-1 of 1');
    expect(rowOf('Cedar Bluff')).toBeInTheDocument();
  });

  it('filters by kind and by country', async () => {
    await createPartnership(api, { kind: 'friendship' }, { african: 'Kalimbeza', us: 'Marlow Springs' });
    await createPartnership(api, { kind: 'sister' }, { african: 'Ndolwe', us: 'Cedar Bluff' });
    const north = await createPartnership(api, { kind: 'friendship' }, { african: 'Tazrout', us: 'Harlan Cove' });
    await api.update('cities', north.african.id, { country: 'MA' });
    const user = userEvent.setup();
    renderApp('/partnerships');

    await showsTotal('1-3 of 3');
    await addFilter(user, 'Kind');
    await user.click(await screen.findByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Friendship city' }));
    await showsTotal('1-2 of 2');
    await addFilter(user, 'Country');
    await user.click(await screen.findByRole('combobox', { name: 'Country' }));
    await user.paste('Moro');
    await user.click(await screen.findByRole('option', { name: 'Morocco' }));
    await showsTotal('1-1 of 1');
    expect(rowOf('Tazrout')).toBeInTheDocument();
  });

  it('filters by focus area', async () => {
    await createPartnership(api, { focusAreas: ['business_trade', 'arts_culture'] }, { african: 'Kalimbeza', us: 'Marlow Springs' });
    await createPartnership(api, { focusAreas: ['arts_culture'] }, { african: 'Ndolwe', us: 'Cedar Bluff' });
    const user = userEvent.setup();
    renderApp('/partnerships');

    await showsTotal('1-2 of 2');
    await addFilter(user, 'Focus areas');
    await user.click(await screen.findByRole('combobox', { name: 'Focus areas' }));
    await user.click(await screen.findByRole('option', { name: 'Business & trade' }));
    await user.keyboard('{Escape}');
    await showsTotal('1-1 of 1');
    expect(rowOf('Marlow Springs')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    await createPartnership(api, { stage: 'approvals' });
    renderApp('/partnerships', { locale: 'fr' });

    await showsTotal('1-1 sur 1');
    expect(screen.getByRole('columnheader', { name: /Ville africaine/ })).toBeInTheDocument();
    expect(within(rowOf('Kalimbeza')).getByText('Approbations')).toBeInTheDocument();
    expect(within(rowOf('Kalimbeza')).getByText('Afrique australe')).toBeInTheDocument();
  });
});
