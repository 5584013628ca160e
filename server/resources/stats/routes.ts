import { Hono } from 'hono';
import { isAuRegion } from '../../../src/domain';
import type { AppDeps, RouteDeps } from '../../app';
import { revisionOf } from '../../auth/context';
import { ApiError } from '../../lib/errors';
import { readListQuery } from '../../lib/http';
import { createRevisionCache } from '../../lib/revisionCache';
import { DATA_TOPICS } from '../../lib/revision';
import { createForecastCache } from './forecastCache';
import { createFunnelAnswers } from './funnelAnswers';
import { partnershipMap } from './mapRepository';
import { createProgressCache } from './progressCache';
import { createSignUpsAnswers } from './signUpsAnswers';
import { stageTotals } from './repository';

/**
 * GET /api/stats/progress?region=Western: the dashboard's figures, computed by the database.
 * It holds the writable handle for one thing: counters built for other settings are rebuilt.
 * GET /api/stats/stages?filter=: the board's column totals for a partnerships list filter,
 * parsed (and refused) as the list parses it, kept until the next write per today and filter.
 * GET /api/stats/map?filter=: the partnership map of a list filter, parsed and kept as /stages (decision 029).
 * GET /api/stats/funnel?region=&cohort=&from=&to=: the stage funnel (decision 028).
 * GET /api/stats/forecast?region=: where the count is likely to land at the window's end (decision 027).
 * GET /api/stats/signUps?region=&from=&to=: the public sign-ups per week and what became of them (issue 14).
 */
export const statsRoutes = ({ db, readDb, handle, today }: RouteDeps & Pick<AppDeps, 'handle'>) => {
  const progressJson = createProgressCache(handle);
  const stagesJson = createRevisionCache<string>(db, 200, DATA_TOPICS);
  const mapJson = createRevisionCache<string>(db, 50, DATA_TOPICS);
  // The board's totals, the map and the funnel aggregate whole tables: plain reads for the readers (decision 033).
  const funnelJson = createFunnelAnswers(readDb);
  const signUpsJson = createSignUpsAnswers(readDb);
  const forecastJson = createForecastCache(db);
  return new Hono()
    .get('/forecast', async (c) => {
      const region = c.req.query('region') || null;
      if (region !== null && !isAuRegion(region)) {
        throw new ApiError(400, `Unknown AU region: ${region}.`, { region: 'app.validation.choice' });
      }
      return c.body(await forecastJson(today(), region, revisionOf(c)), 200, { 'Content-Type': 'application/json' });
    })
    .get('/progress', async (c) => {
      const region = c.req.query('region') || null;
      if (region !== null && !isAuRegion(region)) {
        throw new ApiError(400, `Unknown AU region: ${region}.`, { region: 'app.validation.choice' });
      }
      const body = await progressJson(today(), region, revisionOf(c));
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    })
    .get('/map', async (c) => {
      const [query, day] = [readListQuery(c, 'partnerships'), today()];
      const body = await mapJson(
        `${day} ${JSON.stringify(query.conditions)}`,
        async () => JSON.stringify(await partnershipMap(readDb, query, day)),
        revisionOf(c),
      );
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    })
    .get('/stages', async (c) => {
      const [query, day] = [readListQuery(c, 'partnerships'), today()];
      const body = await stagesJson(
        `${day} ${JSON.stringify(query.conditions)}`,
        async () => JSON.stringify(await stageTotals(readDb, query, day)),
        revisionOf(c),
      );
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    })
    .get('/funnel', async (c) => {
      const body = await funnelJson(c.req.query(), today(), revisionOf(c));
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    })
    // Every signed-in role reads the counts; the inquiries themselves stay behind their own rules.
    .get('/signUps', async (c) => {
      const body = await signUpsJson(c.req.query(), today(), revisionOf(c));
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    });
};
