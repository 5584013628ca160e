import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, posts, renderPage } from '../../../tests/setup/joinPage';

afterEach(() => document.body.replaceChildren());

describe('the city, picked from the gazetteer', () => {
  it('is a combobox used by keyboard: arrows move, Escape closes, Enter picks, and the count is announced', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('radio', { name: 'In the United States' }));
    const city = screen.getByRole('combobox', { name: 'City' });
    await user.type(city, 'S');
    expect(api.requests.some((r) => r.url.pathname === '/api/join/places')).toBe(false);

    await user.type(city, 'pr');
    const list = await screen.findByRole('listbox', { name: 'City' });
    expect(city).toHaveAttribute('aria-expanded', 'true');
    expect(city).toHaveAttribute('aria-controls', list.id);
    expect(screen.getByRole('status')).toHaveTextContent('Cities found: 2.');
    const [missouri, illinois] = screen.getAllByRole('option');
    expect(missouri).toHaveTextContent('Springfield, MO');
    const places = api.requests.filter((r) => r.url.pathname === '/api/join/places').at(-1)!;
    expect(Object.fromEntries(places.url.searchParams)).toEqual({ side: 'us', q: 'Spr' });

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(city).toHaveAttribute('aria-activedescendant', illinois!.id);
    expect(illinois).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(city).toHaveAttribute('aria-activedescendant', missouri!.id);
    await user.keyboard('{Escape}');
    expect(city).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(city).toHaveValue('Springfield, IL');
    expect(city).toHaveAttribute('aria-expanded', 'false');
    expect(city).toHaveFocus();
  });

  it('says so when nothing is found', async () => {
    fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('radio', { name: 'In Africa' }));
    await user.type(screen.getByRole('combobox', { name: 'City' }), 'Zzz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No city found.'));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('combobox', { name: 'City' })).toHaveAccessibleDescription(/Pick your city from the list/);
  });

  it('may be typed instead, with its country named in the reader’s language', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    await renderPage('fr');
    await user.click(screen.getByRole('radio', { name: 'En Afrique' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ma ville n’est pas dans la liste' }));
    expect(screen.queryByRole('combobox', { name: 'Ville' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Nom de la ville' }), 'Ndalatando');
    const country = screen.getByRole('combobox', { name: 'Pays' });
    await screen.findByRole('option', { name: 'Afrique du Sud' });
    expect(screen.queryByRole('option', { name: 'France' })).not.toBeInTheDocument();
    await user.selectOptions(country, 'AO');
    expect(country).toHaveDisplayValue('Angola');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Município');
    await user.type(screen.getByRole('textbox', { name: 'Votre nom' }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: 'Adresse e-mail' }), 'ana@example.org');
    await user.click(screen.getByRole('checkbox', { name: /J’accepte/ }));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    await screen.findByRole('heading', { name: /Merci/ });
    expect(posts(api)[0]!.body).toMatchObject({ cityName: 'Ndalatando', country: 'AO', admin1: null, locale: 'fr' });
    expect(posts(api)[0]!.body).not.toHaveProperty('geonameId');
  });

  it('for a US city typed in, asks for the state', async () => {
    fakeApi();
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('radio', { name: 'In the United States' }));
    await user.click(screen.getByRole('checkbox', { name: 'My city is not in the list' }));
    await screen.findByRole('option', { name: 'Wyoming' });
    expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveAccessibleDescription('Choose the US state');
    expect(screen.getByRole('textbox', { name: 'City name' })).toHaveAccessibleDescription('Required');
  });
});
