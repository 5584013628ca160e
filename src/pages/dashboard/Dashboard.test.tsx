import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeProgress, DEFAULT_SETTINGS, type AuRegion, type ProgressStats } from '../../domain';
import { giveChartsASize } from '../../charts/giveChartsASize';
import { expectRefusal } from '../../../tests/setup/expectRefusal';
import { MOCK_TODAY, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

const api = useMockApi();
// App.tsx loads the dashboard lazily; loading its module once here keeps each test's waits short.
beforeAll(() => import('./Dashboard'));

/** What the server should answer: the one definition of the goal, over the test's own store. */
const expectedProgress = (region: AuRegion | null = null) =>
  computeProgress(api.all('partnerships'), DEFAULT_SETTINGS, MOCK_TODAY, region);

const en = (value: number, digits = 0) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);
const card = (name: string) => screen.getByRole('region', { name });

// The app's first render takes a while in jsdom (the whole react-admin shell, then the dashboard).
const LAZY_LOAD = { timeout: 15_000 };

/** The headline figures as the user reads them, each from its own card. */
async function expectKpis(stats: ProgressStats) {
  const counted = await screen.findByRole('region', { name: 'Partnerships counted' }, LAZY_LOAD);
  expect(within(counted).getByText(en(stats.counted))).toBeInTheDocument();
  expect(within(counted).getByText(`of ${en(stats.target)}`)).toBeInTheDocument();
  expect(within(card('African cities connected')).getByText(en(stats.africanCities))).toBeInTheDocument();
  expect(within(card('Needed per month')).getByText(en(stats.neededPerMonth, 1))).toBeInTheDocument();
  expect(within(card('Stalled')).getByText(en(stats.stalled))).toBeInTheDocument();
  expect(within(card('In the pipeline')).getByText(en(stats.inPipeline))).toBeInTheDocument();
}

describe('Dashboard', () => {
  it('shows exactly the figures the server computed', async () => {
    const stats = expectedProgress();
    expect(stats.counted).toBeGreaterThan(0);
    renderApp('/');

    await expectKpis(stats);
    expect(
      screen.getByRole('img', {
        name: `${en(stats.counted)} of ${en(stats.target)} partnerships counted so far; at today’s pace, ${en(stats.projected)} by the end of year 5.`,
      }),
    ).toBeInTheDocument();
    const years = screen.getByRole('table', { name: 'Counted partnerships, year by year' });
    const current = within(years).getByRole('row', { current: 'date' });
    const thisYear = stats.byYear[stats.currentYear - 1]!;
    expect(within(current).getByRole('rowheader')).toHaveTextContent(`Year ${stats.currentYear}`);
    expect(within(current).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      en(thisYear.counted),
      en(thisYear.cumulative),
      en(thisYear.target),
    ]);
  });

  describe('with room to draw its charts', () => {
    giveChartsASize();

    it('draws the progress chart with the current year and today marked', async () => {
      const stats = expectedProgress();
      renderApp('/');
      const progress = await screen.findByRole('region', { name: 'Counted partnerships, year by year' }, LAZY_LOAD);
      const drawing = within(progress).getByRole('img');
      expect(within(drawing).getByText('Current year').closest('text')).toHaveTextContent(`Year ${stats.currentYear}`);
      expect(within(drawing).getByText('Today')).toBeInTheDocument();
      expect(within(drawing).getByText(`${en(stats.projected)} at this pace`)).toBeInTheDocument();
      const regions = within(screen.getByRole('region', { name: 'Counted by AU region' })).getByRole('img');
      expect(within(regions).getByText(en(stats.byRegion.Western))).toBeInTheDocument();
    });
  });

  it('shows the initiative’s window and links to the stalled partnerships', async () => {
    renderApp('/');
    expect(await screen.findByText(/Initiative window: Mar 1, 2023 – Feb 29, 2028/, {}, LAZY_LOAD)).toBeInTheDocument();
    expect(screen.getByText(/Figures as of Nov 28, 2026/)).toBeInTheDocument();
    const link = within(card('Stalled')).getByRole('link', { name: 'See the stalled partnerships' });
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe('/partnerships?filter={"stalled":true}');
  });

  it('narrows every figure to the region the user picks', async () => {
    const western = expectedProgress('Western');
    expect(western.counted).not.toBe(expectedProgress().counted);
    renderApp('/');
    await expectKpis(expectedProgress());

    await userEvent.click(screen.getByRole('combobox', { name: 'Region' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Western Africa' }));

    await within(card('Partnerships counted')).findByText(en(western.counted));
    await expectKpis(western);
    const link = within(card('Stalled')).getByRole('link', { name: 'See the stalled partnerships' });
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe('/partnerships?filter={"stalled":true,"region":"Western"}');
  });

  it('opens on the region named in the address', async () => {
    renderApp('/?region=Eastern');
    await expectKpis(expectedProgress('Eastern'));
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveTextContent('Eastern Africa');
  });

  it('says when the figures cannot be loaded, and tries again on request', async () => {
    // react-admin logs the failed call for developers: expected here, and checked.
    expectRefusal(500);
    api.server.use(
      http.get('*/api/stats/progress', () => HttpResponse.json({ message: 'database down' }, { status: 500 }), { once: true }),
    );
    renderApp('/');

    const alert = await screen.findByRole('alert', {}, LAZY_LOAD);
    expect(alert).toHaveTextContent('The progress figures could not be loaded');
    expect(alert).toHaveTextContent('The server could not complete the request. Try again in a moment.');
    expect(alert).not.toHaveTextContent('database down');

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expectKpis(expectedProgress());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks French to a French reader', async () => {
    const stats = expectedProgress();
    renderApp('/', { locale: 'fr' });

    const counted = await screen.findByRole('region', { name: 'Partenariats comptés' }, LAZY_LOAD);
    expect(within(counted).getByText(`sur ${new Intl.NumberFormat('fr').format(stats.target)}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Progression vers 500 partenariats' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Au point mort' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Partenariats par étape' })).toHaveTextContent('Approbations');
    expect(screen.getByRole('region', { name: 'Comptés par région de l’UA' })).toHaveTextContent('Afrique australe');
    expect(screen.getByRole('region', { name: 'Comptés par domaine' })).toHaveTextContent('Jeunesse et éducation');
    expect(screen.getByRole('combobox', { name: 'Région' })).toHaveTextContent('Toute l’Afrique');
  });
});
