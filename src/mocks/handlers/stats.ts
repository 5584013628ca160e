import { http, HttpResponse } from 'msw';
import { computeProgress, DEFAULT_SETTINGS, isAuRegion } from '../../domain';
import { ApiError } from '../errors';
import { viewOf } from '../records';
import type { MockStore } from '../store';
import { signedIn } from './respond';

/** Every partnership as the API shows it: the goal figures read the derived region. */
const allPartnerships = (store: MockStore) =>
  [...store.tables.partnerships.values()].map((p) => viewOf(store, 'partnerships', p));

/** GET /api/stats/progress?region=Western: the dashboard's figures, by the domain's one definition; any signed-in user. */
export function statsHandlers(getStore: () => MockStore) {
  return [
    http.get('*/api/stats/progress', ({ request }) =>
      signedIn(getStore, (store) => {
        const region = new URL(request.url).searchParams.get('region') || null;
        if (region !== null && !isAuRegion(region)) {
          throw new ApiError(400, `Unknown AU region: ${region}.`, { region: 'app.validation.choice' });
        }
        return HttpResponse.json(computeProgress(allPartnerships(store), DEFAULT_SETTINGS, store.today(), region));
      }),
    ),
  ];
}
