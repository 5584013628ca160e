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
  /**
   * Where heavy reads may go instead (decision 033): reader threads on the SQLite file, each
   * statement on its own snapshot of what is committed. Never for a read inside a transaction
   * or one that must see the request's own uncommitted work. Absent: read from `db`.
   */
  readDb?: Db;
  dialect: Dialect;
  /** A human description for logs: never the password. */
  description: string;
  close(): Promise<void>;
  /**
   * Runs `work` while no other process starting on the same database runs its own (migrate,
   * seed, first admin): absent where one process is all there can be (the page, the tests).
   */
  exclusively?<T>(work: () => Promise<T>): Promise<T>;
}

/** Errors that say the database cannot be reached now, not that the request was wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND',
  // PostgreSQL: shutting down, crashed, starting up, too many connections; SQLite: still locked.
  '57P01', '57P02', '57P03', '53300', 'SQLITE_BUSY',
]);
// pg's own connection failures carry no code.
const UNAVAILABLE_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** True when `error` means the database is away (restarting, unreachable, locked): worth a 503. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (UNAVAILABLE_MESSAGE.test(error.message)) return true;
  const inner = error instanceof AggregateError ? error.errors : [error.cause];
  return inner.some(isDatabaseUnavailable);
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
