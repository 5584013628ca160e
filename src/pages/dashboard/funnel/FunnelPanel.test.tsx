import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Funnel } from '../../../domain';
import { expectRefusal } from '../../../../tests/setup/expectRefusal';
import { MOCK_TODAY, useMockApi } from '../../../../tests/setup/mockApi';
import { renderApp } from '../../../../tests/setup/renderApp';

const api = useMockApi();
// App.tsx loads the dashboard lazily; loading its module once here keeps each test's waits short.
beforeAll(() => import('../Dashboard'));

const LAZY_LOAD = { timeout: 15_000 };
const TITLE = 'Stage funnel';
const STAGE_NAMES = { prospect: 'Prospect', interest: 'Interest', exploring: 'Exploring', proposal: 'Proposal', approvals: 'Approvals', signed: 'Signed', active: 'Active' };
const en = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);
const percent = (ratio: number | null) => (ratio === null ? '—' : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(ratio));
const days = (value: number | null) => (value === null ? '—' : `${en(value)} ${value === 1 ? 'day' : 'days'}`);

/** The funnel as the API answers it for the demo data: what the panel must show. */
async function expectedFunnel(params: Record<string, string> = {}): Promise<Funnel> {
  const query = new URLSearchParams(params).toString();
  const { status, json } = await api.call('GET', `/stats/funnel${query ? `?${query}` : ''}`);
  expect(status).toBe(200);
  return json;
}

/** The rows of the funnel's table as a screen reader meets them. */
const tableRows = (funnel: Funnel) =>
  funnel.stages.map((s) => [STAGE_NAMES[s.stage], ...[s.entered, s.advanced, s.back, s.exited, s.stillThere].map(en), percent(s.conversion), days(s.medianDays)]);

async function shownRows(panel: HTMLElement) {
  const table = await within(panel).findByRole('table', { name: TITLE });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent));
}

describe('FunnelPanel', () => {
  it('shows the API’s funnel for the dashboard’s region since the start: conversion, median days and the exits', async () => {
    const funnel = await expectedFunnel({ region: 'Western' });
    expect(funnel.stages[0]!.entered).toBeGreaterThan(0);
    renderApp('/progress?region=Western');

    const panel = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    expect(await shownRows(panel)).toEqual(tableRows(funnel));
    const prospect = funnel.stages[0]!;
    expect(within(panel).getByRole('img', { name: new RegExp(`^Stage funnel — Prospect: ${en(prospect.entered)} entered, ${percent(prospect.conversion)} moved on`) })).toBeInTheDocument();
    const exits = within(panel).getByRole('list');
    expect(within(exits).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Dormant ${en(funnel.exits.dormant)}`, `Ended ${en(funnel.exits.ended)}`, `Closed ${en(funnel.exits.closed)}`,
    ]);
    expect(within(panel).getByRole('button', { name: 'Since the start' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('asks again for another cohort and another period', async () => {
    const preexisting = await expectedFunnel({ cohort: 'preexisting', from: '2023-01-01', to: MOCK_TODAY });
    expect(preexisting.stages.find((s) => s.stage === 'active')!.entered).toBeGreaterThan(0);
    renderApp('/progress');
    const panel = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    await within(panel).findByRole('table', { name: TITLE });

    await userEvent.click(within(panel).getByRole('combobox', { name: 'Cohort' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Pre-existing' }));
    // Recorded the day before the launch, the pre-existing partnerships began no stay since the start.
    expect(await within(panel).findByText('No stay began in this period.')).toBeInTheDocument();

    fireEvent.change(within(panel).getByLabelText('Stays begun from'), { target: { value: '2023-01-01' } });
    expect(await shownRows(panel)).toEqual(tableRows(preexisting));
    expect(within(panel).getByRole('button', { name: 'Since the start' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes a quick pick, and keeps the last funnel while the period runs backwards', async () => {
    const lastYear = await expectedFunnel({ from: '2025-11-29', to: MOCK_TODAY });
    renderApp('/progress');
    const panel = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    await within(panel).findByRole('table', { name: TITLE });

    await userEvent.click(within(panel).getByRole('button', { name: 'Last 12 months' }));
    expect(await shownRows(panel)).toEqual(tableRows(lastYear));
    expect(within(panel).getByLabelText('Stays begun from')).toHaveValue('2025-11-29');

    fireEvent.change(within(panel).getByLabelText('to'), { target: { value: '2025-01-01' } });
    expect(within(panel).getByText('The end is before the start')).toBeInTheDocument();
    expect(await shownRows(panel)).toEqual(tableRows(lastYear));
  });

  it('shows its own error and a retry while the progress chart stays', async () => {
    expectRefusal(500);
    api.server.use(http.get('*/api/stats/funnel', () => HttpResponse.json({ message: 'boom' }, { status: 500 }), { once: true }));
    const funnel = await expectedFunnel();
    renderApp('/progress');

    const panel = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    expect(await within(panel).findByText('The stage funnel could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Counted partnerships, year by year' })).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'Try again' }));
    expect(await shownRows(panel)).toEqual(tableRows(funnel));
  });
});
