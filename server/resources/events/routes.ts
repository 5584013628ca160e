import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './repository';

export const eventsRoutes = ({ handle, now, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'events', (query) => listEvents(handle.db, query, countRows)))
    .get('/:id', async (c) => c.json(await getEvent(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => c.json(await createEvent(handle, await readBody(c), now(), today()), 201))
    .put('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      return c.json(await updateEvent(handle, id, await readBody(c), now(), today()));
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      return c.json(await deleteEvent(handle, id, versionFromIfMatch(c), today()));
    });
