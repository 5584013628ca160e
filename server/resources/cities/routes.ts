import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { writerOf } from '../../lib/records';
import { createCity, deleteCity, getCity, listCities, updateCity } from './repository';

/**
 * Reads for every signed-in user. A write first asks whether the role may write cities at
 * all (leadership hears 403 whatever it sends), then the repository asks of the record itself.
 */
export const citiesRoutes = ({ handle, now, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'cities', (query) => listCities(handle.db, query, countRows)))
    .get('/:id', async (c) => c.json(await getCity(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'cities');
      return c.json(await createCity(handle, await readBody(c), writerOf(c, now, today)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'cities');
      return c.json(await updateCity(handle, parseId(c.req.param('id')), await readBody(c), writerOf(c, now, today)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'cities');
      return c.json(await deleteCity(handle, parseId(c.req.param('id')), versionFromIfMatch(c), writerOf(c, now, today)));
    });
