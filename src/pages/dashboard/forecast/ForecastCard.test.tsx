import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeProgress, DEFAULT_SETTINGS, type AuRegion, type Forecast } from '../../../domain';
import { appEn } from '../../../i18n/app.en';
import { expectRefusal } from '../../../../tests/setup/expectRefusal';
import { MOCK_TODAY, useMockApi } from '../../../../tests/setup/mockApi';
import { renderApp } from '../../../../tests/setup/renderApp';
import { chanceOf } from './chances';

const api = useMockApi();
// App.tsx loads the dashboard lazily; loading its module once here keeps each test's waits short.
beforeAll(() => import('../Dashboard'));

const LAZY_LOAD = { timeout: 15_000 };
const en = (value: number) => new Intl.NumberFormat('en').format(value);
const fr = (value: number) => new Intl.NumberFormat('fr').format(value);
const TITLE = 'Where the count is likely to land';

/** The forecast as the API answers it for the test's data: what the card must say. */
async function expectedForecast(region: AuRegion | null = null): Promise<Forecast> {
  const { status, json } = await api.call('GET', `/stats/forecast${region ? `?region=${region}` : ''}`);
  expect(status).toBe(200);
  return json;
}

/** "about 1 chance in 4", as a board reads it. */
function chancePhrase(probability: number) {
  const chance = chanceOf(probability);
  if (chance.kind === 'almostCertain') return 'Almost certain to reach';
  if (chance.kind === 'veryUnlikely') return 'Very unlikely to reach';
  return `About ${chance.chances} ${chance.chances === 1 ? 'chance' : 'chances'} in ${chance.outOf} of reaching`;
}

/** The same odds in French: "environ 1 chance sur 4". */
function frenchSentence(forecast: Forecast) {
  const end = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2028-02-29T00:00:00Z'));
  const tail = `; le résultat médian est de ${fr(forecast.atEnd.median)}.`;
  const chance = chanceOf(forecast.probabilityOfTarget!);
  if (chance.kind === 'almostCertain') return `Atteindre ${fr(forecast.target!)} d’ici le ${end} est presque certain ${tail}`;
  if (chance.kind === 'veryUnlikely') return `Atteindre ${fr(forecast.target!)} d’ici le ${end} est très improbable ${tail}`;
  const odds = `${chance.chances} ${chance.chances === 1 ? 'chance' : 'chances'} sur ${chance.outOf}`;
  return `Environ ${odds} d’atteindre ${fr(forecast.target!)} d’ici le ${end} ${tail}`;
}

describe('ForecastCard', () => {
  it('says in a sentence how likely the target is, with the API’s figures', async () => {
    const forecast = await expectedForecast();
    expect(forecast.countedNow).toBeLessThan(forecast.target!);
    renderApp('/progress');

    const card = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    const sentence = `${chancePhrase(forecast.probabilityOfTarget!)} ${en(forecast.target!)} by Feb 29, 2028; the median outcome is ${en(forecast.atEnd.median)}.`;
    expect(await within(card).findByText(sentence)).toBeInTheDocument();
    const { p5, p25, p75, p95 } = forecast.atEnd;
    expect(
      within(card).getByText(`Half the simulated outcomes end between ${en(p25)} and ${en(p75)}; nine in ten between ${en(p5)} and ${en(p95)}.`),
    ).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: sentence })).toBeInTheDocument();
    const months = within(card).getByRole('table', { name: 'Forecast, month by month' });
    expect(within(months).getAllByRole('row')).toHaveLength(forecast.path.length + 1);
    expect(within(card).getByText(new RegExp(`^Learned from ${en(forecast.basis.spells)} stays in a stage begun since`))).toBeInTheDocument();
  });

  it('names the stage that would move the median most', async () => {
    const forecast = await expectedForecast();
    const top = forecast.levers[0]!;
    expect(Math.round(top.medianGain)).toBeGreaterThanOrEqual(1);
    renderApp('/progress');

    const levers = await screen.findByRole('region', { name: 'What moves it' }, LAZY_LOAD);
    const stage = appEn.app.stage[top.stage];
    const gain = `+${en(Math.round(top.medianGain))}`;
    const lead = top.lever === 'conversion' ? `Converting more at ${stage}` : `Moving faster through ${stage}`;
    expect(within(levers).getByText(`${lead} would add most: about ${gain} to the median.`)).toBeInTheDocument();
  });

  it('speaks the reader’s language, dates and numbers included', async () => {
    const forecast = await expectedForecast();
    renderApp('/progress', { locale: 'fr' });

    const card = await screen.findByRole('region', { name: 'Où le décompte devrait arriver' }, LAZY_LOAD);
    expect(await within(card).findByText(frenchSentence(forecast))).toBeInTheDocument();
    expect(within(card).getByRole('region', { name: 'Ce qui le ferait bouger' })).toBeInTheDocument();
  });

  it('speaks of a region’s likely count, not of the target', async () => {
    const western = await expectedForecast('Western');
    const progress = computeProgress(await api.all('partnerships'), DEFAULT_SETTINGS, MOCK_TODAY, 'Western');
    expect(western.countedNow).toBe(progress.counted);
    renderApp('/progress?region=Western');

    const card = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    expect(
      await within(card).findByText(
        `Western Africa will most likely count about ${en(western.atEnd.median)} partnerships by Feb 29, 2028, from ${en(progress.counted)} today.`,
      ),
    ).toBeInTheDocument();
    expect(within(card).queryByText(/reaching|Target/)).not.toBeInTheDocument();
  });

  it('shows its own error and a retry while the progress chart stays', async () => {
    const forecast = await expectedForecast();
    expectRefusal(500);
    api.server.use(http.get('*/api/stats/forecast', () => HttpResponse.json({ message: 'simulation failed' }, { status: 500 }), { once: true }));
    renderApp('/progress');

    const card = await screen.findByRole('region', { name: TITLE }, LAZY_LOAD);
    expect(await within(card).findByText('The forecast could not be loaded.')).toBeInTheDocument();
    const progress = screen.getByRole('region', { name: 'Counted partnerships, year by year' });
    expect(within(progress).getByRole('table', { name: 'Counted partnerships, year by year' })).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Try again' }));
    expect(await within(card).findByText(new RegExp(`the median outcome is ${en(forecast.atEnd.median)}\\.$`))).toBeInTheDocument();
    expect(within(card).queryByText('The forecast could not be loaded.')).not.toBeInTheDocument();
  });
});
