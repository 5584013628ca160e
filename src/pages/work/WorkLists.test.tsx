import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkCounts } from '../../domain';
import { callApi, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

// Marcus Ellison, staff, on the demo pipeline.
const api = useMockApi({ signedInAs: 2 });
beforeAll(() => import('./WorkPage'));
const LAZY_LOAD = { timeout: 15_000 };
const PER_PAGE = 25;

async function workCounts(region?: string): Promise<WorkCounts> {
  const { status, json } = await callApi('GET', region ? `/work?region=${region}` : '/work');
  expect(status).toBe(200);
  return json;
}

/** The list's own total, as its pagination says it. */
const listTotal = (total: number) => screen.findByText(`1-${Math.min(total, PER_PAGE)} of ${total}`);

async function openWorkList(name: string, count: number) {
  const lists = await screen.findByRole('region', { name: 'Work lists' }, LAZY_LOAD);
  await userEvent.click(await within(lists).findByRole('link', { name: `${name} ${count}` }));
}

describe('the work lists', () => {
  it('open the partnership list with their filter, its total equal to the badge, and the filter removable', async () => {
    const counts = await workCounts();
    const everyPartnership = (await api.all('partnerships')).length;
    expect(counts.overdue).toBeGreaterThan(0);
    renderApp('/work');

    await openWorkList('Next steps overdue', counts.overdue);
    expect(await listTotal(counts.overdue)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Next step' })).toHaveTextContent('Overdue');
    const rows = within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');
    expect(rows).toHaveLength(Math.min(counts.overdue, PER_PAGE));
    // Marked by the browser's today, which is never before the mock API's: overdue there is overdue here.
    for (const row of rows) expect(within(row).getByRole('img', { name: 'Overdue' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remove this filter' }));
    expect(await listTotal(everyPartnership)).toBeInTheDocument();
  });

  it('open "mine" as the partnerships the user owns that are still open', async () => {
    const counts = await workCounts();
    renderApp('/work');

    await openWorkList('My open partnerships', counts.mine);
    expect(await listTotal(counts.mine)).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Owner' })).toHaveValue('Marcus Ellison');
    expect(screen.getByText('Open only')).toBeInTheDocument();
  });

  it('open the city list with the date the list is about as a column', async () => {
    const counts = await workCounts();
    expect(counts.leaderTerms).toBeGreaterThan(0);
    renderApp('/work');

    await openWorkList('Leaders’ terms ending within 6 months', counts.leaderTerms);
    expect(await listTotal(counts.leaderTerms)).toBeInTheDocument();
    expect(screen.getByText('Leader’s term ends within 6 months')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Term ends/ })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /Dues paid through/ })).not.toBeInTheDocument();
  });

  it('open the US members whose dues lapsed, for the region picked on the page', async () => {
    const counts = await workCounts('Eastern');
    expect(counts.lapsedDues).toBeGreaterThan(0);
    renderApp('/work?region=Eastern');

    expect(await screen.findByRole('combobox', { name: 'Region' }, LAZY_LOAD)).toHaveTextContent('Eastern Africa');
    await openWorkList('US members with lapsed dues', counts.lapsedDues);
    expect(await listTotal(counts.lapsedDues)).toBeInTheDocument();
    expect(screen.getByText('Dues lapsed')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Partners in region' })).toHaveTextContent('Eastern Africa');
    expect(screen.getByRole('columnheader', { name: /Dues paid through/ })).toBeInTheDocument();
  });
});
