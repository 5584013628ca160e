import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { inquiryNow, SIGN_UPS, TAMALE, withSignUps } from './inquiryTesting';

const api = useMockApi({ data: withSignUps });

const fullApp = { timeout: 60_000 };
const card = (name: string) => screen.findByRole('region', { name });
const TAMALE_SIGN_UP = SIGN_UPS[0]!;

describe('an inquiry page', fullApp, () => {
  it('shows everything the person sent, as they wrote it', async () => {
    renderApp('/inquiries/1/show');

    const contact = await card('Who wrote');
    expect(within(contact).getByText('Head of international relations')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: 'abena@tamale.example.org' })).toHaveAttribute('href', 'mailto:abena@tamale.example.org');
    expect(within(contact).getByText('+233 20 000 0000')).toBeInTheDocument();
    expect(within(contact).getByText('French')).toBeInTheDocument();

    const city = await card('Their city');
    expect(within(city).getByText('Tamale, Ghana')).toBeInTheDocument();
    expect(within(city).getByText('Western Africa')).toBeInTheDocument();
    expect(within(city).getByText(`Picked from the gazetteer (GeoNames ${TAMALE.geonameId})`)).toBeInTheDocument();

    const wishes = await card('What they are looking for');
    expect(within(wishes).getByText('Youth & education')).toBeInTheDocument();
    expect(within(wishes).getByText('Business & trade')).toBeInTheDocument();
    expect(within(wishes).getByText('Midwest')).toBeInTheDocument();
    expect(within(wishes).getByText('Dayton')).toBeInTheDocument();
    expect(within(wishes).getByText('Yes, given on the sign-up form')).toBeInTheDocument();
    // Their words are text: the markup they typed shows as typed, and makes no element.
    const message = within(wishes).getByText((_, element) => element?.textContent === TAMALE_SIGN_UP.message && element.children.length === 0);
    expect(message).toBeInTheDocument();
    expect(wishes.querySelector('b')).toBeNull();

    expect(within(await card('Triage')).getByText('New')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Suggested partners' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/inquiries/1');
    expect(screen.getByRole('button', { name: 'Convert' })).toBeInTheDocument();
  });

  it('keeps the history of its triage, without the notes’ words', async () => {
    const { status } = await api.call('PUT', '/inquiries/2', { version: 1, status: 'declined', notes: 'Not a city government.' });
    expect(status).toBe(200);
    renderApp('/inquiries/2/show');

    const history = await screen.findByRole('list', { name: 'History' });
    expect(await within(history).findByText('Contacted → Declined', { exact: false })).toBeInTheDocument();
    expect(within(history).queryByText(/Not a city government/)).not.toBeInTheDocument();
  });

  it('once converted, links to its city and partnership, and offers no Convert', async () => {
    const dayton = await api.create('cities', { name: 'Dayton', country: 'US', admin1: 'OH' });
    const { status } = await api.call('POST', '/inquiries/1/convert', { version: 1, geonameId: TAMALE.geonameId, partnerCityId: dayton.id });
    expect(status).toBe(200);
    const converted = await inquiryNow(api, 1);
    renderApp('/inquiries/1/show');

    const triage = await card('Triage');
    expect(within(triage).getByText('Converted')).toBeInTheDocument();
    expect(await within(triage).findByRole('link', { name: 'Tamale' })).toHaveAttribute('href', `/cities/${converted.cityId}/show`);
    expect(await within(triage).findByRole('link', { name: 'Tamale ↔ Dayton' })).toHaveAttribute('href', `/partnerships/${converted.partnershipId}/show`);
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Convert' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Suggested partners' })).not.toBeInTheDocument();
  });
});
