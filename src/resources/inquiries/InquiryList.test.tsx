import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { PHONE_WIDTH, setScreenWidth } from '../../../tests/setup/screenWidth';
import { COORDINATOR, findRow, joinThroughPublicPage, LEADERSHIP, withSignUps } from './inquiryTesting';

const api = useMockApi({ data: withSignUps });

const fullApp = { timeout: 60_000 };
const showing = (count: number) => screen.findByText(`1-${count} of ${count}`);

describe('the inquiries list', fullApp, () => {
  it('opens on the inquiries still to handle, newest first, and shows the rest on request', async () => {
    const user = userEvent.setup();
    renderApp('/inquiries');

    const tamale = await findRow('Tamale Metropolitan Assembly');
    await showing(4);
    expect(within(tamale).getByText('Abena Mensah')).toBeInTheDocument();
    expect(within(tamale).getByText('Tamale, Ghana')).toBeInTheDocument();
    expect(within(tamale).getByText('Africa')).toBeInTheDocument();
    expect(within(tamale).getByText('Western Africa')).toBeInTheDocument();
    expect(within(tamale).getByText('New')).toBeInTheDocument();
    expect(within(tamale).getByText('Nov 20, 2026')).toBeInTheDocument();
    expect(within(await findRow('Peoria Sister Cities')).getByText('Peoria, IL, United States')).toBeInTheDocument();
    expect(within(await findRow('Ho Youth Council')).getByText('Contacted')).toBeInTheDocument();
    const organisations = screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(organisations).toEqual(['Peoria Sister Cities', 'Nakuru Friends', 'Tamale Metropolitan Assembly', 'Ho Youth Council']);
    expect(screen.queryByText('Bolga Traders')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'All' }));
    await showing(6);
    expect(within(await findRow('Bolga Traders')).getByText('Converted')).toBeInTheDocument();
    expect(within(await findRow('Duplicate Desk')).getByText('Declined')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New' }));
    await showing(3);
    expect(screen.queryByText('Ho Youth Council')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('finds an inquiry by text, and has no Create button', async () => {
    const user = userEvent.setup();
    renderApp('/inquiries');

    await showing(4);
    await user.click(screen.getByPlaceholderText('Search'));
    await user.paste('mensah');
    await showing(1);
    expect(screen.getByText('Tamale Metropolitan Assembly')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
  });

  it('is a simple list on a phone, each inquiry a link to its page', async () => {
    setScreenWidth(PHONE_WIDTH);
    renderApp('/inquiries');

    const tamale = (await screen.findByText('Tamale Metropolitan Assembly')).closest('a')!;
    expect(tamale).toHaveAttribute('href', '/inquiries/1/show');
    expect(within(tamale).getByText('Tamale, Ghana')).toBeInTheDocument();
    expect(within(tamale).getByText('New')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'To handle' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a sign-up sent from the public page, as new', async () => {
    await joinThroughPublicPage(api, { side: 'africa', organisation: 'Wa Municipal Youth Desk', contactName: 'Efua Sam', email: 'efua@wa.example.org', cityName: 'Wa', country: 'GH' });
    renderApp('/inquiries');

    const row = await findRow('Wa Municipal Youth Desk');
    expect(within(row).getByText('Efua Sam')).toBeInTheDocument();
    expect(within(row).getByText('New')).toBeInTheDocument();
  });

  it("gives a coordinator their region's inquiries, and no Export", async () => {
    await api.signIn(COORDINATOR);
    renderApp('/inquiries');

    await findRow('Peoria Sister Cities');
    await showing(3);
    expect(screen.queryByText('Nakuru Friends')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });

  it('is in the menu of staff', async () => {
    renderApp('/');
    expect(await screen.findByRole('menuitem', { name: 'Inquiries' })).toHaveAttribute('href', '/inquiries');
  });

  it('is not in the menu of leadership', async () => {
    await api.signIn(LEADERSHIP);
    renderApp('/');
    await screen.findByRole('menuitem', { name: 'Partnerships' });
    expect(screen.queryByRole('menuitem', { name: 'Inquiries' })).not.toBeInTheDocument();
  });
});
