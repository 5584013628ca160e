import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../tests/setup/mockApi';
import { renderApp } from '../../tests/setup/renderApp';

// Abena Mensah, coordinator of Western Africa, on the demo pipeline.
useMockApi({ signedInAs: 7 });
const LAZY_LOAD = { timeout: 15_000 };

describe('the level-one heading of a page', () => {
  it("is the app bar's title where the page has no heading of its own", async () => {
    renderApp('/cities');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cities' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it("is the page's own heading where it has one, the app bar's title then a plain label", async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Western Africa' }, LAZY_LOAD)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1));
    expect(within(screen.getByRole('banner')).getByText('Home')).toBeInTheDocument();
  });
});
