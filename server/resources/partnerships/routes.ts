import { Hono } from 'hono';
import type { AppDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { createPartnership, deletePartnership, getPartnership, listPartnerships, updatePartnership } from './repository';

export const partnershipsRoutes = ({ handle, now, today }: AppDeps) =>
  new Hono()
    .get('/', async (c) => {
      const { data, total, start } = await listPartnerships(handle.db, readListQuery(c, 'partnerships'), today());
      c.header('Content-Range', contentRange('partnerships', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => c.json(await getPartnership(handle.db, parseId(c.req.param('id')), today())))
    .post('/', async (c) => c.json(await createPartnership(handle, await readBody(c), now(), today()), 201))
    .put('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      return c.json(await updatePartnership(handle, id, await readBody(c), now(), today()));
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      return c.json(await deletePartnership(handle, id, versionFromIfMatch(c), today()));
    });
