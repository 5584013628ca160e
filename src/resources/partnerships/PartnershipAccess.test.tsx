import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

// The demo team (one user per role), no records but the test's own.
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }) });
const LEADERSHIP = 11;
const WESTERN_COORDINATOR = 7;

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

/** One partnership in Western Africa (Ghana), one in Eastern Africa (Kenya). */
async function twoRegions() {
  const western = (await createPartnership(api, {}, { african: 'Quokkaville', us: 'Wombat Falls', country: 'GH' })).partnership;
  const eastern = (await createPartnership(api, {}, { african: 'Ndolwe', us: 'Cedar Bluff', country: 'KE' })).partnership;
  return { western, eastern };
}

describe('what each role is offered on partnerships', fullApp, () => {
  it('offers leadership no Create and no Edit', async () => {
    const { western } = await twoRegions();
    await api.signIn(LEADERSHIP);
    const { unmount } = renderApp('/partnerships');
    await screen.findByText('1-2 of 2');
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
    unmount();

    renderApp(`/partnerships/${western.id}/show`);
    await screen.findByRole('heading', { level: 1, name: /Quokkaville/ });
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('offers a coordinator Edit on a partnership of their region', async () => {
    const { western } = await twoRegions();
    await api.signIn(WESTERN_COORDINATOR);
    renderApp(`/partnerships/${western.id}/show`);
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/partnerships/${western.id}`);
  });

  it('offers a coordinator no Edit on another region’s partnership, nor its form', async () => {
    const { eastern } = await twoRegions();
    await api.signIn(WESTERN_COORDINATOR);
    const { unmount } = renderApp(`/partnerships/${eastern.id}/show`);
    await screen.findByRole('heading', { level: 1, name: /Ndolwe/ });
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    unmount();

    renderApp(`/partnerships/${eastern.id}`);
    expect(await screen.findByText('Your role can read this record but not change it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('opens a coordinator’s pipeline on their region, which they can widen', async () => {
    await twoRegions();
    await api.signIn(WESTERN_COORDINATOR);
    renderApp('/partnerships');
    await screen.findByText('1-1 of 1');
    expect(screen.getByRole('row', { name: /Quokkaville/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Ndolwe/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'AU region' })).getByText('Western Africa')).toBeInTheDocument();
  });
});
