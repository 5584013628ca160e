import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toIsoDate, type Partnership } from '../../domain';
import { appEn } from '../../i18n/app.en';
import { formatDate } from '../../components/fields';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { addMonths } from './cityStatus';

const api = useMockApi();
// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

const cityNamed = async (name: string, country: string) =>
  (await api.all('cities', { q: name, country })).find((city) => city.name === name)!;

describe('a city page', fullApp, () => {
  it('shows who the city is and its partnerships', async () => {
    const accra = await cityNamed('Accra', 'GH');
    const partnerships: Partnership[] = await api.all('partnerships', { africanCityId: accra.id });
    expect(partnerships.length).toBeGreaterThan(0);
    renderApp(`/cities/${accra.id}/show`);

    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(within(identity).getByText('Ghana')).toBeInTheDocument();
    expect(within(identity).getByText('Western Africa')).toBeInTheDocument();
    expect(within(identity).getByText(`${accra.population!.toLocaleString('en')} (${accra.populationYear})`)).toBeInTheDocument();

    const table = within(await screen.findByRole('region', { name: 'Partnerships' })).getByRole('table');
    for (const partnership of partnerships) {
      const row = (await within(table).findByText(partnership.usCityName)).closest('tr')!;
      expect(within(row).getByText(appEn.app.stage[partnership.stage])).toBeInTheDocument();
    }
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/cities/${accra.id}`);
  });

  it('lists the African partners of a US city', async () => {
    const [partnership] = await api.all('partnerships');
    renderApp(`/cities/${partnership.usCityId}/show`);

    const section = await screen.findByRole('region', { name: 'Partnerships' });
    expect(await within(section).findByText(partnership.africanCityName)).toBeInTheDocument();
  });

  it('warns when the leader leaves office within six months', async () => {
    const accra = await cityNamed('Accra', 'GH');
    const termEnds = addMonths(toIsoDate(new Date()), 2);
    await api.update('cities', accra.id, { leaderName: 'Kwame Asante', leaderTermEnds: termEnds });
    renderApp(`/cities/${accra.id}/show`);

    expect(await screen.findByText('Kwame Asante')).toBeInTheDocument();
    expect(
      screen.getByText(`The leader's term ends on ${formatDate(termEnds, 'en')}.`, { exact: false }),
    ).toBeInTheDocument();
  });

  it("shows a US member's lapsed dues", async () => {
    const atlanta = await cityNamed('Atlanta', 'US');
    await api.update('cities', atlanta.id, { sciMember: true, duesPaidThrough: '2025-03-31' });
    renderApp(`/cities/${atlanta.id}/show`);

    const membership = await screen.findByRole('region', { name: 'SCI membership' });
    expect(within(membership).getByText('Dues lapsed since Mar 31, 2025')).toBeInTheDocument();
    expect(screen.getByText('Georgia')).toBeInTheDocument();
  });

  it('names the country in the reader’s language', async () => {
    const city = await api.create('cities', { name: 'Quokka Bay', country: 'ZA' });
    renderApp(`/cities/${city.id}/show`, { locale: 'fr' });

    const identity = await screen.findByRole('region', { name: 'Identité' });
    expect(within(identity).getByText('Afrique du Sud')).toBeInTheDocument();
    expect(within(identity).getByText('Afrique australe')).toBeInTheDocument();
  });
});
