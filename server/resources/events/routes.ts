import { Hono } from 'hono';
import type { AppDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './repository';

export const eventsRoutes = ({ handle, now, today }: AppDeps) =>
  new Hono()
    .get('/', async (c) => {
      const { data, total, start } = await listEvents(handle.db, readListQuery(c, 'events'));
      c.header('Content-Range', contentRange('events', start, data.length, total));
      return c.json(data);
    })
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
