import { Hono } from 'hono';
import type { RouteDeps } from '../../app';
import { authorize, forbidden } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readListQuery } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { AUDIT_LIST, getAuditRow, isOneRecord, listAudit } from './repository';

const readOnly = () => {
  throw forbidden();
};

/**
 * /api/audit, read-only for everyone: the history of one record (filter with `resource` and
 * `recordId`) for every signed-in user, the whole log and single rows for admins.
 */
export const auditRoutes = ({ db }: RouteDeps) =>
  new Hono()
    .get('/', async (c) => {
      const query = readListQuery(c, AUDIT_LIST);
      authorize(c, 'list', 'audit', isOneRecord(query) ? {} : undefined);
      const { data, total, start } = await listAudit(db, query);
      c.header('Content-Range', contentRange('audit', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => {
      authorize(c, 'read', 'audit');
      return c.json(await getAuditRow(db, parseId(c.req.param('id'))));
    })
    .post('/', readOnly)
    .put('/:id', readOnly)
    .delete('/:id', readOnly);
