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

/** What the server should answer: the one definition of the goal, over every partnership of the test's database. */
async function expectedProgress(region: AuRegion | null = null) {
  const partnerships = await api.all('partnerships');
  expect(partnerships.length, 'api.all reads at most 1,000 records').toBeLessThan(1000);
  return computeProgress(partnerships, DEFAULT_SETTINGS, MOCK_TODAY, region);
}

const en = (value: number, digits = 0) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);
const enPercent = (ratio: number) => new Intl.NumberFormat('en', { style: 'percent' }).format(ratio);
const fr = (value: number) => new Intl.NumberFormat('fr').format(value);
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

/**
 * A region's figures as the user reads them: its count as a share of the initiative's, its
 * own pace, and nothing that measures it against the initiative's target.
 */
async function expectRegionKpis(stats: ProgressStats, regionName: string) {
  const counted = await screen.findByRole('region', { name: 'Partnerships counted' }, LAZY_LOAD);
  await within(counted).findByText(`in ${regionName}`);
  expect(within(counted).getByText(en(stats.counted))).toBeInTheDocument();
  const share = stats.counted / stats.countedAllRegions;
  // Whole percents from 10 % up: the regions of the demo seed all count more than a tenth.
  expect(share).toBeGreaterThanOrEqual(0.1);
  expect(
    within(counted).getByText(`${enPercent(share)} of the ${en(stats.countedAllRegions)} counted across Africa`),
  ).toBeInTheDocument();
  expect(within(counted).getByRole('progressbar', { name: 'Share of the partnerships counted across Africa' })).toHaveAttribute(
    'aria-valuenow',
    String(Math.round(share * 100)),
  );
  expect(within(card('African cities connected')).getByText(en(stats.africanCities))).toBeInTheDocument();
  const pace = card('Regional pace');
  expect(within(pace).getByText(en(stats.projected))).toBeInTheDocument();
  expect(within(pace).getByText(`by the end of year ${stats.years}`)).toBeInTheDocument();
  expect(within(pace).getByText(/target and the pace needed to reach it are set for all of Africa/)).toBeInTheDocument();
  expect(within(card('Stalled')).getByText(en(stats.stalled))).toBeInTheDocument();
  expect(within(card('In the pipeline')).getByText(en(stats.inPipeline))).toBeInTheDocument();

  expect(screen.queryByRole('region', { name: 'Needed per month' })).not.toBeInTheDocument();
  expect(screen.queryByText(/needed per month|to reach 500/i)).not.toBeInTheDocument();
  expect(screen.queryByText(/^(Behind|On pace)$/)).not.toBeInTheDocument();
  expect(screen.queryByText(/of the goal/)).not.toBeInTheDocument();
  expect(within(counted).queryByText(`of ${en(stats.target)}`)).not.toBeInTheDocument();
}

