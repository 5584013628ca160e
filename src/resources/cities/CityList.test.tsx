import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AU_REGIONS, foldText } from '../../domain';
import { appEn } from '../../i18n/app.en';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

const api = useMockApi();

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };
const rowOf = async (name: string) => (await screen.findByText(name, { selector: 'td' })).closest('tr')!;

describe('the city list', fullApp, () => {
  it('finds a city by its name', async () => {
    const cities = await api.all('cities');
    const accra = cities.find((city) => city.name === 'Accra' && city.country === 'GH')!;
    const firstByName = cities.map((city) => city.name).sort((a, b) => (foldText(a) < foldText(b) ? -1 : 1))[0]!;
    const user = userEvent.setup();
    renderApp('/cities');
    await rowOf(firstByName);

    await user.click(screen.getByPlaceholderText('Search'));
    await user.paste('Accra');

    expect(await screen.findByText('1-1 of 1')).toBeInTheDocument();
    const row = await rowOf('Accra');
    expect(within(row).getByText('Ghana')).toBeInTheDocument();
    expect(within(row).getByText('Western Africa')).toBeInTheDocument();
    expect(within(row).getByText(accra.population!.toLocaleString('en'))).toBeInTheDocument();
    expect(within(row).getByText(accra.leaderName!)).toBeInTheDocument();
    expect(screen.queryByText(firstByName, { selector: 'td' })).not.toBeInTheDocument();
  });

  it('filters by region', async () => {
    const southern = await api.all('cities', { region: 'Southern' });
    const user = userEvent.setup();
    renderApp('/cities');
    await screen.findAllByText('Western Africa');

    await user.click(screen.getByLabelText('Add filter'));
    await user.click(await screen.findByText('Region', { selector: '[role="menuitemcheckbox"] *' }));
    await user.click(await screen.findByLabelText('Region'));
    await user.click(await screen.findByText('Southern Africa', { selector: '[role="option"]' }));

    expect(await screen.findByText(`1-25 of ${southern.length}`)).toBeInTheDocument();
    expect(screen.getAllByText('Southern Africa', { selector: 'td *' })).toHaveLength(25);
    for (const region of AU_REGIONS.filter((r) => r !== 'Southern')) {
      expect(screen.queryByText(appEn.app.region[region], { selector: 'td *' })).not.toBeInTheDocument();
    }
  });

  it('shows US states by name and marks members whose dues have lapsed', async () => {
    const [atlanta] = await api.all('cities', { q: 'Atlanta', admin1: 'GA' });
    await api.update('cities', atlanta.id, { sciMember: true, duesPaidThrough: '2024-06-30' });
    const user = userEvent.setup();
    renderApp('/cities');
    await screen.findAllByText('Western Africa');

    await user.click(screen.getByPlaceholderText('Search'));
    await user.paste('Atlanta');

    const row = await rowOf('Atlanta');
    expect(within(row).getByText('Georgia')).toBeInTheDocument();
    expect(within(row).getByText('United States')).toBeInTheDocument();
    expect(within(row).getByText('Dues lapsed since Jun 30, 2024')).toBeInTheDocument();
  });
});
