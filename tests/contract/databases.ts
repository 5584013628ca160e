/**
 * The databases the server backends run on, each emptied and migrated at every reset:
 * in-memory SQLite, and a PostgreSQL database of the test file's own.
 */
import { sql } from 'kysely';
import { Client } from 'pg';
import { migrate, type DatabaseHandle, type Db } from '../../server/db/database';
import { openDatabase } from '../../server/db/client';

export type Handle = Pick<DatabaseHandle, 'db' | 'dialect' | 'close'>;

export interface ServerDatabase {
  /** An empty, migrated database. */
  prepare(): Promise<Handle>;
  close(): Promise<void>;
}

/** A new in-memory SQLite database at every reset: nothing to empty, nothing left behind. */
export function sqliteDatabase(): ServerDatabase {
  let handle: Handle | undefined;
  return {
    async prepare() {
      await handle?.close();
      handle = openDatabase('file::memory:');
      await migrate(handle.db);
      return handle;
    },
    close: async () => handle?.close(),
  };
}

async function onServer(url: string, statement: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL database of this test file's own (test files run in parallel), created on the
 * server TEST_DATABASE_URL names and dropped at the end. The first reset drops and recreates
 * its public schema and migrates; later ones only empty the tables and put back the rows the
 * migrations wrote (settings, revision): ~5 ms instead of ~300 ms, which keeps the write cases
 * fast. Emptying needs a superuser (foreign-key triggers off); without one every reset migrates.
 */
export async function postgresDatabase(serverUrl: string): Promise<ServerDatabase> {
  const name = `contract_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  let migrated: MigratedRows | undefined;
  let canEmpty = true;
  return {
    async prepare() {
      if (migrated) {
        if (await emptyTables(handle.db, migrated)) return handle;
        migrated = undefined;
        canEmpty = false;
      }
      await sql`drop schema public cascade`.execute(handle.db);
      await sql`create schema public`.execute(handle.db);
      await migrate(handle.db);
      if (canEmpty) migrated = await rowsOfEveryTable(handle.db);
      return handle;
    },
    async close() {
      await handle.close();
      // Not WITH (FORCE): PostgreSQL waits for the pool's closing connections to go instead of
      // killing them mid-goodbye (an uncaught error in the client); a leaked one fails here.
      await onServer(serverUrl, `drop database ${name}`);
    },
  };
}

/**
 * Every application table of a freshly migrated database, with the rows the migrations wrote,
 * and where each sequence stood: a row's id (an audit row's, say) must not depend on the cases before.
 */
interface MigratedRows {
  tables: Map<string, Record<string, unknown>[]>;
  sequences: Array<{ name: string; value: string; called: boolean }>;
}

async function rowsOfEveryTable(db: Db): Promise<MigratedRows> {
  const { rows } = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public'`.execute(db);
  const tables = rows.map((row) => row.tablename).filter((table) => !table.startsWith('kysely_'));
  const contents = await Promise.all(tables.map((table) => sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)));
  const names = await sql<{ sequencename: string }>`select sequencename from pg_sequences where schemaname = 'public'`.execute(db);
  const sequences = await Promise.all(
    names.rows.map(async ({ sequencename: name }) => {
      const { rows: [state] } = await sql<{ last_value: string; is_called: boolean }>`select last_value, is_called from ${sql.table(name)}`.execute(db);
      return { name, value: String(state!.last_value), called: state!.is_called };
    }),
  );
  return { tables: new Map(tables.map((table, index) => [table, contents[index]!.rows])), sequences };
}

/** Back to the migrated state in one transaction; false when this user may not do it. */
async function emptyTables(db: Db, migrated: MigratedRows): Promise<boolean> {
  try {
    await db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx);
      for (const table of migrated.tables.keys()) await sql`delete from ${sql.table(table)}`.execute(tx);
      for (const [table, rows] of migrated.tables) if (rows.length > 0) await tx.insertInto(table as never).values(rows as never).execute();
      for (const { name, value, called } of migrated.sequences) await sql`select setval(${name}::regclass, ${value}::bigint, ${called})`.execute(tx);
    });
    return true;
  } catch {
    return false;
  }
}
