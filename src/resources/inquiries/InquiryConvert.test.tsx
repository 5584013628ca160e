import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { PHONE_WIDTH, setScreenWidth } from '../../../tests/setup/screenWidth';
import { inquiryNow, placeOf, SIGN_UPS, TAMALE, withSignUps } from './inquiryTesting';

const api = useMockApi({ data: withSignUps });

const fullApp = { timeout: 60_000 };

/** Dayton, OH: an SCI member, so the suggestions offer it. */
const createDayton = () => api.create('cities', { name: 'Dayton', country: 'US', admin1: 'OH', sciMember: true, duesPaidThrough: '2027-06-30' });

async function openConvertDialog(id: number) {
  const user = userEvent.setup();
  renderApp(`/inquiries/${id}/show`);
  await user.click(await screen.findByRole('button', { name: 'Convert' }));
  const dialog = await screen.findByRole('dialog', { name: /^Convert the inquiry of/ });
  return { user, dialog };
}

describe('converting an inquiry', fullApp, () => {
  it('makes the gazetteer city and a prospect with a suggested partner, linked back to the inquiry', async () => {
    const dayton = await createDayton();
    const { user, dialog } = await openConvertDialog(1);

    expect(within(dialog).getByRole('radio', { name: /^Tamale, Ghana, from the gazetteer/ })).toBeChecked();
    await user.click(await within(dialog).findByRole('button', { name: 'Use as partner: Dayton' }));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Partner city' })).toHaveValue('Dayton, OH, United States'));
    expect(within(dialog).getByRole('combobox', { name: 'Kind of partnership' })).toHaveTextContent('Sister city');
    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));

    expect(await within(dialog).findByText('The city is in the initiative and a prospect partnership is open.')).toBeInTheDocument();
    const inquiry = await inquiryNow(api, 1);
    expect(inquiry).toMatchObject({ status: 'converted', version: 2 });
    expect(within(dialog).getByRole('link', { name: 'Open the partnership' })).toHaveAttribute('href', `/partnerships/${inquiry.partnershipId}/show`);
    expect(within(dialog).getByRole('link', { name: 'Open the partnership' })).toHaveFocus();
    expect(await api.get('partnerships', inquiry.partnershipId!)).toMatchObject({
      africanCityId: inquiry.cityId,
      usCityId: dayton.id,
      stage: 'prospect',
      kind: 'sister',
      cohort: '500in5',
      focusAreas: expect.arrayContaining(SIGN_UPS[0]!.focusAreas),
    });
    expect(await api.get('cities', inquiry.cityId!)).toMatchObject({ name: 'Tamale', country: 'GH', geonameId: TAMALE.geonameId });

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const triage = await screen.findByRole('region', { name: 'Triage' });
    expect(await within(triage).findByRole('link', { name: 'Tamale ↔ Dayton' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
  });

  it('opens with the partner picked among the suggestions on the page', async () => {
    await createDayton();
    const user = userEvent.setup();
    renderApp('/inquiries/1/show');

    await user.click(await screen.findByRole('button', { name: 'Convert with this partner: Dayton' }));

    const dialog = await screen.findByRole('dialog', { name: 'Convert the inquiry of Tamale Metropolitan Assembly' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Partner city' })).toHaveValue('Dayton, OH, United States'));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await inquiryNow(api, 1)).status).toBe('new');
  });

  it('uses a city already listed, without a partner, by keyboard on a phone', async () => {
    setScreenWidth(PHONE_WIDTH);
    const hoville = await api.create('cities', { name: 'Hoville', country: 'GH' });
    const { user, dialog } = await openConvertDialog(2);

    expect(dialog).toHaveClass('MuiDialog-paperFullScreen');
    expect(within(dialog).getByRole('radio', { name: 'A city already listed' })).toBeChecked();
    expect(within(dialog).getByText('They typed: Hoville, Ghana')).toBeInTheDocument();
    act(() => within(dialog).getByRole('combobox', { name: 'City already listed' }).focus());
    await user.keyboard('Hov');
    await screen.findByRole('option', { name: 'Hoville, Ghana' });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'City already listed' })).toHaveValue('Hoville, Ghana'));
    act(() => within(dialog).getByRole('button', { name: 'Convert' }).focus());
    await user.keyboard('{Enter}');

    expect(await within(dialog).findByText('The city is in the initiative. No partnership was opened.')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the city' })).toHaveAttribute('href', `/cities/${hoville.id}/show`);
    expect(await inquiryNow(api, 2)).toMatchObject({ status: 'converted', cityId: hoville.id, partnershipId: null });
  });

  it('adds a city found in the gazetteer when they typed theirs', async () => {
    const nakuru = placeOf('Nakuru', 'KE');
    const { user, dialog } = await openConvertDialog(6);

    await user.click(within(dialog).getByRole('radio', { name: 'Another city of the gazetteer' }));
    const search = within(dialog).getByRole('combobox', { name: 'City in the gazetteer' });
    expect(search).toHaveValue('Nakuru');
    await user.click(search);
    await user.click(await screen.findByRole('option', { name: /^Nakuru, Kenya/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));

    expect(await within(dialog).findByText('The city is in the initiative. No partnership was opened.')).toBeInTheDocument();
    const { cityId } = await inquiryNow(api, 6);
    expect(await api.get('cities', cityId!)).toMatchObject({ name: 'Nakuru', country: 'KE', geonameId: nakuru.geonameId, region: 'Eastern' });
  });

  it('asks for the city before sending', async () => {
    const { user, dialog } = await openConvertDialog(2);

    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));

    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'City already listed' })).toHaveAccessibleDescription('Required'));
    expect((await inquiryNow(api, 2)).status).toBe('contacted');
  });

  it('shows a refusal next to the partner, and keeps what was picked', async () => {
    const dayton = await createDayton();
    const tamale = await api.create('cities', { name: 'Tamale', country: 'GH', admin1: TAMALE.admin1, geonameId: TAMALE.geonameId });
    await api.create('partnerships', { africanCityId: tamale.id, usCityId: dayton.id, kind: 'sister', cohort: '500in5', stage: 'interest', firstContactAt: '2026-10-01' });
    const { user, dialog } = await openConvertDialog(1);

    await user.type(within(dialog).getByRole('combobox', { name: 'Partner city' }), 'Day');
    await user.click(await screen.findByRole('option', { name: 'Dayton, OH, United States' }));
    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));

    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Partner city' })).toHaveAccessibleDescription('These two cities already have an open partnership'));
    expect(within(dialog).getByRole('combobox', { name: 'Partner city' })).toHaveValue('Dayton, OH, United States');
    expect(within(dialog).getByRole('radio', { name: /^Tamale, Ghana, from the gazetteer/ })).toBeChecked();
    expect(await inquiryNow(api, 1)).toMatchObject({ status: 'new', cityId: null, partnershipId: null });
  });

  it('reloads an inquiry changed meanwhile, and converts it on the next try', async () => {
    const { user, dialog } = await openConvertDialog(1);
    const { status } = await api.call('PUT', '/inquiries/1', { version: 1, status: 'contacted', notes: 'Called.' });
    expect(status).toBe(200);

    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));
    expect(await within(dialog).findByText('The inquiry was reloaded: check it, then convert again.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Triage', hidden: true })).getByText('Contacted')).toBeInTheDocument());
    await user.click(within(dialog).getByRole('button', { name: 'Convert' }));

    expect(await within(dialog).findByText('The city is in the initiative. No partnership was opened.')).toBeInTheDocument();
    expect(await inquiryNow(api, 1)).toMatchObject({ status: 'converted', notes: 'Called.', version: 3 });
  });
});
