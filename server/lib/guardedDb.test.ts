import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { openTestDatabase } from '../db/testDatabase';
import { guardedDb, RecordWriteRefused } from './guardedDb';

describe('the handle the routes read with', () => {
  let handle: DatabaseHandle;
  let tables: string[];
  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
    const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(handle.db);
    tables = rows.map((row) => row.name);
  });
  afterAll(() => handle.close());

  it('refuses to write any table but the sign-in bookkeeping, before the database sees it', async () => {
    // Any table by its name, typed loosely: the guard reads the name, not the type.
    const guarded = guardedDb(handle.db) as unknown as Kysely<Record<string, { id: number }>>;
    const records = tables.filter((table) => !['sessions', 'loginFailures', 'revision'].includes(table));
    expect(records).toEqual(expect.arrayContaining(['cities', 'partnerships', 'events', 'programs', 'users', 'audit', 'progressCounts', 'progressJournal', 'settings']));
    const outcome = (write: Promise<unknown>) => write.then(() => 'written', (error: unknown) => (error instanceof RecordWriteRefused ? 'refused' : String(error)));
    const outcomes = await Promise.all(
      records.map(async (table) => [
        table,
        await outcome(guarded.insertInto(table).values({ id: 1 }).execute()),
        await outcome(guarded.updateTable(table).set({ id: 1 }).execute()),
        await outcome(guarded.deleteFrom(table).execute()),
        await outcome(guarded.deleteFrom(`${table} as t` as never).execute()),
      ]),
    );
    expect(outcomes).toEqual(records.map((table) => [table, 'refused', 'refused', 'refused', 'refused']));
    expect(Number((await handle.db.selectFrom('settings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(1);
  });

  it('reads everything, and writes who is signed in and the revision', async () => {
    const guarded = guardedDb(handle.db);
    expect(await guarded.selectFrom('settings').select('target').executeTakeFirstOrThrow()).toEqual({ target: 500 });
    await guarded.insertInto('loginFailures').values({ key: 'email:x', failures: 1, lastFailureAt: '2026-11-28T00:00:00.000Z', blockedUntil: null }).execute();
    await guarded.deleteFrom('loginFailures').where('key', '=', 'email:x').execute();
    await guarded.updateTable('revision').set({ value: sql`value + 1` }).execute();
  });
});
