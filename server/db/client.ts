import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import type { DatabaseHandle } from './database';

/* The server's databases (Node only): better-sqlite3 for the embedded file, pg for PostgreSQL. */

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