describe('Dashboard', () => {
  it('shows exactly the figures the server computed', async () => {
    const stats = await expectedProgress();
    expect(stats.counted).toBeGreaterThan(0);
    renderApp('/progress');

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
      const stats = await expectedProgress();
      renderApp('/progress');
      const progress = await screen.findByRole('region', { name: 'Counted partnerships, year by year' }, LAZY_LOAD);
      const drawing = within(progress).getByRole('img');
      // recharts draws once its container has been measured, a moment after the figures arrive.
      expect((await within(drawing).findByText('Current year')).closest('text')).toHaveTextContent(`Year ${stats.currentYear}`);
      expect(within(drawing).getByText('Today')).toBeInTheDocument();
      expect(within(drawing).getByText(`${en(stats.projected)} at this pace`)).toBeInTheDocument();
      const regions = within(screen.getByRole('region', { name: 'Counted by AU region' })).getByRole('img');
      expect(await within(regions).findByText(en(stats.byRegion.Western))).toBeInTheDocument();
      expect(within(drawing).getByText('Target')).toBeInTheDocument();
    });

    it('draws a region’s own count and pace, without the initiative’s milestones', async () => {
      const western = await expectedProgress('Western');
      renderApp('/progress?region=Western');
      const progress = await screen.findByRole('region', { name: 'Counted partnerships, year by year' }, LAZY_LOAD);
      const drawing = within(progress).getByRole('img');
      await within(drawing).findByText(`${en(western.projected)} at this pace`);
      expect(within(drawing).getByText('Today')).toBeInTheDocument();
      expect(within(drawing).getByText('Counted (cumulative)')).toBeInTheDocument();
      expect(within(drawing).queryByText('Target')).not.toBeInTheDocument();
      expect(within(drawing).queryByText(en(DEFAULT_SETTINGS.target))).not.toBeInTheDocument();
    });
  });

  it('shows the initiative’s window and links to the stalled partnerships', async () => {
    renderApp('/progress');
    expect(await screen.findByText(/Initiative window: Mar 1, 2023 – Feb 29, 2028/, {}, LAZY_LOAD)).toBeInTheDocument();
    expect(screen.getByText(/Figures as of Nov 28, 2026/)).toBeInTheDocument();
    const link = within(card('Stalled')).getByRole('link', { name: 'See the stalled partnerships' });
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe('/partnerships?filter={"stalled":true}');
  });

  it('opens the counted partnerships as a list, as many as the count says', async () => {
    const eastern = await expectedProgress('Eastern');
    renderApp('/progress?region=Eastern');
    await expectRegionKpis(eastern, 'Eastern Africa');

    await userEvent.click(within(card('Partnerships counted')).getByRole('link', { name: 'See the counted partnerships' }));

    expect(await screen.findByText(`1-25 of ${eastern.counted}`)).toBeInTheDocument();
    expect(screen.getByText('Counted toward the goal')).toBeInTheDocument();
  });

  it('narrows every figure to the region the user picks', async () => {
    const western = await expectedProgress('Western');
    expect(western.counted).not.toBe((await expectedProgress()).counted);
    renderApp('/progress');
    await expectKpis(await expectedProgress());

    await userEvent.click(screen.getByRole('combobox', { name: 'Region' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Western Africa' }));

    await within(card('Partnerships counted')).findByText(en(western.counted));
    await expectRegionKpis(western, 'Western Africa');
    const link = within(card('Stalled')).getByRole('link', { name: 'See the stalled partnerships' });
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe('/partnerships?filter={"stalled":true,"region":"Western"}');
  });

  it('opens on the region named in the address', async () => {
    renderApp('/progress?region=Eastern');
    await expectRegionKpis(await expectedProgress('Eastern'), 'Eastern Africa');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveTextContent('Eastern Africa');
  });

  it('measures a region against the initiative’s count, never against its target', async () => {
    const western = await expectedProgress('Western');
    const initiative = await expectedProgress();
    expect(western.countedAllRegions).toBe(initiative.counted);
    expect(western.counted).toBeLessThan(initiative.counted);
    renderApp('/progress?region=Western');

    await expectRegionKpis(western, 'Western Africa');
    expect(
      screen.getByRole('img', {
        name: `${en(western.counted)} partnerships counted in Western Africa so far; at today’s pace, ${en(western.projected)} by the end of year 5.`,
      }),
    ).toBeInTheDocument();
    const progress = screen.getByRole('region', { name: 'Counted partnerships, year by year' });
    expect(progress).toHaveTextContent('The yearly milestones are set for all of Africa, so they are not drawn here.');
    const years = within(progress).getByRole('table', { name: 'Counted partnerships, year by year' });
    expect(within(years).queryByRole('columnheader', { name: 'Target' })).not.toBeInTheDocument();
    const thisYear = western.byYear[western.currentYear - 1]!;
    expect(within(within(years).getByRole('row', { current: 'date' })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      en(thisYear.counted),
      en(thisYear.cumulative),
    ]);
  });

  it('takes a coordinator from a region back to the initiative’s target', async () => {
    renderApp('/progress?region=Western');
    await expectRegionKpis(await expectedProgress('Western'), 'Western Africa');

    await userEvent.click(within(card('Regional pace')).getByRole('button', { name: 'Show all of Africa' }));

    await within(card('Partnerships counted')).findByText(`of ${en(DEFAULT_SETTINGS.target)}`);
    await expectKpis(await expectedProgress());
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveTextContent('All Africa');
  });

  it('says when the figures cannot be loaded, and tries again on request', async () => {
    // react-admin logs the failed call for developers: expected here, and checked.
    expectRefusal(500);
    api.server.use(
      http.get('*/api/stats/progress', () => HttpResponse.json({ message: 'database down' }, { status: 500 }), { once: true }),
    );
    renderApp('/progress');

    const alert = await screen.findByRole('alert', {}, LAZY_LOAD);
    expect(alert).toHaveTextContent('The progress figures could not be loaded');
    expect(alert).toHaveTextContent('The server could not complete the request. Try again in a moment.');
    expect(alert).not.toHaveTextContent('database down');

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expectKpis(await expectedProgress());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks French to a French reader', async () => {
    const stats = await expectedProgress();
    renderApp('/progress', { locale: 'fr' });

    const counted = await screen.findByRole('region', { name: 'Partenariats comptés' }, LAZY_LOAD);
    expect(within(counted).getByText(`sur ${fr(stats.target)}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Progression vers 500 partenariats' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Au point mort' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Partenariats par étape' })).toHaveTextContent('Approbations');
    expect(screen.getByRole('region', { name: 'Comptés par région de l’UA' })).toHaveTextContent('Afrique australe');
    expect(screen.getByRole('region', { name: 'Comptés par domaine' })).toHaveTextContent('Jeunesse et éducation');
    expect(screen.getByRole('combobox', { name: 'Région' })).toHaveTextContent('Toute l’Afrique');
  });

  it('speaks French in a region’s view too', async () => {
    const western = await expectedProgress('Western');
    renderApp('/progress?region=Western', { locale: 'fr' });

    const counted = await screen.findByRole('region', { name: 'Partenariats comptés' }, LAZY_LOAD);
    await within(counted).findByText('en Afrique de l\'Ouest');
    const percent = new Intl.NumberFormat('fr', { style: 'percent' }).format(western.counted / western.countedAllRegions);
    // Testing Library reads the page's no-break spaces (French: "34 %") as plain ones.
    const share = `${percent} des ${fr(western.countedAllRegions)} comptés dans toute l’Afrique`.replace(/\s/g, ' ');
    expect(within(counted).getByText(share)).toBeInTheDocument();
    const pace = screen.getByRole('region', { name: 'Rythme de la région' });
    expect(within(pace).getByText(`à la fin de l’année ${western.years}`)).toBeInTheDocument();
    expect(within(pace).getByRole('button', { name: 'Voir toute l’Afrique' })).toBeInTheDocument();
    expect(screen.queryByText(/Nécessaires par mois|En retard/)).not.toBeInTheDocument();
  });
});
