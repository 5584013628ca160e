import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SeedData } from '../../../domain/seed';
import { useMockApi } from '../../../../tests/setup/mockApi';
import { renderApp } from '../../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../../tests/setup/testRecords';

const KWAME = 2;
const GRACE = 3;

/** The empty pipeline's member of staff (who signs in), a colleague to hand partnerships to, and someone of leadership. */
const team = (): SeedData => {
  const data = emptyPipeline();
  return {
    ...data,
    users: [
      ...data.users,
      { id: KWAME, email: 'kwame.boateng@example.org', fullName: 'Kwame Boateng', role: 'staff', region: null, disabled: false },
      { id: GRACE, email: 'grace.adeyemi@example.org', fullName: 'Grace Adeyemi', role: 'leadership', region: null, disabled: false },
    ],
  };
};

const api = useMockApi({ data: team });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 60_000 };

const rowOf = (city: string) => screen.getByRole('row', { name: new RegExp(city) });
const checkboxOf = (city: string) => within(rowOf(city)).getByRole('checkbox');

async function threePartnerships() {
  const first = await createPartnership(api, {}, { african: 'Kalimbeza', us: 'Marlow Springs' });
  const second = await createPartnership(api, {}, { african: 'Ndolwe', us: 'Cedar Bluff' });
  const third = await createPartnership(api, {}, { african: 'Sesheke Park', us: 'Harlan Cove' });
  return [first.partnership, second.partnership, third.partnership];
}

describe('bulk actions on the partnership list', fullApp, () => {
  it('sets the owner of the rows selected: the rows show the new owner and are unselected', async () => {
    const [kalimbeza, ndolwe, sesheke] = await threePartnerships();
    const user = userEvent.setup();
    renderApp('/partnerships');

    await screen.findByText('1-3 of 3');
    await user.click(checkboxOf('Kalimbeza'));
    await user.click(checkboxOf('Ndolwe'));
    await user.click(screen.getByRole('button', { name: 'Set owner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set the owner of 2 partnerships' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Kwame Boateng' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('2 changed, 0 refused')).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('Kalimbeza')).getByText('Kwame Boateng')).toBeInTheDocument());
    expect(within(rowOf('Ndolwe')).getByText('Kwame Boateng')).toBeInTheDocument();
    expect(within(rowOf('Sesheke Park')).queryByText('Kwame Boateng')).not.toBeInTheDocument();
    expect(checkboxOf('Kalimbeza')).not.toBeChecked();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await api.get('partnerships', kalimbeza.id)).ownerId).toBe(KWAME);
    expect((await api.get('partnerships', ndolwe.id)).ownerId).toBe(KWAME);
    expect((await api.get('partnerships', sesheke.id)).ownerId).toBeNull();
  });

  it('lists a row changed meanwhile as refused, with the reason, and changes the others', async () => {
    const [kalimbeza, ndolwe] = await threePartnerships();
    const user = userEvent.setup();
    renderApp('/partnerships');

    await screen.findByText('1-3 of 3');
    await user.click(checkboxOf('Kalimbeza'));
    await user.click(checkboxOf('Ndolwe'));
    await api.update('partnerships', ndolwe.id, { notes: 'Changed by a colleague' });
    await user.click(screen.getByRole('button', { name: 'Set next step' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set the next step of 2 partnerships' });
    // From the keyboard: the form asks for something to set, then Enter sends it.
    await user.click(within(dialog).getByLabelText('Next step'));
    await user.keyboard('{Enter}');
    expect(await within(dialog).findByText('Give a next step, a due date, or both')).toBeInTheDocument();
    await user.keyboard('Send the draft MoU');
    await user.tab();
    await user.keyboard('2027-01-15{Enter}');

    expect(await screen.findByText('1 changed, 1 refused')).toBeInTheDocument();
    const refused = await screen.findByRole('dialog', { name: 'Not changed' });
    expect(within(refused).getByText('Ndolwe ↔ Cedar Bluff')).toBeInTheDocument();
    expect(within(refused).getByText('Someone else changed it meanwhile: look at it again, then set it anew.')).toBeInTheDocument();
    expect(within(refused).queryByText(/Kalimbeza/)).not.toBeInTheDocument();
    await user.click(within(refused).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(checkboxOf('Ndolwe')).toBeChecked();
    expect(checkboxOf('Kalimbeza')).not.toBeChecked();
    expect(await api.get('partnerships', kalimbeza.id)).toMatchObject({ nextStep: 'Send the draft MoU', nextStepDue: '2027-01-15' });
    expect(await api.get('partnerships', ndolwe.id)).toMatchObject({ nextStep: null, notes: 'Changed by a colleague' });
  });

  it('offers leadership no bulk action and no row to select', async () => {
    await threePartnerships();
    await api.signIn(GRACE);
    renderApp('/partnerships');

    await screen.findByText('1-3 of 3');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set owner' })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await threePartnerships();
    const user = userEvent.setup();
    renderApp('/partnerships', { locale: 'fr' });

    await screen.findByText('1-3 sur 3');
    await user.click(checkboxOf('Kalimbeza'));
    await user.click(screen.getByRole('button', { name: 'Fixer la prochaine étape' }));
    expect(await screen.findByRole('dialog', { name: 'Prochaine étape de 1 partenariat' })).toBeInTheDocument();
  });
});
