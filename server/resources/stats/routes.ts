import { Hono } from 'hono';
import { isAuRegion } from '../../../src/domain';
import type { AppDeps, RouteDeps } from '../../app';
import { revisionOf } from '../../auth/context';
import { ApiError } from '../../lib/errors';
import { createProgressCache } from './progressCache';

/**
 * GET /api/stats/progress?region=Western: the dashboard's figures, computed by the database.
 * It holds the writable handle for one thing: counters built for other settings are rebuilt.
 */
export const statsRoutes = ({ handle, today }: RouteDeps & Pick<AppDeps, 'handle'>) => {
  const progressJson = createProgressCache(handle);
  return new Hono().get('/progress', async (c) => {
    const region = c.req.query('region') || null;
    if (region !== null && !isAuRegion(region)) {
      throw new ApiError(400, `Unknown AU region: ${region}.`, { region: 'app.validation.choice' });
    }
    const body = await progressJson(today(), region, revisionOf(c));
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });
};
