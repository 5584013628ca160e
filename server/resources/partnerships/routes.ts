import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { updateInBulk } from './bulk';
import { createPartnership, deletePartnership, getPartnership, listPartnerships, updatePartnership } from './repository';

/** Reads for every signed-in user; writes asked of the role here, of the record in the repository. */
export const partnershipsRoutes = ({ db, readDb, write, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'partnerships', (query) => listPartnerships(readDb, query, today(), countRows)))
    .get('/:id', async (c) => c.json(await getPartnership(db, parseId(c.req.param('id')), today())))
    .post('/', async (c) => {
      authorize(c, 'create', 'partnerships');
      const body = await readBody(c);
      return c.json(await write(c, (tx, writer) => createPartnership(tx, body, writer)), 201);
    })
    .post('/bulk', async (c) => {
      authorize(c, 'update', 'partnerships');
      return c.json(await updateInBulk({ db, write }, c, await readBody(c)));
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'partnerships');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx, writer) => updatePartnership(tx, id, body, writer)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'partnerships');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deletePartnership(tx, id, version, writer)));
    });
