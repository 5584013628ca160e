import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

// Abena Mensah, coordinator of Western Africa, on the demo pipeline.
useMockApi({ signedInAs: 7 });

describe('the dashboard of a coordinator', () => {
  it('opens on their region, and shows all of Africa when they ask', async () => {
    renderApp('/progress');
    const region = await screen.findByRole('combobox', { name: 'Region' });
    expect(region).toHaveTextContent('Western Africa');

    await userEvent.click(region);
    await userEvent.click(await screen.findByRole('option', { name: 'All Africa' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Region' })).toHaveTextContent('All Africa'));
  });
});
