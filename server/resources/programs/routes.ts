import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createProgram, deleteProgram, getProgram, listPrograms, updateProgram } from './repository';

export const programsRoutes = ({ handle, now, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'programs', (query) => listPrograms(handle.db, query, countRows)))
    .get('/:id', async (c) => c.json(await getProgram(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => c.json(await createProgram(handle, await readBody(c), now()), 201))
    .put('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      return c.json(await updateProgram(handle, id, await readBody(c), now()));
    })
    .delete('/:id', async (c) => c.json(await deleteProgram(handle, parseId(c.req.param('id')), versionFromIfMatch(c))));
