import { http, HttpResponse } from 'msw';
import { regionOf, sideOfCountry, type Side } from '../../domain';
import type { GazetteerCity } from '../../domain/seed';
import { ApiError } from '../errors';
import type { MockStore } from '../store';
import { signedIn } from './respond';

const LIMIT = 10;

/** Accents and case aside, so "lome" finds Lomé. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Up to ten gazetteer cities whose name starts with (then contains) `q`, largest first. */
export function searchGazetteer(store: MockStore, q: string, side: Side | null) {
  const needle = fold(q.trim());
  if (!needle) return [];
  const inSide = store.gazetteer.filter((c) => !side || sideOfCountry(c.country) === side);
  const starting = inSide.filter((c) => fold(c.name).startsWith(needle));
  const containing = inSide.filter((c) => !fold(c.name).startsWith(needle) && fold(c.name).includes(needle));
  const known = new Map([...store.tables.cities.values()].filter((c) => c.geonameId).map((c) => [c.geonameId!, c.id]));
  return [...starting, ...containing].slice(0, LIMIT).map((c: GazetteerCity) => ({
    ...c,
    side: sideOfCountry(c.country)!,
    region: regionOf(c.country, c.admin1) ?? null,
    /** The city already in the app, if any: the form offers it instead of a duplicate. */
    cityId: known.get(c.geonameId) ?? null,
  }));
}

/** GET /api/gazetteer?q=acc&side=africa: real cities for the city form to start from; any signed-in user. */
export function gazetteerHandlers(getStore: () => MockStore) {
  return [
    http.get('*/api/gazetteer', ({ request }) =>
      signedIn(getStore, (store) => {
        const params = new URL(request.url).searchParams;
        const side = params.get('side') || null;
        if (side !== null && side !== 'africa' && side !== 'us') {
          throw new ApiError(400, 'side must be africa or us.', { side: 'app.validation.choice' });
        }
        return HttpResponse.json(searchGazetteer(store, params.get('q') ?? '', side));
      }),
    ),
  ];
}
