import { Hono } from 'hono';
import { VIEW_LIST_SPEC } from '../../../src/domain';
import type { AppEnv, RouteDeps } from '../../app';
import { actorOf, authorize } from '../../auth/context';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { createView, deleteView, getView, listViews, updateView } from './repository';

/**
 * /api/views: saved views (decision 024). Every signed-in role keeps its own; the list holds
 * them, the views others share, and a coordinator's starter views. Ids are strings in the
 * path: a starter view's is "starter-…".
 */
export const viewsRoutes = ({ db, write }: RouteDeps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      const actor = authorize(c, 'list', 'views');
      const { data, total, start } = await listViews(db, actor, readListQuery(c, VIEW_LIST_SPEC));
      c.header('Content-Range', contentRange('views', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => c.json(await getView(db, actorOf(c), c.req.param('id'))))
    .post('/', async (c) => {
      authorize(c, 'create', 'views');
      const body = await readBody(c);
      return c.json(await write(c, (tx, writer) => createView(tx, body, writer)), 201);
    })
    .put('/:id', async (c) => {
      const [id, body] = [c.req.param('id'), await readBody(c)];
      return c.json(await write(c, (tx, writer) => updateView(tx, id, body, writer)));
    })
    .delete('/:id', async (c) => {
      const [id, version] = [c.req.param('id'), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteView(tx, id, version, writer)));
    });
