import type { AuRegion, Settings } from '../../../src/domain';
import type { Db } from '../../db/client';
import { createRevisionCache } from '../../lib/revisionCache';
import { readSettings, talliesFromDatabase } from './repository';
import { progressFrom, type Tallies } from './tallies';

interface Counted {
  settings: Settings;
  tallies: Tallies;
}

/**
 * The progress figures as the JSON the API sends. The database counts once per (revision,
 * today), kept per region; every region's view is a sum over those tallies, serialised once
 * and then sent as it is until the next write (server/lib/revisionCache.ts).
 */
export function createProgressCache(db: Db) {
  const counts = createRevisionCache<Counted>(db, 2);
  const answers = createRevisionCache<string>(db, 32);

  /** One consistent snapshot: the settings and every count from the same read transaction. */
  const count = (today: string): Promise<Counted> =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const settings = await readSettings(tx);
        return { settings, tallies: await talliesFromDatabase(tx, settings, today) };
      });

  return function progressJson(today: string, region: AuRegion | null): Promise<string> {
    return answers(`${today} ${region ?? ''}`, async () => {
      const { settings, tallies } = await counts(today, () => count(today));
      return JSON.stringify(progressFrom(tallies, settings, today, region));
    });
  };
}
