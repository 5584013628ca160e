import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createPartnership, deletePartnership, getPartnership, listPartnerships, updatePartnership } from './repository';

export const partnershipsRoutes = ({ handle, now, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'partnerships', (query) => listPartnerships(handle.db, query, today(), countRows)))
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
