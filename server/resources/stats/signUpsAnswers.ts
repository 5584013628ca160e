import { signUpsQuerySchema } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { ApiError } from '../../lib/errors';
import { createRevisionCache } from '../../lib/revisionCache';
import type { Revisions } from '../../lib/revision';
import { readSettings } from '../../lib/settings';
import { parseWith } from '../../lib/validate';
import { signUpsOf } from './signUpsRepository';

/**
 * GET /api/stats/signUps?region=&from=&to=: read as the funnel reads its parameters (a field
 * error each; the period by default from the initiative's start to today), the answer kept
 * until an inquiry or a partnership is written (a change of settings moves every topic).
 */
export function createSignUpsAnswers(db: DbOrTx) {
  const kept = createRevisionCache<string>(db, 200, ['inquiries', 'partnerships']);
  return async function signUpsJson(params: Record<string, string>, today: string, revision?: Revisions): Promise<string> {
    // An empty parameter (`?region=`) means no choice, as on the funnel.
    const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''));
    const { region = null, from, to } = parseWith(signUpsQuerySchema, given);
    return kept(
      JSON.stringify([today, region, from, to]),
      async () => {
        const scope = { region, from: from ?? (await readSettings(db)).startDate, to: to ?? today };
        if (scope.from > scope.to) throw new ApiError(400, 'app.error.invalid', { [to ? 'to' : 'from']: 'app.validation.endBeforeStart' });
        return JSON.stringify(await signUpsOf(db, scope));
      },
      revision,
    );
  };
}
