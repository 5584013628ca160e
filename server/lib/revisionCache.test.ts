import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { openTestDatabase } from '../db/testDatabase';
import { bumpRevision, revisionReader } from './revision';
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

  it('keeps a value while only topics it does not read move', async () => {
    const cities = createRevisionCache<string>(handle.db, 10, ['cities']);
    const everything = createRevisionCache<string>(handle.db, 10);
    await cities('list', compute('cities1'));
    await everything('list', compute('all1'));
    await bumpRevision(handle.db, ['partnerships', 'access']);
    expect(await cities('list', compute('cities2'))).toBe('cities1');
    expect(await everything('list', compute('all2'))).toBe('all2');
    await bumpRevision(handle.db, ['cities']);
    expect(await cities('list', compute('cities3'))).toBe('cities3');
    // The call's own topics: the partnerships moved since this key was kept with cities only.
    expect(await cities('list', compute('cities4'), undefined, ['cities', 'partnerships'])).toBe('cities4');
    expect(computed).toEqual(['cities1', 'all1', 'all2', 'cities3', 'cities4']);
  });

  it('answers a request that read older revisions without keeping its answer', async () => {
    const cached = createRevisionCache<string>(handle.db, 10, ['partnerships']);
    const before = await revisionReader(handle.db)();
    await bumpRevision(handle.db, ['partnerships']);
    expect(await cached('a', compute('new'))).toBe('new');
    expect(await cached('a', compute('old'), before)).toBe('old');
    expect(await cached('a', compute('again'))).toBe('new');
    expect(computed).toEqual(['new', 'old']);
  });
});
