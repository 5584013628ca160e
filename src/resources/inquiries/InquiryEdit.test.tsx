import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { COORDINATOR, inquiryNow, withSignUps } from './inquiryTesting';

const api = useMockApi({ data: withSignUps });

const fullApp = { timeout: 60_000 };

async function openEditor(id: number) {
  const user = userEvent.setup();
  renderApp(`/inquiries/${id}`);
  const notes = await screen.findByRole('textbox', { name: 'Notes' });
  return { user, notes };
}

describe('triaging an inquiry', fullApp, () => {
  it('saves the status and the notes, and shows them', async () => {
    const { user, notes } = await openEditor(1);
    expect(screen.getByText('Tamale Metropolitan Assembly')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['New', 'Contacted', 'Declined']);
    await user.click(screen.getByRole('option', { name: 'Contacted' }));
    await user.type(notes, 'Called Abena: she sends the council minutes next week.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const triage = await screen.findByRole('region', { name: 'Triage' });
    expect(within(triage).getByText('Contacted')).toBeInTheDocument();
    expect(within(triage).getByText('Called Abena: she sends the council minutes next week.')).toBeInTheDocument();
    expect(await inquiryNow(api, 1)).toMatchObject({ status: 'contacted', notes: 'Called Abena: she sends the council minutes next week.', version: 2, organisation: 'Tamale Metropolitan Assembly' });
  });

  it('shows a converted inquiry’s status as it is, and still takes notes', async () => {
    const { user, notes } = await openEditor(3);
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByText('Converted')).toBeInTheDocument();

    await user.type(notes, 'Handed to the Northern team.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByRole('region', { name: 'Triage' });
    expect(await inquiryNow(api, 3)).toMatchObject({ status: 'converted', notes: 'Handed to the Northern team.' });
  });

  it('says someone else changed it, and keeps what the user typed', async () => {
    const { user, notes } = await openEditor(2);
    const { status } = await api.call('PUT', '/inquiries/2', { version: 1, status: 'contacted', notes: 'A colleague wrote this.' });
    expect(status).toBe(200);
    expectRefusal(409);

    await user.clear(notes);
    await user.type(notes, 'My own note.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('My own note.');
    expect((await inquiryNow(api, 2)).notes).toBe('A colleague wrote this.');
  });

  it('lets the coordinator of the partner region a US city asked for triage it', async () => {
    await api.signIn(COORDINATOR);
    const { user, notes } = await openEditor(5);

    await user.type(notes, 'Ghana or Senegal would suit them.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect((await inquiryNow(api, 5)).notes).toBe('Ghana or Senegal would suit them.'));
  });
});
