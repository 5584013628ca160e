import { Hono } from 'hono';
import { isAuRegion } from '../../../src/domain';
import type { RouteDeps } from '../../app';
import { actorOf, revisionOf } from '../../auth/context';
import { ApiError } from '../../lib/errors';
import { createRevisionCache } from '../../lib/revisionCache';
import { DATA_TOPICS } from '../../lib/revision';
import { workCounts } from './repository';

/**
 * GET /api/work?region=Western: the counts of the signed-in user's work lists, for every role.
 * Kept until the next write, per today, region and user ("mine" is theirs).
 */
export const workRoutes = ({ db, readDb, today, countRows }: RouteDeps) => {
  const answers = createRevisionCache<string>(db, 500, DATA_TOPICS);
  return new Hono().get('/', async (c) => {
    const region = c.req.query('region') || null;
    if (region !== null && !isAuRegion(region)) {
      throw new ApiError(400, `Unknown AU region: ${region}.`, { region: 'app.validation.choice' });
    }
    const [day, userId] = [today(), actorOf(c).id];
    const body = await answers(
      `${day} ${region ?? ''} ${userId}`,
      async () => JSON.stringify(await workCounts(readDb, { userId, region }, day, countRows)),
      revisionOf(c),
    );
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });
};
