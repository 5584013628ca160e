import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignUps, Stage } from '../../../domain';
import type { SeedData } from '../../../domain/seed';
import { demoSeed, useMockApi } from '../../../../tests/setup/mockApi';
import { renderApp } from '../../../../tests/setup/renderApp';
import { PHONE_WIDTH, setScreenWidth } from '../../../../tests/setup/screenWidth';
import { converted, signUpRecord } from '../../../../tests/setup/signUpRecords';

/** The demo pipeline with sign-ups of its own: six in the autumn of 2026, one in Eastern Africa, one a year before. */
function withSignUps(): SeedData {
  const seed = demoSeed();
  const inStage = (stage: Stage) => seed.partnerships.find((p) => p.stage === stage && p.cohort === '500in5')!.id;
  return {
    ...seed,
    inquiries: [
      signUpRecord(1, '2025-10-06'),
      signUpRecord(2, '2026-10-05', converted(inStage('signed'))),
      signUpRecord(3, '2026-10-07', converted(inStage('interest'))),
      signUpRecord(4, '2026-10-20', converted(inStage('active'))),
      signUpRecord(5, '2026-11-02', converted(null)),
      signUpRecord(6, '2026-11-03', { status: 'contacted' }),
      signUpRecord(7, '2026-11-25', { region: 'Eastern', status: 'declined' }),
    ],
  };
}

const api = useMockApi({ data: withSignUps });
// App.tsx loads the dashboard lazily; loading its module once here keeps each test's waits short.
beforeAll(() => import('../Dashboard'));

const LAZY_LOAD = { timeout: 15_000 };
const LEADERSHIP = 11;
const en = (value: number) => new Intl.NumberFormat('en').format(value);
const monthOf = (start: string) => new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(start));
const weekOf = (start: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(start));

async function expectedSignUps(params: Record<string, string> = {}): Promise<SignUps> {
  const query = new URLSearchParams(params).toString();
  const { status, json } = await api.call('GET', `/stats/signUps${query ? `?${query}` : ''}`);
  expect(status).toBe(200);
  return json;
}

/** The table under the chart, as a screen reader meets it: one row per week or month. */
async function shownRows(card: HTMLElement, caption: string) {
  const table = await within(card).findByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
}

const figuresOf = (card: HTMLElement) =>
  within(within(card).getByRole('list', { name: 'Sign-up figures' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('SignUpsCard', () => {
  it('counts the sign-ups since the start month by month, with how many became prospects and then signed', async () => {
    const answer = await expectedSignUps();
    expect(answer).toMatchObject({ unit: 'month', signUps: 7, converted: 4, prospects: 3, signed: 2 });
    renderApp('/progress');

    const card = await screen.findByRole('region', { name: 'Sign-ups' }, LAZY_LOAD);
    expect(await shownRows(card, 'Sign-ups per month')).toEqual(answer.buckets.map((b) => [monthOf(b.start), en(b.signUps)]));
    expect(figuresOf(card)).toEqual(['Sign-ups 7', 'Converted 4', 'Became prospects 3', 'Signed 2']);
    expect(within(card).getByText('3 of 7 sign-ups became prospects (43%). 2 of those 3 are signed (67%).')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: `Sign-ups per month — October 2025: 1, October 2026: 3, and November 2026: 3` })).toBeInTheDocument();
    expect(within(card).getByText('Made on the public sign-up page, month by month, from Mar 1, 2023 to Nov 28, 2026, followed to today')).toBeInTheDocument();
  });

  it('follows the funnel’s period: the last twelve months week by week, the empty weeks included', async () => {
    const answer = await expectedSignUps({ from: '2025-11-29', to: '2026-11-28' });
    expect(answer.buckets).toHaveLength(53);
    renderApp('/progress');
    const funnel = await screen.findByRole('region', { name: 'Stage funnel' }, LAZY_LOAD);
    const card = screen.getByRole('region', { name: 'Sign-ups' });
    await within(card).findByRole('table', { name: 'Sign-ups per month' });

    await userEvent.click(within(funnel).getByRole('button', { name: 'Last 12 months' }));
    const rows = await shownRows(card, 'Sign-ups per week');
    expect(rows).toEqual(answer.buckets.map((b) => [weekOf(b.start), en(b.signUps)]));
    expect(rows.filter(([, count]) => count !== '0')).toEqual([
      [weekOf('2026-10-05'), '2'], [weekOf('2026-10-19'), '1'], [weekOf('2026-11-02'), '2'], [weekOf('2026-11-23'), '1'],
    ]);
    expect(figuresOf(card)[0]).toBe('Sign-ups 6');
  });

  it('counts in the dashboard’s region the sign-ups from it or asking for it', async () => {
    renderApp('/progress?region=Eastern');
    const card = await screen.findByRole('region', { name: 'Sign-ups' }, LAZY_LOAD);
    await within(card).findByRole('table', { name: 'Sign-ups per month' });
    expect(figuresOf(card)).toEqual(['Sign-ups 1', 'Converted 0', 'Became prospects 0', 'Signed 0']);
    expect(within(card).getByText('0 of 1 sign-ups became prospects (0%).')).toBeInTheDocument();
  });

  it('says so when nobody signed up in the period', async () => {
    renderApp('/progress?region=Southern');
    const card = await screen.findByRole('region', { name: 'Sign-ups' }, LAZY_LOAD);
    expect(await within(card).findByText('No sign-up in this period.')).toBeInTheDocument();
  });

  it('shows leadership the counts on a phone', async () => {
    setScreenWidth(PHONE_WIDTH);
    await api.signIn(LEADERSHIP);
    renderApp('/progress');
    const card = await screen.findByRole('region', { name: 'Sign-ups' }, LAZY_LOAD);
    await within(card).findByRole('table', { name: 'Sign-ups per month' });
    expect(figuresOf(card)).toEqual(['Sign-ups 7', 'Converted 4', 'Became prospects 3', 'Signed 2']);
  });

  it('shows its own error and a retry while the funnel stays', async () => {
    api.server.use(http.get('*/api/stats/signUps', () => HttpResponse.json({ message: 'boom' }, { status: 500 }), { once: true }));
    renderApp('/progress');
    const card = await screen.findByRole('region', { name: 'Sign-ups' }, LAZY_LOAD);
    expect(await within(card).findByText('The sign-ups could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Stage funnel' })).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Try again' }));
    expect(await shownRows(card, 'Sign-ups per month')).toHaveLength(45);
  });
});
