import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Database } from './schema';
import { migrations } from './migrations';

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

export const DEFAULT_SQLITE_PATH = 'data/500in5.sqlite';

/** unset → the embedded SQLite file; file:PATH → that file; postgres://… → PostgreSQL. */
export function openDatabase(url: string | undefined): DatabaseHandle {
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  const path = url ? url.replace(/^file:/, '') : DEFAULT_SQLITE_PATH;
  if (url && !url.startsWith('file:')) throw new Error('DATABASE_URL must start with file: or postgres://');
  return openSqlite(path);
}

function openSqlite(path: string): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const connection = new SqliteDatabase(path);
  // No data loss: WAL with a full sync at every commit, checked, since better-sqlite3 can
  // reopen a WAL database at NORMAL. Foreign keys on; wait for a lock rather than fail.
  if (path !== ':memory:') connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const synchronous = connection.pragma('synchronous', { simple: true });
  if (synchronous !== 2) throw new Error(`SQLite synchronous is ${String(synchronous)}, expected FULL (2)`);
  if (connection.pragma('foreign_keys', { simple: true }) !== 1) throw new Error('SQLite foreign keys are off');
  // Planner statistics: without them SQLite picks slow plans for the aggregates. Analyse
  // (approximately, so it stays quick) the tables that need it, at open and at close.
  connection.pragma('analysis_limit = 1000');
  connection.pragma('optimize = 0x10002');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  const optimize = () => connection.pragma('optimize');
  return {
    db,
    dialect: 'sqlite',
    description: `SQLite ${path}`,
    close: async () => {
      optimize();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every query anew; on a list page that costs as much as running it. The
 * statements are kept by their SQL text (the values are bound at each run), so the same query
 * shape is prepared once. better-sqlite3 runs one statement at a time and re-prepares a kept
 * one after a schema change by itself; nothing here streams rows, so reuse is safe.
 */
function withStatementCache(connection: SqliteDatabase.Database, maxEntries = 500) {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(text: string) {
      let statement = kept.get(text);
      if (!statement) {
        statement = connection.prepare(text);
        kept.set(text, statement);
        if (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
      }
      return statement;
    },
  };
}

function openPostgres(url: string): DatabaseHandle {
  // COUNT(*) and SUM come back as int8 text: read them as numbers (counts stay far below 2^53).
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const { host, port, pathname } = new URL(url);
  return { db, dialect: 'postgres', description: `PostgreSQL ${host}:${port}${pathname}`, close: () => db.destroy() };
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
