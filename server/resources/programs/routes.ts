import { Hono } from 'hono';
import type { AppDeps } from '../../app';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { createProgram, deleteProgram, getProgram, listPrograms, updateProgram } from './repository';

export const programsRoutes = ({ handle, now }: AppDeps) =>
  new Hono()
    .get('/', async (c) => {
      const { data, total, start } = await listPrograms(handle.db, readListQuery(c, 'programs'));
      c.header('Content-Range', contentRange('programs', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => c.json(await getProgram(handle.db, parseId(c.req.param('id')))))
    .post('/', async (c) => c.json(await createProgram(handle, await readBody(c), now()), 201))
    .put('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      return c.json(await updateProgram(handle, id, await readBody(c), now()));
    })
    .delete('/:id', async (c) => c.json(await deleteProgram(handle, parseId(c.req.param('id')), versionFromIfMatch(c))));
