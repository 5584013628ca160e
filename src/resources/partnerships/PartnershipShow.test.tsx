import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline, STAFF_NAME } from '../../../tests/setup/testRecords';

const api = useMockApi({ data: emptyPipeline });

// Each test renders the whole app over the API in the page: on a busy two-core CI box that takes a while.
const fullApp = { timeout: 40_000 };

/** A partnership that went prospect → exploring → back to interest, with an event and a program. */
async function partnershipWithAPast() {
  const { partnership } = await createPartnership(api, {
    stage: 'prospect',
    stageNote: 'Met at the Cape Town summit',
    focusAreas: ['youth_education'],
    nextStep: 'Send the draft agreement',
    nextStepDue: '2026-12-10',
  });
  await api.update('partnerships', partnership.id, { stage: 'exploring' });
  await api.update('partnerships', partnership.id, { stage: 'interest', stageNote: 'New council after the elections' });
  await api.create('events', {
    type: 'delegation_visit',
    title: 'Kalimbeza mayor visits Marlow Springs',
    startsAt: '2026-10-04T14:00:00.000Z',
    partnershipIds: [partnership.id],
  });
  await api.create('events', { type: 'annual_conference', title: 'Another partnership’s conference', startsAt: '2026-07-01T09:00:00.000Z' });
  await api.create('programs', {
    kind: 'j1_homestay',
    title: 'Homestay 2027',
    cycleYear: 2027,
    status: 'open',
    partnershipIds: [partnership.id],
  });
  return partnership;
}

describe('a partnership’s page', fullApp, () => {
  it('shows the two cities, where it stands and what comes next', async () => {
    const partnership = await partnershipWithAPast();
    renderApp(`/partnerships/${partnership.id}/show`);

    const title = await screen.findByRole('heading', { level: 1, name: 'Kalimbeza ↔ Marlow Springs' });
    expect(within(title).getByRole('link', { name: 'Kalimbeza' })).toHaveAttribute('href', `/cities/${partnership.africanCityId}/show`);
    expect(within(title).getByRole('link', { name: 'Marlow Springs' })).toHaveAttribute('href', `/cities/${partnership.usCityId}/show`);
    expect(screen.getByText('Zambia · Southern Africa ↔ Ohio · Midwest')).toBeInTheDocument();
    expect(screen.getAllByText('Interest')[0]).toBeInTheDocument();
    expect(screen.getByText('Youth & education')).toBeInTheDocument();
    expect(screen.getByText('Send the draft agreement')).toBeInTheDocument();
    expect(screen.getByText('Dec 10, 2026')).toBeInTheDocument();
    // Offered once canAccess has answered for this record.
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/partnerships/${partnership.id}`);
  });

  it('lists its stage history, newest first, with who moved it and why', async () => {
    const partnership = await partnershipWithAPast();
    renderApp(`/partnerships/${partnership.id}/show`);

    const history = await screen.findByRole('table', { name: 'Stage history' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['Interest', 'Exploring', 'Prospect']);
    expect(within(rows[0]!).getByText('New council after the elections')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Nov 28, 2026')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(STAFF_NAME)).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Met at the Cape Town summit')).toBeInTheDocument();
  });

  it('lists its own events and programs, and only those', async () => {
    const partnership = await partnershipWithAPast();
    renderApp(`/partnerships/${partnership.id}/show`);

    const visit = await screen.findByRole('row', { name: /Kalimbeza mayor visits Marlow Springs/ });
    expect(within(visit).getByText('Delegation visit')).toBeInTheDocument();
    expect(within(visit).getByText('Oct 4, 2026')).toBeInTheDocument();
    const homestay = await screen.findByRole('row', { name: /Homestay 2027/ });
    expect(within(homestay).getByText('J-1 High School Homestay')).toBeInTheDocument();
    expect(within(homestay).getByText('Open')).toBeInTheDocument();
    expect(screen.queryByText('Another partnership’s conference')).not.toBeInTheDocument();
  });

  it('says so when nothing is linked yet, in French too', async () => {
    const { partnership } = await createPartnership(api);
    renderApp(`/partnerships/${partnership.id}/show`, { locale: 'fr' });

    expect(await screen.findByText('Aucun événement lié à ce partenariat pour l’instant.')).toBeInTheDocument();
    expect(await screen.findByText('Aucun programme lié à ce partenariat pour l’instant.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Historique des étapes' })).toBeInTheDocument();
  });
});
