import type { AuRegion, Settings } from '../../../src/domain';
import type { DatabaseHandle } from '../../db/database';
import { countersAreFor, rebuildCounters } from '../../lib/progressCounters';
import { createRevisionCache } from '../../lib/revisionCache';
import { DATA_TOPICS, type Revisions } from '../../lib/revision';
import { readSettings } from '../../lib/settings';
import { talliesFromCounters } from './repository';
import { progressFrom, type Tallies } from './tallies';

interface Counted {
  settings: Settings;
  tallies: Tallies;
}

/**
 * The progress figures as the JSON the API sends. The counters the writes keep are read once
 * per (revision, today), kept per region; every region's view is a sum over those tallies, serialised once
 * and then sent as it is until the next write (server/lib/revisionCache.ts).
 */
export function createProgressCache(handle: Pick<DatabaseHandle, 'db' | 'dialect'>) {
  const { db } = handle;
  const counts = createRevisionCache<Counted>(db, 2, DATA_TOPICS);
  const answers = createRevisionCache<string>(db, 32, DATA_TOPICS);

  /**
   * One consistent snapshot: the settings and every count from the same read transaction.
   * Counters built for other settings (or never built) are rebuilt first.
   */
  const count = async (today: string): Promise<Counted> => {
    const current = await readSettings(db);
    if (!(await countersAreFor(db, current))) await rebuildCounters(handle, current);
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const settings = await readSettings(tx);
        return { settings, tallies: await talliesFromCounters(tx, settings, today) };
      });
  };

  /** `revision`: the one the request read at its start, if it did. */
  return function progressJson(today: string, region: AuRegion | null, revision?: Revisions): Promise<string> {
    return answers(
      `${today} ${region ?? ''}`,
      async () => {
        const { settings, tallies } = await counts(today, () => count(today), revision);
        return JSON.stringify(progressFrom(tallies, settings, today, region));
      },
      revision,
    );
  };
}
