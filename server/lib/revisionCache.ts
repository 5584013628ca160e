import type { DbOrTx } from '../db/database';
import { revisionReader } from './revision';

/**
 * Values computed from the database and kept in the process until the data changes. Every
 * write transaction bumps the revision (./revision.ts), so one single-row read tells whether
 * what is kept is still true — also when other server instances write to the same PostgreSQL.
 * A request reads the revision once, at its start, and may hand it to every cache it asks.
 * Concurrent requests for a value being computed wait for that one computation; a failed
 * computation is not kept. At most `maxEntries` values are kept, the oldest dropped first.
 */
export function createRevisionCache<V>(db: DbOrTx, maxEntries: number) {
  const currentRevision = revisionReader(db);
  let revision = -1;
  let kept = new Map<string, Promise<V>>();

  /** `seen`: the revision this request already read (one read serves all its caches). */
  return async function cached(key: string, compute: () => Promise<V>, seen?: number): Promise<V> {
    seen ??= await currentRevision();
    // A request that read an older revision than the one kept is answered, not kept.
    if (seen < revision) return compute();
    if (seen > revision) {
      revision = seen;
      kept = new Map();
    }
    const found = kept.get(key);
    if (found) return found;
    const entry = compute();
    const map = kept;
    map.set(key, entry);
    if (map.size > maxEntries) map.delete(map.keys().next().value!);
    entry.catch(() => map.get(key) === entry && map.delete(key));
    return entry;
  };
}
