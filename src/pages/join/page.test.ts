import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, fillRequired, json, posts, renderPage } from '../../../tests/setup/joinPage';

afterEach(() => document.body.replaceChildren());

describe('the public sign-up page', () => {
  it('says what is missing next to each field, focuses the first, and sends nothing', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    const africa = screen.getByRole('radio', { name: 'In Africa' });
    expect(africa).toHaveFocus();
    expect(africa).toHaveAccessibleDescription('Pick one of the choices');
    const organisation = screen.getByRole('textbox', { name: 'Organisation' });
    expect(organisation).toHaveAttribute('aria-invalid', 'true');
    expect(organisation).toHaveAccessibleDescription(/Required$/);
    expect(screen.getByRole('checkbox', { name: /I agree/ })).toHaveAccessibleDescription('Tick this box so that we may contact you.');
    expect(screen.getByRole('textbox', { name: 'Your role (optional)' })).not.toHaveAttribute('aria-invalid');
    expect(posts(api)).toEqual([]);

    await user.type(organisation, 'Accra Metropolitan Assembly');
    expect(organisation).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server’s errors next to their fields, focuses the first and keeps what was typed', async () => {
    const api = fakeApi();
    api.answer = () => json({ message: 'app.error.invalid', errors: { phone: 'app.validation.phone', email: 'app.validation.email' } }, { status: 400 });
    const user = userEvent.setup();
    await renderPage();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const email = screen.getByRole('textbox', { name: 'E-mail address' });
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription('Enter a valid e-mail address');
    expect(screen.getByRole('textbox', { name: 'Phone number (optional)' })).toHaveAccessibleDescription(/Use only digits/);
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    expect(screen.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Accra Metropolitan Assembly');
    expect(screen.getByRole('combobox', { name: 'City' })).toHaveValue('Accra, Ghana');
  });

  it('sends the sign-up and puts a confirmation in place of the form, its heading focused, nothing typed made markup', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await fillRequired(user, '<img src=x onerror="alert(1)">');
    await user.click(screen.getByRole('checkbox', { name: 'Youth and education' }));
    // An African city: the partner regions are the US Census regions.
    await screen.findByRole('option', { name: 'Midwest' });
    expect(screen.queryByRole('option', { name: 'Western Africa' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Partner region/ }), 'Midwest');
    await user.type(screen.getByRole('textbox', { name: 'Message (optional)' }), 'Hello');
    expect(screen.getByText('5 of 2,000 characters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Thank you: your request has reached us' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/will write to you at .ama@example\.org. within a few working days/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(posts(api)).toHaveLength(1);
    expect(posts(api)[0]!.body).toMatchObject({
      side: 'africa', geonameId: 2306104, organisation: '<img src=x onerror="alert(1)">', contactName: 'Ama Owusu',
      email: 'ama@example.org', focusAreas: ['youth_education'], preferredRegion: 'Midwest', message: 'Hello',
      consent: true, locale: 'en', token: 'token-1', url2: '',
    });
  });

  it('keeps the field for robots out of sight, out of the tab order and out of the accessibility tree', async () => {
    fakeApi();
    await renderPage();
    expect(screen.queryByRole('textbox', { name: 'Leave this field empty' })).not.toBeInTheDocument();
    const trap = screen.getByLabelText('Leave this field empty');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('says when to try again after too many sign-ups', async () => {
    const api = fakeApi();
    api.answer = () => json({ message: 'join.error.tooMany' }, { status: 429, headers: { 'Retry-After': '300' } });
    const user = userEvent.setup();
    await renderPage();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Too many requests have come from this connection. Please try again in 5 minutes.')).toBeInTheDocument();
  });

  it('asks for a fresh stamp when the form expired, and keeps the stamp when it was only sent too fast', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await fillRequired(user);
    api.answer = () => json({ message: 'join.error.tooFast' }, { status: 400 });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText(/That was quick!/);
    expect(api.tokens).toBe(1);

    api.answer = () => json({ message: 'join.error.expired' }, { status: 400 });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText(/open for a long time/);
    await waitFor(() => expect(api.tokens).toBe(2));

    api.answer = () => json({ received: true }, { status: 202 });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByRole('heading', { name: /Thank you/ });
    expect(posts(api).map((post) => post.body!.token)).toEqual(['token-1', 'token-1', 'token-2']);
  });

  it('keeps the form and says to try again when the request never got through', async () => {
    const api = fakeApi();
    api.answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    await renderPage();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your request could not be sent.');
    expect(within(screen.getByRole('main')).getByRole('textbox', { name: 'Your name' })).toHaveValue('Ama Owusu');
    expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
  });

  it('asks the server nothing but the sign-up’s own routes, on its own origin', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByRole('heading', { name: /Thank you/ });
    // Paths without a host: the page's own origin. No /api/auth, no product data.
    expect(new Set(api.requests.map((r) => `${r.method} ${r.raw.split('?')[0]}`))).toEqual(new Set(['GET /api/join/start', 'GET /api/join/places', 'POST /api/join']));
  });
});
