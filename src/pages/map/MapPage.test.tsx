import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi, type MockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { emptyPipeline } from '../../../tests/setup/testRecords';
import { REGION_SHADES } from './geography';

const api = useMockApi({ data: emptyPipeline });
const fullApp = { timeout: 30_000 };

/** A partnership between two new cities with coordinates: an African one and one in Ohio. */
async function pair(fixtures: MockApi, african: { name: string; country: string; at: [number, number] }, us: { name: string; at: [number, number] }, stage = 'exploring') {
  const africanCity = await fixtures.create('cities', { name: african.name, country: african.country, lng: african.at[0], lat: african.at[1] });
  const usCity = await fixtures.create('cities', { name: us.name, country: 'US', admin1: 'OH', lng: us.at[0], lat: us.at[1] });
  return fixtures.create('partnerships', { africanCityId: africanCity.id, usCityId: usCity.id, kind: 'sister', cohort: '500in5', stage, firstContactAt: '2025-02-03' });
}

/** Two partnerships in Western Africa, one in Southern Africa. */
async function threePairs() {
  return [
    await pair(api, { name: 'Quokkaville', country: 'GH', at: [-1.6, 6.7] }, { name: 'Wombat Falls', at: [-83, 40] }),
    await pair(api, { name: 'Ndolwe', country: 'NG', at: [3.4, 6.5] }, { name: 'Marlow Springs', at: [-84.5, 39.1] }, 'proposal'),
    await pair(api, { name: 'Kalimbeza', country: 'ZM', at: [28.3, -15.4] }, { name: 'Ashcombe', at: [-81.7, 41.5] }),
  ];
}

const map = () => screen.findByRole('figure');
const arcsOf = async () => within(await map()).getAllByRole('link');

describe('the partnership map', fullApp, () => {
  it('draws an arc per partnership, shades the regions by their counts, and shows the same data as tables', async () => {
    await threePairs();
    renderApp('/map');

    await waitFor(async () => expect(await arcsOf()).toHaveLength(3));
    const figure = await map();
    expect(within(figure).getByRole('link', { name: 'Ndolwe ↔ Marlow Springs, Proposal' })).toBeInTheDocument();
    expect(within(figure).getByRole('group', { name: 'Western Africa: 2 partnerships' })).toHaveAttribute('fill', REGION_SHADES[5]);
    expect(within(figure).getByRole('group', { name: 'Southern Africa: 1 partnership' })).toHaveAttribute('fill', REGION_SHADES[3]);
    expect(within(figure).getByRole('group', { name: 'Northern Africa: 0 partnerships' })).toHaveAttribute('fill', REGION_SHADES[0]);

    const regions = screen.getByRole('table', { name: 'Partnerships per AU region' });
    expect(within(regions).getByRole('row', { name: 'Western Africa 2' })).toBeInTheDocument();
    expect(within(regions).getByRole('row', { name: 'Southern Africa 1' })).toBeInTheDocument();
    const listed = screen.getByRole('table', { name: 'Partnerships on the map' });
    expect(within(listed).getAllByRole('link').map((link) => link.textContent)).toEqual(['Quokkaville ↔ Wombat Falls', 'Ndolwe ↔ Marlow Springs', 'Kalimbeza ↔ Ashcombe']);
  });

  it('asks again when a filter changes', async () => {
    await threePairs();
    const user = userEvent.setup();
    renderApp('/map');
    await waitFor(async () => expect(await arcsOf()).toHaveLength(3));

    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'Southern Africa' }));
    await waitFor(async () => expect((await arcsOf()).map((arc) => arc.getAttribute('aria-label'))).toEqual(['Kalimbeza ↔ Ashcombe, Exploring']));
    expect(within(await map()).getByRole('group', { name: 'Western Africa: 0 partnerships' })).toHaveAttribute('fill', REGION_SHADES[0]);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nothing like it{Enter}');
    expect(await screen.findByText('No partnership matches these filters.')).toBeInTheDocument();
  });

  it('reads its filter from the address, and a click on an arc opens the partnership', async () => {
    await threePairs();
    const user = userEvent.setup();
    renderApp('/map?stage=proposal');

    const [arc, ...others] = await arcsOf();
    expect(others).toHaveLength(0);
    await user.click(arc!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ndolwe ↔ Marlow Springs' })).toBeInTheDocument();
  });

  it('lists a partnership whose city has no coordinates, without drawing it', async () => {
    const african = await api.create('cities', { name: 'Quokkaville', country: 'GH' });
    const us = await api.create('cities', { name: 'Wombat Falls', country: 'US', admin1: 'IL' });
    await api.create('partnerships', { africanCityId: african.id, usCityId: us.id, kind: 'sister', cohort: '500in5', stage: 'interest' });
    renderApp('/map');

    expect(await screen.findByText('1 partnership is not drawn: a city has no coordinates.')).toBeInTheDocument();
    expect(within(await map()).queryAllByRole('link')).toHaveLength(0);
    expect(within(screen.getByRole('table', { name: 'Partnerships on the map' })).getByRole('link', { name: 'Quokkaville ↔ Wombat Falls' })).toBeInTheDocument();
  });
});
