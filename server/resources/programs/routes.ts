import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { writerOf } from '../../lib/records';
import { createProgram, deleteProgram, getProgram, listPrograms, updateProgram } from './repository';

/** Reads for every signed-in user; writes asked of the role here, of the program's regions in the repository. */
export const programsRoutes = ({ handle, now, today, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'programs', (query) => listPrograms(handle.db, query, countRows)))
    .get('/:id', async (c) => c.json(await getProgram(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'programs');
      return c.json(await createProgram(handle, await readBody(c), writerOf(c, now, today)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'programs');
      const id = parseId(c.req.param('id'));
      return c.json(await updateProgram(handle, id, await readBody(c), writerOf(c, now, today)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'programs');
      return c.json(await deleteProgram(handle, parseId(c.req.param('id')), versionFromIfMatch(c), writerOf(c, now, today)));
    });
