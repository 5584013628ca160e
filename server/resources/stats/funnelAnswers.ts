import { funnelQuerySchema } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { ApiError } from '../../lib/errors';
import { createRevisionCache } from '../../lib/revisionCache';
import { DATA_TOPICS, type Revisions } from '../../lib/revision';
import { readSettings } from '../../lib/settings';
import { parseWith } from '../../lib/validate';
import { funnelOf } from './funnelRepository';

/**
 * GET /api/stats/funnel?region=&cohort=&from=&to=: parameters checked by the domain's schema
 * (a field error each), the period by default from the initiative's start to today, the answer
 * kept until the next write per day and parameters.
 */
export function createFunnelAnswers(db: DbOrTx) {
  const kept = createRevisionCache<string>(db, 200, DATA_TOPICS);
  return async function funnelJson(params: Record<string, string>, today: string, revision?: Revisions): Promise<string> {
    // An empty parameter (`?region=`) means no choice, as on the progress route.
    const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''));
    const { region = null, cohort = null, from, to } = parseWith(funnelQuerySchema, given);
    return kept(
      JSON.stringify([today, region, cohort, from, to]),
      async () => {
        const scope = { region, cohort, from: from ?? (await readSettings(db)).startDate, to: to ?? today };
        if (scope.from > scope.to) throw new ApiError(400, 'app.error.invalid', { [to ? 'to' : 'from']: 'app.validation.endBeforeStart' });
        return JSON.stringify(await funnelOf(db, scope, today));
      },
      revision,
    );
  };
}
