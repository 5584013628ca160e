import { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../app';
import { authorize } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { createUser, deleteUser, getUser, listUsers, newPasswordHash, parseNewUser, updateUser, USER_LIST } from './repository';

/**
 * /api/users: the team directory for every signed-in user (owners are picked from it), user
 * admin for admins only. Passwords go in, never out; they are hashed before the write begins.
 */
export const usersRoutes = ({ db, write, passwords }: RouteDeps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      authorize(c, 'list', 'users');
      const { data, total, start } = await listUsers(db, readListQuery(c, USER_LIST));
      c.header('Content-Range', contentRange('users', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => {
      authorize(c, 'read', 'users');
      return c.json(await getUser(db, parseId(c.req.param('id'))));
    })
    .post('/', async (c) => {
      authorize(c, 'create', 'users');
      const { password, ...input } = parseNewUser(await readBody(c));
      const passwordHash = await passwords.hash(password);
      return c.json(await write(c, (tx, writer) => createUser(tx, input, passwordHash, writer)), 201);
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'users');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      const passwordHash = await newPasswordHash(passwords, body);
      const sessionToken = c.get('sessionToken');
      return c.json(await write(c, (tx, writer) => updateUser(tx, id, body, { passwordHash, sessionToken }, writer)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'users');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteUser(tx, id, version, writer)));
    });
