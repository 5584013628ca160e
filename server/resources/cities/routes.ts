import { Hono } from 'hono';
import type { AppDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { createCity, deleteCity, getCity, listCities, updateCity } from './repository';

export const citiesRoutes = ({ handle, now }: AppDeps) =>
  new Hono()
    .get('/', async (c) => {
      const { data, total, start } = await listCities(handle.db, readListQuery(c, 'cities'));
      c.header('Content-Range', contentRange('cities', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => c.json(await getCity(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => c.json(await createCity(handle, await readBody(c), now()), 201))
    .put('/:id', async (c) => c.json(await updateCity(handle, parseId(c.req.param('id')), await readBody(c), now())))
    .delete('/:id', async (c) => c.json(await deleteCity(handle, parseId(c.req.param('id')), versionFromIfMatch(c))));
