import { forecastsFrom, type AuRegion } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { createRevisionCache } from '../../lib/revisionCache';
import { DATA_TOPICS, type Revisions } from '../../lib/revision';
import { readSettings } from '../../lib/settings';
import { forecastInputOf } from './forecastRepository';

/**
 * The forecast as the JSON the API sends (decision 027): one simulation per revision, day and
 * settings answers every region at once, kept until the next write (server/lib/revisionCache.ts).
 */
export function createForecastCache(db: DbOrTx) {
  const answers = createRevisionCache<Map<AuRegion | null, string>>(db, 2, DATA_TOPICS);

  const compute = (today: string) =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const settings = await readSettings(tx);
        return { settings, input: await forecastInputOf(tx, settings, today) };
      });

  /** `revision`: the one the request read at its start, if it did. */
  return async function forecastJson(today: string, region: AuRegion | null, revision?: Revisions): Promise<string> {
    const settingsKey = JSON.stringify(await readSettings(db));
    const byRegion = await answers(
      `${today} ${settingsKey}`,
      async () => {
        const { settings, input } = await compute(today);
        const forecasts = forecastsFrom(input, settings);
        return new Map([...forecasts].map(([key, forecast]) => [key, JSON.stringify(forecast)]));
      },
      revision,
    );
    return byRegion.get(region)!;
  };
}
