import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedUsers } from '../../domain/seed/users';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { emptyPipeline } from '../../../tests/setup/testRecords';

// Nobody signed in: the app opens on the sign-in page.
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }), signedInAs: null });
const MARCUS = 'marcus.ellison@sistercities.example';

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: 'Email' }), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in page', () => {
  it('opens instead of the app when nobody is signed in, and says when the password is wrong', async () => {
    renderApp('/partnerships');
    await signIn(MARCUS, 'not-the-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    expect(screen.queryByRole('heading', { name: 'Progress' })).not.toBeInTheDocument();
  });

  it('says which fields are missing, next to them, and sends nothing', async () => {
    let attempts = 0;
    api.server.use(http.post('*/api/auth/login', () => void attempts++));
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Required');
    expect(attempts).toBe(0);
  });

  it('lands on their home after signing in', async () => {
    renderApp('/');
    await signIn(MARCUS, DEMO_PASSWORD);
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeInTheDocument();
  });

  it('says how long to wait after too many attempts', async () => {
    api.server.use(
      http.post('*/api/auth/login', () => HttpResponse.json({ message: 'app.auth.tooManyAttempts' }, { status: 429, headers: { 'Retry-After': '8' } })),
    );
    renderApp('/');
    await signIn(MARCUS, DEMO_PASSWORD);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('You can try again in 8 s.');
  });
});
