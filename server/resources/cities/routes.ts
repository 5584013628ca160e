import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createCity, deleteCity, getCity, listCities, updateCity } from './repository';

/**
 * Reads for every signed-in user. A write first asks whether the role may write cities at
 * all (leadership hears 403 whatever it sends), then the repository asks of the record itself.
 */
export const citiesRoutes = ({ db, write, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'cities', (query) => listCities(db, query, countRows)))
    .get('/:id', async (c) => c.json(await getCity(db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'cities');
      const body = await readBody(c);
      return c.json(await write(c, (tx, writer) => createCity(tx, body, writer)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'cities');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx, writer) => updateCity(tx, id, body, writer)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'cities');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteCity(tx, id, version, writer)));
    });
