import type { AuRegion, ProgressStats, Settings } from '../../../src/domain';
import type { Db } from '../../db/client';
import { currentRevision } from '../../lib/revision';
import { readSettings, talliesFromDatabase } from './repository';
import { progressFrom, type Tallies } from './tallies';

interface Counted {
  settings: Settings;
  tallies: Tallies;
}

/**
 * The progress figures, counted by the database once per (revision, today) and kept in the
 * process; every region's view is then a sum over the kept per-region tallies. Every write
 * transaction bumps the revision, so one single-row read tells whether the kept counts are
 * still true — also when other server instances write to the same PostgreSQL. Concurrent
 * requests for counts being computed wait for that one computation.
 */
export function createProgressCache(db: Db) {
  let revision = -1;
  let kept = new Map<string, Promise<Counted>>();

  /** One consistent snapshot: the settings and every count from the same read transaction. */
  const count = (today: string): Promise<Counted> =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const settings = await readSettings(tx);
        return { settings, tallies: await talliesFromDatabase(tx, settings, today) };
      });

  function countsFor(seen: number, today: string): Promise<Counted> {
    // A request that read an older revision than the one kept is answered, not kept.
    if (seen < revision) return count(today);
    if (seen > revision) {
      revision = seen;
      kept = new Map();
    }
    let entry = kept.get(today);
    if (!entry) {
      entry = count(today);
      const map = kept;
      map.set(today, entry);
      // A failed count is not kept: the next request tries again.
      entry.catch(() => map.get(today) === entry && map.delete(today));
    }
    return entry;
  }

  return async function progress(today: string, region: AuRegion | null): Promise<ProgressStats> {
    const { settings, tallies } = await countsFor(await currentRevision(db), today);
    return progressFrom(tallies, settings, today, region);
  };
}
