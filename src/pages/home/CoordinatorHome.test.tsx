import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkCounts } from '../../domain';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { callApi, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

// Abena Mensah, coordinator of Western Africa, on the demo pipeline.
const api = useMockApi({ signedInAs: 7 });
beforeAll(() => import('./Home'));
const LAZY_LOAD = { timeout: 15_000 };
const en = (value: number) => new Intl.NumberFormat('en').format(value);

async function get(path: string) {
  const { status, json } = await callApi('GET', path);
  expect(status).toBe(200);
  return json;
}

describe('the home of a regional coordinator', () => {
  it('lands on their region: its progress, its work lists with their counts, its board', async () => {
    const counts: WorkCounts = await get('/work?region=Western');
    const progress = await get('/stats/progress?region=Western');
    expect(counts).not.toEqual(await get('/work'));
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Western Africa' }, LAZY_LOAD)).toBeInTheDocument();
    const counted = await screen.findByRole('region', { name: 'Partnerships counted' });
    expect(within(counted).getByText(en(progress.counted))).toBeInTheDocument();
    expect(within(counted).getByText('in Western Africa')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Stalled' })).getByText(en(progress.stalled))).toBeInTheDocument();

    const lists = screen.getByRole('region', { name: 'Work lists' });
    expect(lists).toHaveTextContent('In Western Africa');
    expect(await within(lists).findByRole('link', { name: `Next steps overdue ${counts.overdue}` })).toBeInTheDocument();
    expect(within(lists).getByRole('link', { name: `Leaders’ terms ending within 6 months ${counts.leaderTerms}` })).toBeInTheDocument();
    expect(within(lists).getByRole('link', { name: `US members with lapsed dues ${counts.lapsedDues}` })).toBeInTheDocument();
    const overdue = within(lists).getByRole('link', { name: `Next steps overdue ${counts.overdue}` });
    expect(decodeURIComponent(overdue.getAttribute('href')!)).toBe('/partnerships?filter={"due":"overdue","region":"Western"}');

    expect(screen.getByRole('link', { name: 'Open the board' })).toHaveAttribute('href', '/board?region=Western');
    expect(screen.getByRole('link', { name: 'Full progress dashboard' })).toHaveAttribute('href', '/progress?region=Western');
  });

  it('keeps the work lists when the progress figures fail', async () => {
    const counts: WorkCounts = await get('/work?region=Western');
    expectRefusal(500);
    api.server.use(http.get('*/api/stats/progress', () => HttpResponse.json({ message: 'database down' }, { status: 500 }), { once: true }));
    renderApp('/');

    expect(await screen.findByRole('alert', {}, LAZY_LOAD)).toHaveTextContent('The region’s progress could not be loaded');
    const lists = screen.getByRole('region', { name: 'Work lists' });
    expect(await within(lists).findByRole('link', { name: `Stalled partnerships ${counts.stalled}` })).toBeInTheDocument();
  });
});
