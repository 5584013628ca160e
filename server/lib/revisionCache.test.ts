import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { openTestDatabase } from '../db/testDatabase';
import { bumpRevision } from './revision';
import { createRevisionCache } from './revisionCache';

describe('createRevisionCache', () => {
  let handle: DatabaseHandle;
  let computed: string[];
  const compute = (value: string) => async () => {
    computed.push(value);
    return value;
  };
  beforeEach(async () => {
    handle = await openTestDatabase('sqlite');
    computed = [];
  });
  afterEach(() => handle.close());

  it('computes a key once until the revision moves on, then again', async () => {
    const cached = createRevisionCache<string>(handle.db, 10);
    expect(await cached('a', compute('a1'))).toBe('a1');
    expect(await cached('a', compute('a2'))).toBe('a1');
    await bumpRevision(handle.db);
    expect(await cached('a', compute('a3'))).toBe('a3');
    expect(computed).toEqual(['a1', 'a3']);
  });

  it('lets concurrent requests for one key share one computation', async () => {
    const cached = createRevisionCache<string>(handle.db, 10);
    const answers = await Promise.all([1, 2, 3].map((n) => cached('a', compute(`a${n}`))));
    expect(answers).toEqual(['a1', 'a1', 'a1']);
    expect(computed).toEqual(['a1']);
  });

  it('does not keep a failed computation', async () => {
    const cached = createRevisionCache<string>(handle.db, 10);
    await expect(cached('a', () => Promise.reject(new Error('database busy')))).rejects.toThrow('database busy');
    expect(await cached('a', compute('a2'))).toBe('a2');
  });

  it('keeps at most maxEntries values, dropping the oldest', async () => {
    const cached = createRevisionCache<string>(handle.db, 2);
    await cached('a', compute('a1'));
    await cached('b', compute('b1'));
    await cached('c', compute('c1'));
    expect(await cached('b', compute('b2'))).toBe('b1');
    expect(await cached('a', compute('a2'))).toBe('a2');
    expect(computed).toEqual(['a1', 'b1', 'c1', 'a2']);
  });
});
