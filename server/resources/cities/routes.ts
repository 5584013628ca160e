import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createCity, deleteCity, getCity, listCities, updateCity } from './repository';

export const citiesRoutes = ({ handle, now, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'cities', (query) => listCities(handle.db, query, countRows)))
    .get('/:id', async (c) => c.json(await getCity(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => c.json(await createCity(handle, await readBody(c), now()), 201))
    .put('/:id', async (c) => c.json(await updateCity(handle, parseId(c.req.param('id')), await readBody(c), now())))
    .delete('/:id', async (c) => c.json(await deleteCity(handle, parseId(c.req.param('id')), versionFromIfMatch(c))));
