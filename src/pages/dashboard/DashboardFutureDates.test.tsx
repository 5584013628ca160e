import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeedData } from '../../domain/seed';
import { demoSeed, useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';

/** The demo pipeline plus a partnership stored, before dates were checked, as signed in the next initiative year. */
function withSigningToCome(): SeedData {
  const seed = demoSeed();
  const model = seed.partnerships.find((p) => p.cohort === '500in5' && p.stage === 'signed')!;
  const paired = new Set(seed.partnerships.filter((p) => p.africanCityId === model.africanCityId).map((p) => p.usCityId));
  const us = seed.cities.find((c) => c.side === 'us' && !paired.has(c.id))!;
  const id = Math.max(...seed.partnerships.map((p) => p.id)) + 1;
  const future = { ...model, id, usCityId: us.id, signedAt: '2027-03-01', sciRecognizedAt: null, stageHistory: [] };
  return { ...seed, partnerships: [...seed.partnerships, future] };
}

useMockApi({ data: withSigningToCome });
beforeAll(() => import('./Dashboard'));

describe('a signing date stored after today', () => {
  it('counts in no figure yet: the counted card and the year table agree', async () => {
    renderApp('/progress');
    const card = await screen.findByRole('region', { name: 'Partnerships counted' }, { timeout: 15_000 });
    const years = screen.getByRole('table', { name: 'Counted partnerships, year by year' });
    const [, cumulative] = within(within(years).getByRole('row', { current: 'date' })).getAllByRole('cell').map((cell) => cell.textContent);
    expect(within(card).getByText(cumulative!)).toBeInTheDocument();
    const nextYear = within(within(years).getByRole('rowheader', { name: 'Year 5' }).closest('tr')!).getAllByRole('cell');
    expect(nextYear.map((cell) => cell.textContent).slice(0, 2)).toEqual(['—', '—']);
  });
});
