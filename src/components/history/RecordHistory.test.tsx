import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { callApi, useMockApi, type MockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { createPartnership, emptyPipeline } from '../../../tests/setup/testRecords';

// The page is Marcus Ellison's (staff); the fixtures are Ada Whitfield's (the admin).
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }) });

/** The entries of the History, newest first (each entry's changes are a list of their own). */
async function historyEntries() {
  const history = await screen.findByRole('list', { name: /^(History|Historique)$/ });
  return within(history).getAllByRole('listitem').filter((item) => item.parentElement === history);
}

/**
 * A partnership moved on from Exploring to Proposal, its US city swapped for another that is
 * then deleted: the history has ids, keys and dates to put in plain words.
 */
async function partnershipWithAPast(fixtures: MockApi) {
  const { partnership, us } = await createPartnership(fixtures, { ownerId: 2 });
  const harbor = await fixtures.create('cities', { name: 'Harbor Bend', country: 'US', admin1: 'OH' });
  const change = await callApi('PUT', `/partnerships/${partnership.id}`, { ...partnership, stage: 'proposal', usCityId: harbor.id, nextStepDue: '2026-12-02' });
  expect(change.status).toBe(200);
  await fixtures.remove('cities', us.id);
  return { partnership, goneCityId: us.id };
}

describe('the History of a record', { timeout: 40_000 }, () => {
  it('lists who changed what, newest first, each field before → after', async () => {
    const { partnership } = await createPartnership(api, { nextStep: 'Send the draft agreement' });
    const change = await callApi('PUT', `/partnerships/${partnership.id}`, { ...partnership, nextStep: 'Call the mayor' });
    expect(change.status).toBe(200);
    renderApp(`/partnerships/${partnership.id}/show`);

    const [latest, first] = await historyEntries();
    expect(latest).toHaveTextContent(/^Changed · .+ · Marcus Ellison/);
    expect(latest).toHaveTextContent('Next step: Send the draft agreement → Call the mayor');
    expect(first).toHaveTextContent(/^Created · .+ · Ada Whitfield/);
  });

  it('says a partnership’s past in plain words: city and owner names, stage labels, dates as dates', async () => {
    const { partnership, goneCityId } = await partnershipWithAPast(api);
    renderApp(`/partnerships/${partnership.id}/show`);

    const [latest, first] = await historyEntries();
    // The changes show once the names they point to are in.
    await within(latest!).findByRole('list');
    expect(latest).toHaveTextContent('Stage: Exploring → Proposal');
    expect(latest).toHaveTextContent(`US city: a deleted city (#${goneCityId}) → Harbor Bend, OH, US`);
    expect(latest).toHaveTextContent('Next step due: — → Dec 2, 2026');
    expect(latest).toHaveTextContent(/^Changed · Nov 28, 2026, \d{1,2}:\d{2}.* · Marcus Ellison/);
    expect(first).toHaveTextContent('African city: Kalimbeza, ZM');
    expect(first).toHaveTextContent('Kind: Sister city');
    expect(first).toHaveTextContent('Cohort: 500 in 5');
    expect(first).toHaveTextContent('Owner: Marcus Ellison');
    expect(first).toHaveTextContent('First contact: Feb 3, 2025');
  });

  it('says it in French to a French reader', async () => {
    const { partnership, goneCityId } = await partnershipWithAPast(api);
    renderApp(`/partnerships/${partnership.id}/show`, { locale: 'fr' });

    const [latest, first] = await historyEntries();
    await within(latest!).findByRole('list');
    expect(latest).toHaveTextContent('Étape: Exploration → Proposition');
    expect(latest).toHaveTextContent(`Ville américaine: une ville supprimée (n° ${goneCityId}) → Harbor Bend, OH, US`);
    expect(latest).toHaveTextContent('Échéance de la prochaine étape: — → 2 déc. 2026');
    expect(latest).toHaveTextContent(/^Modification · 28 nov\. 2026, \d{2}:\d{2} · Marcus Ellison/);
    expect(first).toHaveTextContent('Ville africaine: Kalimbeza, ZM');
    expect(first).toHaveTextContent('Premier contact: 3 févr. 2025');
  });
});
