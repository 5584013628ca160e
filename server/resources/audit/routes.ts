import { Hono, type Context } from 'hono';
import { inquiryRegions, type ListQuery } from '../../../src/domain';
import type { Db } from '../../db/database';
import type { RouteDeps } from '../../app';
import { authorize, forbidden } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readListQuery } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { AUDIT_LIST, getAuditRow, isOneRecord, listAudit } from './repository';

/** An inquiry's history is for those who may read the inquiry: leadership sees no sign-up, nor its history. */
async function mayReadInquiryHistory(c: Context, db: Db, query: ListQuery) {
  const asked = (field: string) => query.conditions.find((condition) => condition.field === field && condition.op === 'eq')?.value;
  if (asked('resource') !== 'inquiries') return;
  const inquiry = await db.selectFrom('inquiries').select(['region', 'preferredRegion']).where('id', '=', Number(asked('recordId'))).executeTakeFirst();
  authorize(c, 'read', 'inquiries', inquiry ? { regions: inquiryRegions(inquiry) } : undefined);
}

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
      await mayReadInquiryHistory(c, db, query);
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
