import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

// The admin reads the whole log.
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }), signedInAs: 1 });

describe('the audit log', { timeout: 40_000 }, () => {
  it('names each record changed and what it points to, and says plainly which are gone', async () => {
    const { partnership, us } = await createPartnership(api);
    const harbor = await api.create('cities', { name: 'Harbor Bend', country: 'US', admin1: 'OH' });
    await api.update('partnerships', partnership.id, { usCityId: harbor.id });
    await api.remove('cities', us.id);
    renderApp('/audit');

    const deleted = (await screen.findAllByText(`a deleted city (#${us.id})`))[0]!.closest('tr')!;
    expect(deleted).toHaveTextContent('Deleted');
    const links = await screen.findAllByRole('link', { name: 'Partnership: Kalimbeza ↔ Harbor Bend' });
    expect(links.map((link) => within(link.closest('tr')!).getAllByRole('cell')[2]!.textContent)).toEqual(['Changed', 'Created']);
    const change = links[0]!.closest('tr')!;
    expect(change).toHaveTextContent(`US city: a deleted city (#${us.id}) → Harbor Bend, OH, US`);
  });

  it('shows a change of the goal settings, with the way to their page', async () => {
    const settings = (await api.call('GET', '/settings/1')).json;
    await api.call('PUT', '/settings/1', { ...settings, target: 600, milestones: [120, 240, 360, 480, 600] });
    renderApp('/audit');

    const link = await screen.findByRole('link', { name: 'Goal settings' });
    expect(link).toHaveAttribute('href', '/settings');
    expect(link.closest('tr')).toHaveTextContent('Target: 500 → 600');
  });
});
