import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as nextTimer } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import type { DatabaseHandle } from './database';
import { openReaderPool, readerDb, startReader, type ReaderSetup } from './readerPool';

const ROWS = 2000;
/** A read that keeps one SQLite connection busy for a good while, whatever the machine. */
const slowCount = sql<{ n: number }>`with recursive r(n) as (select 1 union all select n + 1 from r where n < 3000000) select count(*) as n from r`;
const numbersBetween = (low: number, high: number) =>
  sql<{ n: number; square: number; label: string }>`select n, n * n as square, 'n' || n as label from numbers where n between ${low} and ${high} order by n desc`;

let dir: string;
let handle: DatabaseHandle;
let setup: ReaderSetup;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reader-pool-'));
  setup = { path: join(dir, 'readers.sqlite'), busyTimeoutMs: 5000 };
  handle = openDatabase(`file:${setup.path}`, { readers: 2 });
  await sql`create table numbers (n integer primary key)`.execute(handle.db);
  await sql`insert into numbers (n) with recursive r(n) as (select 1 union all select n + 1 from r where n < ${ROWS}) select n from r`.execute(handle.db);
});
afterAll(async () => {
  await handle?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A pool of its own whose threads the test can see (and stop). */
function poolWithThreads(size: number) {
  const threads: Worker[] = [];
  const pool = openReaderPool(setup, size, (options) => {
    const thread = startReader(options);
    threads.push(thread);
    return thread;
  });
  return { pool, db: readerDb(pool), threads };
}

describe('the SQLite reader threads', () => {
  it('answer as the main connection does, and see every write committed before the read', async () => {
    const readDb = handle.readDb!;
    for (const [low, high] of [[1, 25], [500, 1500], [ROWS + 1, ROWS + 5]] as const) {
      const query = numbersBetween(low, high);
      expect((await query.execute(readDb)).rows).toEqual((await query.execute(handle.db)).rows);
    }
    const total = sql<{ total: number }>`select count(*) as total from numbers`;
    expect((await total.execute(readDb)).rows).toEqual([{ total: ROWS }]);

    await sql`insert into numbers (n) values (${ROWS + 1})`.execute(handle.db);
    expect((await total.execute(readDb)).rows).toEqual([{ total: ROWS + 1 }]);
    await sql`delete from numbers where n = ${ROWS + 1}`.execute(handle.db);
  });

  it('answer many reads at once, each with its own rows', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => numbersBetween(i * 10 + 1, i * 10 + 3).execute(handle.readDb!)));
    expect(answers.map(({ rows }) => rows.map((row) => row.n))).toEqual(Array.from({ length: 40 }, (_, i) => [i * 10 + 3, i * 10 + 2, i * 10 + 1]));
  });

  it('send back the errors the main connection would throw, and refuse writes and transactions', async () => {
    const readDb = handle.readDb!;
    const missing = sql`select * from nowhere`;
    const onMain = await missing.execute(handle.db).then(
      () => Promise.reject(new Error('the main connection found a table that does not exist')),
      (error: unknown) => error as Error & { code?: string },
    );
    await expect(missing.execute(readDb)).rejects.toMatchObject({ name: onMain.name, message: onMain.message, code: onMain.code });
    await expect(sql`insert into numbers (n) values (0)`.execute(readDb)).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    await expect(readDb.transaction().execute(async () => 1)).rejects.toThrow('A transaction runs on the main connection');
    // The threads still answer after the errors.
    expect((await sql<{ n: number }>`select max(n) as n from numbers`.execute(readDb)).rows).toEqual([{ n: ROWS }]);
  });

  it('keep the event loop free while a long read runs', async () => {
    const readDb = handle.readDb!;
    await sql`select 1`.execute(readDb);
    const order: string[] = [];
    const slow = slowCount.execute(readDb).then(() => order.push('long read'));
    await sql`select count(*) from numbers`.execute(handle.db).then(() => order.push('read on the main connection'));
    await nextTimer(1).then(() => order.push('timer'));
    await slow;
    expect(order).toEqual(['read on the main connection', 'timer', 'long read']);
  });

  it('(the same long read on the main connection holds everything else back)', async () => {
    const order: string[] = [];
    const slow = slowCount.execute(handle.db).then(() => order.push('long read'));
    const timer = nextTimer(1).then(() => order.push('timer'));
    await Promise.all([slow, timer]);
    expect(order).toEqual(['long read', 'timer']);
  });
});

describe('a pool of reader threads', () => {
  let opened: Kysely<never>[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((db) => db.destroy()));
    opened = [];
  });
  const open = (size: number) => {
    const made = poolWithThreads(size);
    opened.push(made.db as Kysely<never>);
    return made;
  };

  it('starts threads only as reads need them, and no more than its size', async () => {
    const { db, threads } = open(2);
    expect(threads).toHaveLength(0);
    await sql`select 1`.execute(db);
    expect(threads).toHaveLength(1);
    await Promise.all([slowCount.execute(db), slowCount.execute(db), slowCount.execute(db)]);
    expect(threads).toHaveLength(2);
  });

  it('fails the reads of a thread that stops, and starts another for the next read', async () => {
    const { db, threads } = open(1);
    await sql`select 1`.execute(db);
    const waiting = slowCount.execute(db);
    await threads[0]!.terminate();
    await expect(waiting).rejects.toThrow('An SQLite reader thread stopped');
    expect((await sql<{ total: number }>`select count(*) as total from numbers`.execute(db)).rows).toEqual([{ total: ROWS }]);
    expect(threads).toHaveLength(2);
  });

  it('ends its threads when closed, and then refuses reads', async () => {
    const { pool, db, threads } = open(2);
    await Promise.all([slowCount.execute(db), sql`select 1`.execute(db)]);
    expect(threads.map((thread) => thread.threadId > 0)).toEqual([true, true]);
    await pool.close();
    expect(threads.map((thread) => thread.threadId)).toEqual([-1, -1]);
    await expect(sql`select 1`.execute(db)).rejects.toThrow('The SQLite readers are closed');
  });
});

describe('where there are no reader threads', () => {
  it.each([
    ['a memory database (not shared between connections)', () => openDatabase('file::memory:', { readers: 2 })],
    ['a file opened with 0 readers', () => openDatabase(`file:${join(dir, 'no-readers.sqlite')}`, { readers: 0 })],
  ])('%s reads on the main connection', async (_, open) => {
    const opened = open();
    try {
      expect(opened.readDb).toBeUndefined();
    } finally {
      await opened.close();
    }
  });
});
