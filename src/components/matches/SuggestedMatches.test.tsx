import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { seedUsers } from '../../domain/seed/users';
import { createI18nProvider } from '../../i18n';
import { createAuthProvider } from '../../providers/authProvider';
import { createDataProvider } from '../../providers/dataProvider';
import { useMockApi } from '../../../tests/setup/mockApi';
import { renderApp } from '../../../tests/setup/renderApp';
import { PHONE_WIDTH, setScreenWidth } from '../../../tests/setup/screenWidth';
import { emptyPipeline } from '../../../tests/setup/testRecords';
import { SuggestedMatches, type SuggestedMatch, type SuggestedMatchesProps } from './SuggestedMatches';

// The demo team on an empty pipeline: 1 admin, 2–5 staff, 7 the coordinator of Western Africa, 11 leadership.
const api = useMockApi({ data: () => ({ ...emptyPipeline(), users: seedUsers() }) });
const [WESTERN_COORDINATOR, LEADERSHIP] = [7, 11];
const fullApp = { timeout: 40_000 };

/** A Ghanaian city, two US members (one sharing its focus) and a US city that is no member. */
async function pipeline() {
  const african = await api.create('cities', { name: 'Quokkaville', country: 'GH', population: 2_400_000 });
  const fit = await api.create('cities', { name: 'Marlow Springs', country: 'US', admin1: 'OH', sciMember: true, duesPaidThrough: '2027-06-30', population: 2_100_000 });
  const lapsed = await api.create('cities', { name: 'Dunmore Flats', country: 'US', admin1: 'TX', sciMember: true, duesPaidThrough: '2025-01-31', population: 90_000 });
  await api.create('cities', { name: 'Nomember Bay', country: 'US', admin1: 'CA', population: 2_000_000 });
  // Each has worked on youth and education: with one partner each (Accra Test is paired with the fit city).
  const other = await api.create('cities', { name: 'Wombat Falls', country: 'US', admin1: 'IL', sciMember: true, duesPaidThrough: '2027-01-01' });
  const partnership = { kind: 'sister', cohort: '500in5', stage: 'interest', focusAreas: ['youth_education'] };
  await api.create('partnerships', { ...partnership, africanCityId: african.id, usCityId: other.id });
  const elsewhere = await api.create('cities', { name: 'Tamaleville', country: 'GH' });
  await api.create('partnerships', { ...partnership, africanCityId: elsewhere.id, usCityId: fit.id, focusAreas: ['youth_education', 'arts_culture'] });
  return { african, fit, lapsed, elsewhere };
}

function renderSuggestions(props: SuggestedMatchesProps, locale = 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MemoryRouter>
      <AdminContext dataProvider={createDataProvider()} authProvider={createAuthProvider()} i18nProvider={createI18nProvider(locale)} queryClient={queryClient}>
        <SuggestedMatches {...props} />
      </AdminContext>
    </MemoryRouter>,
  );
}

/** The list item of the suggestion named `name`, once shown. */
const itemOf = async (name: string) => (await screen.findByRole('heading', { name })).closest('li')!;
/** The buttons a list of suggestions offers, by their accessible names. */
const buttonsOf = async (cityId: number) => {
  const { unmount } = renderSuggestions({ cityId });
  await itemOf('Dunmore Flats');
  const names = screen.queryAllByRole('button').map((button) => button.getAttribute('aria-label'));
  unmount();
  return names;
};

describe('suggested partners', () => {
  it('lists the US members not yet paired with an African city, best first, with the reasons in words', async () => {
    const { african } = await pipeline();
    renderSuggestions({ cityId: african.id });

    const list = await screen.findByRole('list', { name: 'Suggested partners for Quokkaville' });
    const names = within(list).getAllByRole('heading').map((heading) => heading.textContent);
    expect(names).toEqual(['Marlow Springs', 'Dunmore Flats']);
    const fit = within(await itemOf('Marlow Springs'));
    expect(fit.getByText('Ohio · Population 2,100,000')).toBeInTheDocument();
    expect(fit.getByText('Same focus: Youth & education')).toBeInTheDocument();
    expect(fit.getByText('Similar size (over 2M)')).toBeInTheDocument();
    expect(fit.getByText('SCI dues paid through Jun 30, 2027')).toBeInTheDocument();
    expect(fit.getByText('Only 1 partner so far')).toBeInTheDocument();
    const lapsed = within(await itemOf('Dunmore Flats'));
    expect(lapsed.getByText('SCI dues lapsed since Jan 31, 2025')).toBeInTheDocument();
    expect(lapsed.getByText('No partner yet')).toBeInTheDocument();
  });

  it('says the reasons in the reader’s language', async () => {
    const { african } = await pipeline();
    renderSuggestions({ cityId: african.id }, 'fr');
    const fit = within(await itemOf('Marlow Springs'));
    expect(fit.getByText('Mêmes domaines : Jeunesse et éducation')).toBeInTheDocument();
    expect(fit.getByText('Cotisation SCI payée jusqu’au 30 juin 2027')).toBeInTheDocument();
    expect(fit.getByText(/^Ohio · 2\s100\s000 habitants$/)).toBeInTheDocument();
  });

  it('hands the pick to onPick, under its own words, creating nothing', async () => {
    const { african, fit } = await pipeline();
    const onPick = vi.fn<(match: SuggestedMatch) => void>();
    renderSuggestions({ cityId: african.id, onPick, pickLabel: 'Choose' });
    await userEvent.click(await screen.findByRole('button', { name: 'Choose: Marlow Springs' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ cityId: fit.id, name: 'Marlow Springs' }));
    expect(await api.all('partnerships', { usCityId: fit.id })).toHaveLength(1);
  });

  it('offers to open a prospect only where the user may create it', async () => {
    const { african, elsewhere } = await pipeline();
    const kenyan = await api.create('cities', { name: 'Kisumu Test', country: 'KE' });
    await api.signIn(LEADERSHIP);
    expect(await buttonsOf(african.id)).toEqual([]);
    // A coordinator opens prospects for the African cities of their region only.
    await api.signIn(WESTERN_COORDINATOR);
    expect(await buttonsOf(elsewhere.id)).toEqual(['Open prospect: Wombat Falls', 'Open prospect: Dunmore Flats']);
    expect(await buttonsOf(kenyan.id)).toEqual([]);
  });

  it('opens a prospect from the city page, on the shared focus areas, and shows it', fullApp, async () => {
    setScreenWidth(PHONE_WIDTH);
    const { african, fit } = await pipeline();
    renderApp(`/cities/${african.id}/show`);
    const section = await screen.findByRole('region', { name: 'Suggested partners' });
    await userEvent.click(await within(section).findByRole('button', { name: 'Open prospect: Marlow Springs' }));

    expect(await screen.findByText('Prospect opened with Marlow Springs.')).toBeInTheDocument();
    const [created] = await api.all('partnerships', { africanCityId: african.id, usCityId: fit.id });
    expect(created).toMatchObject({ stage: 'prospect', cohort: '500in5', kind: 'sister', focusAreas: ['youth_education'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Quokkaville ↔ Marlow Springs' })).toBeInTheDocument();
  });
});
