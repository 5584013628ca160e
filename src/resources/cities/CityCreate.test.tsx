import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import gazetteer from 'virtual:gazetteer';
import { demoSeed, useMockApi } from '../../../tests/setup/mockApi';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { renderApp } from '../../../tests/setup/renderApp';

// An initiative without cities yet: every gazetteer city can be added.
const api = useMockApi({ data: () => ({ ...demoSeed(), cities: [], partnerships: [], events: [], programs: [], inquiries: [] }) });
// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };
const accraInGazetteer = gazetteer.find((city) => city.name === 'Accra' && city.country === 'GH')!;

async function openCreatePage() {
  const user = userEvent.setup();
  renderApp('/cities/create');
  await screen.findByLabelText('City name');
  return user;
}

async function lookUp(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('City name'));
  await user.paste(text);
}

describe('adding a city', fullApp, () => {
  it('fills the form from the gazetteer, keeps it editable, and saves', async () => {
    const user = await openCreatePage();

    await lookUp(user, 'Accra');
    const population = accraInGazetteer.population.toLocaleString('en');
    await user.click(await screen.findByText(`Accra, Ghana · ${population} people`));

    expect(screen.getByLabelText('Name')).toHaveValue('Accra');
    expect(screen.getByLabelText('Latitude')).toHaveValue(accraInGazetteer.lat);
    expect(screen.getByLabelText('Population')).toHaveValue(accraInGazetteer.population);
    expect(screen.getByLabelText('Population year')).toHaveValue(new Date().getFullYear());
    expect(screen.getByLabelText('Country')).toHaveTextContent('Ghana');
    expect(screen.getByText('Region: Western Africa')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Leader'), 'Elizabeth Sackey');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(within(identity).getByText('Ghana')).toBeInTheDocument();
    const [stored] = await api.all('cities');
    expect(stored).toMatchObject({
      name: 'Accra',
      country: 'GH',
      geonameId: accraInGazetteer.geonameId,
      population: accraInGazetteer.population,
      populationYear: new Date().getFullYear(),
      leaderName: 'Elizabeth Sackey',
      side: 'africa',
      region: 'Western',
    });
  });

  it('leads to a city already in the list instead of adding it twice', async () => {
    const listed = await api.create('cities', { name: 'Accra', country: 'GH', admin1: '01', geonameId: accraInGazetteer.geonameId });
    const user = await openCreatePage();

    await lookUp(user, 'Accra');
    await user.click(await screen.findByText('(already in the list)', { exact: false }));

    expect(screen.getByText('Accra is already in the list.', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open it' })).toHaveAttribute('href', `/cities/${listed.id}/show`);
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('takes a city typed by hand, and asks a US city for its state', async () => {
    const user = await openCreatePage();

    await user.type(screen.getByLabelText('Name'), 'Quokka Springs');
    await user.click(screen.getByLabelText('Country'));
    await user.click(await screen.findByText('United States', { selector: '[role="option"]' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const state = await screen.findByLabelText('State / province');
    await waitFor(() => expect(state).toHaveAccessibleDescription('Pick the US state'));
    expect(await api.all('cities')).toHaveLength(0);

    await user.click(state);
    await user.click(await screen.findByText('Georgia', { selector: '[role="option"]' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(within(identity).getByText('Georgia')).toBeInTheDocument();
    expect(within(identity).getByText('South')).toBeInTheDocument();
    expect(await api.all('cities')).toMatchObject([{ name: 'Quokka Springs', country: 'US', admin1: 'GA', region: 'South' }]);
  });

  it('warns that a city typed by hand is already recorded, and offers it', async () => {
    const bozeman = await api.create('cities', { name: 'Bozeman', country: 'US', admin1: 'MT' });
    const user = await openCreatePage();

    await user.type(screen.getByLabelText('Name'), 'bozeman');
    await user.click(screen.getByLabelText('Country'));
    await user.click(await screen.findByText('United States', { selector: '[role="option"]' }));
    await user.click(await screen.findByLabelText('State / province'));
    await user.click(await screen.findByText('Montana', { selector: '[role="option"]' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Bozeman, Montana is already recorded — open it');
    expect(within(warning).getByRole('link', { name: 'open it' })).toHaveAttribute('href', `/cities/${bozeman.id}/show`);
  });

  it('offers the recorded city when the save is refused as a duplicate', async () => {
    const user = await openCreatePage();
    await user.type(screen.getByLabelText('Name'), 'Lomé');
    await user.click(screen.getByLabelText('Country'));
    await user.click(await screen.findByText('Togo', { selector: '[role="option"]' }));
    // Someone else records it meanwhile: the form could not have warned.
    const lome = await api.create('cities', { name: 'Lome', country: 'TG' });
    expectRefusal(409);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('link', { name: 'open it' })).toHaveAttribute('href', `/cities/${lome.id}/show`);
    expect(await api.all('cities')).toHaveLength(1);
  });

  it('creates one city from a double click on Save', async () => {
    const user = await openCreatePage();
    await user.type(screen.getByLabelText('Name'), 'Kpalimé');
    await user.click(screen.getByLabelText('Country'));
    await user.click(await screen.findByText('Togo', { selector: '[role="option"]' }));

    await user.dblClick(screen.getByRole('button', { name: 'Save' }));

    await screen.findByRole('region', { name: 'Identity' });
    expect(await api.all('cities')).toMatchObject([{ name: 'Kpalimé' }]);
  });
});
