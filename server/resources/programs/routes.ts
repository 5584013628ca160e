import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, versionFromIfMatch } from '../../lib/http';
import { createProgram, deleteProgram, getProgram, listPrograms, updateProgram } from './repository';

/** Reads for every signed-in user; writes asked of the role here, of the program’s regions in the repository. */
export const programsRoutes = ({ db, readDb, write, countRows, answerList }: RouteDeps) =>
  new Hono()
    .get('/', (c) => answerList(c, 'programs', (query) => listPrograms(readDb, query, countRows)))
    .get('/:id', async (c) => c.json(await getProgram(db, parseId(c.req.param('id')))))
    .post('/', async (c) => {
      authorize(c, 'create', 'programs');
      const body = await readBody(c);
      return c.json(await write(c, (tx, writer) => createProgram(tx, body, writer)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'programs');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx, writer) => updateProgram(tx, id, body, writer)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'programs');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteProgram(tx, id, version, writer)));
    });
