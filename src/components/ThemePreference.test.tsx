import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { hexToRgb } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedUsers } from '../domain/seed/users';
import { callApi, useMockApi } from '../../tests/setup/mockApi';
import { renderApp } from '../../tests/setup/renderApp';
import { emptyPipeline } from '../../tests/setup/testRecords';
import { DARK_APP_BAR } from './theme';

// Robert Hayes, leadership: who writes no record still keeps a theme.
const ROBERT = { id: 11, email: 'robert.hayes@sistercities.example' };
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }), signedInAs: ROBERT.id });

const toggle = () => screen.findByRole('button', { name: 'Toggle light/dark mode' });
/** Whether the page is drawn in the dark theme: its app bar takes SCI's deep blue. */
const isDark = () => getComputedStyle(screen.getByRole('banner')).backgroundColor === hexToRgb(DARK_APP_BAR.background);
const themeChanges = async () => (await api.audit({ resource: 'users', recordId: ROBERT.id })).map((row) => row.changes);

describe('the theme', () => {
  it('follows the system until the user chooses, then saves their choice on the server', async () => {
    renderApp('/');
    await userEvent.click(await toggle());
    await waitFor(() => expect(isDark()).toBe(true));
    await waitFor(async () => expect(await themeChanges()).toEqual([{ theme: { before: null, after: 'dark' } }]));
    await userEvent.click(await toggle());
    await waitFor(() => expect(isDark()).toBe(false));
    await waitFor(async () => expect(await themeChanges()).toHaveLength(2));
    expect((await callApi('GET', '/auth/me')).json.theme).toBe('light');
  });

  it('applies the theme the user saved, on signing in from another browser', async () => {
    expect((await callApi('PUT', '/auth/preferences', { theme: 'dark' })).status).toBe(200);
    await api.signIn(null);
    const user = userEvent.setup();
    renderApp('/');
    // The first sign-in page of a file is slow to come on a busy machine (measured 0.5–13 s).
    await user.type(await screen.findByRole('textbox', { name: 'Email' }, { timeout: 20_000 }), ROBERT.email);
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('banner');
    await waitFor(() => expect(isDark()).toBe(true));
    // Applying the saved theme is no new choice: nothing more is written.
    expect(await themeChanges()).toHaveLength(1);
  }, 40_000);

  it('keeps the choice when the language changes and the page is drawn again', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await toggle());
    await waitFor(async () => expect(await themeChanges()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Français' }));
    await screen.findByRole('button', { name: 'Thème clair/sombre' });
    expect(isDark()).toBe(true);
    expect(await themeChanges()).toHaveLength(1);
  });

  it('says so when the choice could not be saved, and keeps it in this browser', async () => {
    api.server.use(http.put('*/api/auth/preferences', () => HttpResponse.json({ message: 'app.error.server' }, { status: 500 })));
    renderApp('/');
    await userEvent.click(await toggle());
    expect(await screen.findByText('Your theme could not be saved: it applies in this browser until you sign out.')).toBeInTheDocument();
    expect(isDark()).toBe(true);
  });
});
