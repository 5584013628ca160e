import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { writerOf } from '../../lib/records';
import { createPartnership, deletePartnership, getPartnership, listPartnerships, updatePartnership } from './repository';

/** Reads for every signed-in user; writes asked of the role here, of the record in the repository. */
export const partnershipsRoutes = ({ handle, now, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'partnerships', (query) => listPartnerships(handle.db, query, today(), countRows)))
    .get('/:id', async (c) => c.json(await getPartnership(handle.db, parseId(c.req.param('id')), today())))
    .post('/', async (c) => {
      authorize(c, 'create', 'partnerships');
      return c.json(await createPartnership(handle, await readBody(c), writerOf(c, now, today)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'partnerships');
      const id = parseId(c.req.param('id'));
      return c.json(await updatePartnership(handle, id, await readBody(c), writerOf(c, now, today)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'partnerships');
      const id = parseId(c.req.param('id'));
      return c.json(await deletePartnership(handle, id, versionFromIfMatch(c), writerOf(c, now, today)));
    });
