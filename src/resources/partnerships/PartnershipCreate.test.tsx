import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createCities, createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

const api = useMockApi({ data: emptyPipeline });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

type User = ReturnType<typeof userEvent.setup>;

const cityBox = (side: 'African city' | 'US city') => screen.findByRole('combobox', { name: new RegExp(`^${side}`) });

async function pickCity(user: User, side: 'African city' | 'US city', search: string, option: string) {
  await user.click(await cityBox(side));
  await user.paste(search);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('creating a partnership', fullApp, () => {
  it('joins an African city and a US city, each searched among its own side only', async () => {
    const { african } = await createCities(api, { african: 'Kalimbeza', us: 'Marlow Springs' });
    const { us } = await createCities(api, { african: 'Ndolwe', us: 'Kalimbeza Grove' });
    const user = userEvent.setup();
    renderApp('/partnerships/create');

    await pickCity(user, 'African city', 'Kalimbeza', 'Kalimbeza, Zambia');
    await user.click(await cityBox('US city'));
    await user.paste('Kalimbeza');
    expect(await screen.findByRole('option', { name: 'Kalimbeza Grove, OH' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Kalimbeza, Zambia' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Kalimbeza Grove, OH' }));
    await user.click(screen.getByLabelText('Note for the stage history'));
    await user.paste('Met at the Cape Town summit');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kalimbeza ↔ Kalimbeza Grove' })).toBeInTheDocument();
    const [created] = await api.all('partnerships');
    expect(created).toMatchObject({ africanCityId: african.id, usCityId: us.id, stage: 'prospect', kind: 'sister', cohort: '500in5' });
    expect(created?.stageHistory).toEqual([expect.objectContaining({ stage: 'prospect', note: 'Met at the Cape Town summit' })]);
  });

  it('asks for both cities before sending anything', async () => {
    const user = userEvent.setup();
    renderApp('/partnerships/create');

    await user.click(await screen.findByLabelText('Next step'));
    await user.paste('Call the mayor’s office');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('combobox', { name: /^African city/ })).toHaveAccessibleDescription('Required'));
    expect(screen.getByRole('combobox', { name: /^US city/ })).toHaveAccessibleDescription('Required');
    expect(await api.all('partnerships')).toHaveLength(0);
  });

  it('shows the server’s refusal of a pair that already has an open partnership', async () => {
    await createPartnership(api, { stage: 'interest' });
    expectRefusal(400);
    const user = userEvent.setup();
    renderApp('/partnerships/create');

    await pickCity(user, 'African city', 'Kalimbeza', 'Kalimbeza, Zambia');
    await pickCity(user, 'US city', 'Marlow', 'Marlow Springs, OH');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^US city/ })).toHaveAccessibleDescription(
        'These two cities already have an open partnership',
      ),
    );
    expect(await api.all('partnerships')).toHaveLength(1);
  });
});
