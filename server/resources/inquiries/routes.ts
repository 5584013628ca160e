import { Hono } from 'hono';
import type { AppEnv, RouteDeps } from '../../app';
import { authorize, forbidden } from '../../auth/context';
import { parseId } from '../../lib/errors';
import { readBody, readListQuery, versionFromIfMatch } from '../../lib/http';
import { contentRange } from '../../lib/listSql';
import { convertInquiry } from './convert';
import { deleteInquiry, getInquiry, listInquiries, regionFacts, updateInquiry } from './repository';
import { INQUIRY_LIST } from './rows';

/**
 * /api/inquiries: the public's sign-ups, for staff and admins, and for a coordinator those of
 * their region (decision 039). Nobody creates one here: they come through /api/join. The
 * rule is asked of the role here and of the inquiry's regions in the write.
 */
export const inquiriesRoutes = ({ db, readDb, write, gazetteer }: RouteDeps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      const actor = authorize(c, 'list', 'inquiries');
      const { data, total, start } = await listInquiries(readDb, readListQuery(c, INQUIRY_LIST), actor);
      c.header('Content-Range', contentRange('inquiries', start, data.length, total));
      return c.json(data);
    })
    .get('/:id', async (c) => {
      authorize(c, 'read', 'inquiries');
      const inquiry = await getInquiry(db, parseId(c.req.param('id')));
      authorize(c, 'read', 'inquiries', regionFacts(inquiry));
      return c.json(inquiry);
    })
    // Nobody creates one here (mayHandleInquiry): a 403, as the rule says, not an unknown route.
    .post('/', () => {
      throw forbidden();
    })
    .put('/:id', async (c) => {
      authorize(c, 'update', 'inquiries');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx, writer) => updateInquiry(tx, id, body, writer)));
    })
    .post('/:id/convert', async (c) => {
      authorize(c, 'update', 'inquiries');
      const [id, body] = [parseId(c.req.param('id')), await readBody(c)];
      return c.json(await write(c, (tx, writer) => convertInquiry(tx, id, body, gazetteer, writer)));
    })
    .delete('/:id', async (c) => {
      authorize(c, 'delete', 'inquiries');
      const [id, version] = [parseId(c.req.param('id')), versionFromIfMatch(c)];
      return c.json(await write(c, (tx, writer) => deleteInquiry(tx, id, version, writer)));
    });
