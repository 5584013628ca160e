import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { writerOf } from '../../lib/records';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './repository';

/** Reads for every signed-in user; writes asked of the role here, of the event's regions in the repository. */
export const eventsRoutes = ({ handle, now, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'events', (query) => listEvents(handle.db, query, countRows)))
    .get('/:id', async (c) => c.json(await getEvent(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'events');
      return c.json(await createEvent(handle, await readBody(c), writerOf(c, now, today)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'events');
      const id = parseId(c.req.param('id'));
      return c.json(await updateEvent(handle, id, await readBody(c), writerOf(c, now, today)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'events');
      const id = parseId(c.req.param('id'));
      return c.json(await deleteEvent(handle, id, versionFromIfMatch(c), writerOf(c, now, today)));
    });
