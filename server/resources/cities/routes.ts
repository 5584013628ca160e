import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { cityIdentitySchema } from '../../../src/domain';
import { parseWith } from '../../lib/validate';
import { answerUnlessDuplicate } from './duplicates';
import { findSameCity } from './identity';
import { cityIdentityOf, createCity, deleteCity, findCity, getCity, listCities, updateCity } from './repository';

/**
 * Reads for every signed-in user. A write first asks whether the role may write cities at
 * all (leadership hears 403 whatever it sends), then the repository asks of the record itself.
 */
export const citiesRoutes = ({ db, readDb, write, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'cities', (query) => listCities(readDb, query, today(), countRows)))
    // The city already recorded that is the same place as the one described, or null.
    .get('/same', async (c) => {
      // `except`: the city being edited, which is the same as itself.
      const { geonameId, except, ...text } = c.req.query();
      const identity = parseWith(cityIdentitySchema, { ...text, geonameId: geonameId ? Number(geonameId) : null });
      const same = await findSameCity(db, identity, except ? parseId(except) : undefined);
      return c.json(same ? await getCity(db, same.id) : null);
    })
    .get('/:id', async (c) => c.json(await getCity(db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'cities');
      const body = await readBody(c);
      const identity = async () => cityIdentityOf(body);
      return answerUnlessDuplicate(c, db, () => write(c, (tx, writer) => createCity(tx, body, writer)), identity);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'cities');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      const identity = async () => cityIdentityOf({ ...(await findCity(db, id)), ...body });
      return answerUnlessDuplicate(c, db, () => write(c, (tx, writer) => updateCity(tx, id, body, writer)), identity, id);
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'cities');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteCity(tx, id, version, writer)));
    });
