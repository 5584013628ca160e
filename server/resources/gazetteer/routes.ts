import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { ApiError } from '../../lib/errors';
import { cityIdsOfPlaces } from './repository';
import { gazetteerSearch } from './search';

/** GET /api/gazetteer?q=acc&side=africa: real cities for the city form to start from. */
export const gazetteerRoutes = ({ db, gazetteer }: RouteDeps) => {
  const search = gazetteerSearch(gazetteer);
  return new Hono().get('/', async (c) => {
    const side = c.req.query('side') || null;
    if (side !== null && side !== 'africa' && side !== 'us') {
      throw new ApiError(400, 'side must be africa or us.', { side: 'app.validation.choice' });
    }
    const matches = search(c.req.query('q') ?? '', side);
    const known = await cityIdsOfPlaces(db, matches);
    // The city already in the app, if any: the form offers it instead of a duplicate.
    return c.json(matches.map((match) => ({ ...match, cityId: known.get(match.geonameId) ?? null })));
  });
};
