import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { callApi, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

// The page is Marcus Ellison's (staff); the fixtures are Ada Whitfield's (the admin).
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }) });

describe('the History of a record', { timeout: 40_000 }, () => {
  it('lists who changed what, newest first, each field before → after', async () => {
    const { partnership } = await createPartnership(api, { nextStep: 'Send the draft agreement' });
    const change = await callApi('PUT', `/partnerships/${partnership.id}`, { ...partnership, nextStep: 'Call the mayor' });
    expect(change.status).toBe(200);
    renderApp(`/partnerships/${partnership.id}/show`);

    const history = await screen.findByRole('list', { name: 'History' });
    // Each entry is an item of the history; its changes are a list of their own.
    const [latest, first] = within(history).getAllByRole('listitem').filter((item) => item.parentElement === history);
    expect(latest).toHaveTextContent(/^Changed · .+ · Marcus Ellison/);
    expect(latest).toHaveTextContent('Next step: Send the draft agreement → Call the mayor');
    expect(first).toHaveTextContent(/^Created · .+ · Ada Whitfield/);
  });
});
