import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './repository';

/** Reads for every signed-in user; writes asked of the role here, of the event’s regions in the repository. */
export const eventsRoutes = ({ db, readDb, write, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'events', (query) => listEvents(readDb, query, countRows)))
    .get('/:id', async (c) => c.json(await getEvent(db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'events');
      const body = await readBody(c);
      return c.json(await write(c, (tx, writer) => createEvent(tx, body, writer)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'events');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx, writer) => updateEvent(tx, id, body, writer)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'events');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteEvent(tx, id, version, writer)));
    });
