import { Hono } from 'hono';
import { isAuRegion } from '../../../src/domain';
import type { AppDeps } from '../../app';
import { revisionOf } from '../../auth/context';
import { ApiError } from '../../lib/errors';
import { createProgressCache } from './progressCache';

/** GET /api/stats/progress?region=Western: the dashboard's figures, computed by the database. */
export const statsRoutes = ({ handle, today }: AppDeps) => {
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
