import { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody } from '../../lib/http';
import { getSettings, updateSettings } from './repository';

/**
 * /api/settings/1: the initiative's goal (decision 030). Every signed-in role reads it (the
 * dashboard's counting rule); only admins change it. There is no list: the one record is
 * read and written by its id, which is all react-admin's Edit asks for.
 */
export const settingsRoutes = ({ db, write }: RouteDeps) =>
  new Hono<AppEnv>()
    .get('/:id', async (c) => {
      authorize(c, 'read', 'settings');
      return c.json(await getSettings(db, parseId(c.req.param('id'))));
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'settings');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx) => updateSettings(tx, id, body)));
    });
