import { Kysely, Migrator, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from './schema';
import { migrations } from './migrations';

/*
 * What the app needs of its database, on every backend: better-sqlite3 and PostgreSQL on the
 * server (./client.ts), SQLite compiled to WebAssembly in the page (src/mocks/database.ts).
 * Nothing here may import a Node module: the mock mode runs this code in the browser.
 */

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type DbOrTx = Kysely<Database> | Transaction<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** A human description for logs: never the password. */
  description: string;
  close(): Promise<void>;
}

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

/**
 * A transaction that reads then writes. On SQLite it takes the write lock at once
 * (BEGIN IMMEDIATE), so two writers never both read a version and then both write.
 * On PostgreSQL, rows read for a check are locked with FOR UPDATE by the repositories.
 */
export async function writeTransaction<T>(handle: Pick<DatabaseHandle, 'db' | 'dialect'>, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  if (handle.dialect === 'postgres') return handle.db.transaction().execute(work);
  return handle.db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/** Which database a Kysely instance (or transaction) speaks to. */
export const dialectOf = (db: DbOrTx): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');
