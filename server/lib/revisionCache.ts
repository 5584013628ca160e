import type { DbOrTx } from '../db/database';
import { markOf, revisionReader, TOPICS, type Revisions, type Topic } from './revision';

interface Kept<V> {
  /** Where the topics the value reads stood when it was computed (./revision.ts, markOf). */
  mark: number;
  value: Promise<V>;
}

/**
 * Values computed from the database and kept in the process until the data they read change.
 * Every write transaction moves the revision and the topics it changed (./revision.ts), so one
 * single-row read tells whether what is kept is still true — also when other server instances
 * write to the same PostgreSQL. A request reads the revisions once, at its start, and may hand
 * them to every cache it asks. A value reads `topics` (the cache's, or the call's own): it is
 * recomputed once one of them moved. Concurrent requests for a value being computed wait for
 * that one computation; a failed computation is not kept. At most `maxEntries` values are
 * kept, the oldest dropped first.
 */
export function createRevisionCache<V>(db: DbOrTx, maxEntries: number, cacheTopics: readonly Topic[] = TOPICS) {
  const currentRevisions = revisionReader(db);
  const kept = new Map<string, Kept<V>>();

  /** `seen`: the revisions this request already read (one read serves all its caches). */
  return async function cached(key: string, compute: () => Promise<V>, seen?: Revisions, topics = cacheTopics): Promise<V> {
    const mark = markOf(seen ?? (await currentRevisions()), topics);
    const found = kept.get(key);
    if (found && found.mark === mark) return found.value;
    // A request that read older revisions than the ones kept is answered, not kept.
    if (found && found.mark > mark) return compute();
    const value = compute();
    const entry = { mark, value };
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
    value.catch(() => kept.get(key) === entry && kept.delete(key));
    return value;
  };
}
