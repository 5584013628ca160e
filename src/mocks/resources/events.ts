import { eventInputSchema, partnershipsMovedBy, type SciEvent } from '../../domain';
import { mustBeAllowed } from '../auth';
import { syncLastActivity } from '../activity';
import { invalid, parseWith } from '../errors';
import type { MockStore } from '../store';
import { regionsOf } from './regions';
import { withNulls, type ResourceRules } from './rules';

/** Links must point at records that exist: the same check for events and programs. */
export function checkLinks(store: MockStore, links: { cityIds?: number[]; cityId?: number | null; partnershipIds: number[] }) {
  const errors: Record<string, string> = {};
  if (links.cityId && !store.tables.cities.has(links.cityId)) errors.cityId = 'app.validation.unknownCity';
  if (links.cityIds?.some((id) => !store.tables.cities.has(id))) errors.cityIds = 'app.validation.unknownCity';
  if (links.partnershipIds.some((id) => !store.tables.partnerships.has(id))) errors.partnershipIds = 'app.validation.unknownPartnership';
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

export const eventRules: ResourceRules<'events'> = {
  build(store, body) {
    const input = withNulls(eventInputSchema.shape, parseWith(eventInputSchema, body));
    checkLinks(store, input);
    return { ...input, partnershipIds: [...new Set(input.partnershipIds)] };
  },
  view: (store, event: SciEvent) => ({ ...event, regions: regionsOf(store, { cityIds: [event.cityId], partnershipIds: event.partnershipIds }) }),
  afterWrite: syncLastActivity,
  // An event moves its partnerships' last activity: each must be one the writer may change.
  guardWrite(store, before, after) {
    for (const id of partnershipsMovedBy(before, after)) {
      const partnership = store.tables.partnerships.get(id);
      const region = partnership ? store.tables.cities.get(partnership.africanCityId)?.region : null;
      mustBeAllowed(store, 'update', 'partnerships', { region: region ?? null });
    }
  },
};
