import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

// Signed in as Marcus Ellison (staff), the mock API's default.
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }) });

describe('the History of a record', () => {
  it('lists who changed what, newest first, each field before → after', async () => {
    const { partnership } = createPartnership(api, { nextStep: 'Send the draft agreement' });
    api.update('partnerships', partnership.id, { nextStep: 'Call the mayor' });
    renderApp(`/partnerships/${partnership.id}/show`);

    const history = await screen.findByRole('list', { name: 'History' });
    // Each entry is an item of the history; its changes are a list of their own.
    const [latest, first] = within(history).getAllByRole('listitem').filter((item) => item.parentElement === history);
    expect(latest).toHaveTextContent(/^Changed · .+ · Marcus Ellison/);
    expect(latest).toHaveTextContent('Next step: Send the draft agreement → Call the mayor');
    expect(first).toHaveTextContent(/^Created · .+ · Marcus Ellison/);
  });
});
