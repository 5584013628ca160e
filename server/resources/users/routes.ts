import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize, type AuthVariables } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { writerOf } from '../../lib/records';
import { createUser, deleteUser, getUser, listUsers, updateUser, USER_LIST } from './repository';

/**
 * /api/users: the team directory for every signed-in user (owners are picked from it), user
 * admin for admins only. Passwords go in, never out.
 */
export const usersRoutes = ({ handle, now, today }: RouteDeps) =>
  new Hono<{ Variables: AuthVariables }>()
    .get('/', async (c) => {
      authorize(c, 'list', 'users');
      const { data, total, start } = await listUsers(handle.db, readListQuery(c, USER_LIST));
      c.header('Content-Range', contentRange('users', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => {
      authorize(c, 'read', 'users');
      return c.json(await getUser(handle.db, parseId(c.req.param('id'))));
    })
    .post('/', async (c) => {
      authorize(c, 'create', 'users');
      return c.json(await createUser(handle, await readBody(c), writerOf(c, now, today)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'users');
      const id = parseId(c.req.param('id'));
      return c.json(await updateUser(handle, id, await readBody(c), writerOf(c, now, today), c.get('sessionToken')));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'users');
      return c.json(await deleteUser(handle, parseId(c.req.param('id')), versionFromIfMatch(c), writerOf(c, now, today)));
    });
