import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import type { DatabaseHandle } from './database';
import { openReaderPool, readerDb } from './readerPool';
import { withStatementCache } from './statementCache';

/* The server's databases (Node only): better-sqlite3 for the embedded file, pg for PostgreSQL. */

export const DEFAULT_SQLITE_PATH = 'data/500in5.sqlite';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** unset → the embedded SQLite file; file:PATH → that file; postgres://… → PostgreSQL. */
export function databaseTarget(url: string | undefined): DatabaseTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url && !url.startsWith('file:')) throw new Error('DATABASE_URL must start with file: or postgres://');
  return { kind: 'sqlite', path: url ? url.replace(/^file:/, '') : DEFAULT_SQLITE_PATH };
}

export interface OpenOptions {
  /** SQLite reader threads for the heavy reads (decision 033); 0, the default, reads on the main connection. */
  readers?: number;
}

export function openDatabase(url: string | undefined, { readers = 0 }: OpenOptions = {}): DatabaseHandle {
  const target = databaseTarget(url);
  return target.kind === 'postgres' ? openPostgres(target.url) : openSqlite(target.path, readers);
}

const BUSY_TIMEOUT_MS = 5000;

function openSqlite(path: string, readers: number): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const connection = new SqliteDatabase(path);
  // No data loss: WAL with a full sync at every commit, checked, since better-sqlite3 can
  // reopen a WAL database at NORMAL. Foreign keys on; wait for a lock rather than fail.
  if (path !== ':memory:') connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const synchronous = connection.pragma('synchronous', { simple: true });
  if (synchronous !== 2) throw new Error(`SQLite synchronous is ${String(synchronous)}, expected FULL (2)`);
  if (connection.pragma('foreign_keys', { simple: true }) !== 1) throw new Error('SQLite foreign keys are off');
  // Planner statistics: without them SQLite picks slow plans for the aggregates. Analyse
  // (approximately, so it stays quick) the tables that need it, at open and at close.
  connection.pragma('analysis_limit = 1000');
  connection.pragma('optimize = 0x10002');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  const optimize = () => connection.pragma('optimize');
  // A memory database is not shared between connections: it has no readers.
  const readDb = readers > 0 && path !== ':memory:' ? readerDb(openReaderPool({ path, busyTimeoutMs: BUSY_TIMEOUT_MS }, readers)) : undefined;
  return {
    db,
    ...(readDb ? { readDb } : {}),
    dialect: 'sqlite',
    description: readDb ? `SQLite ${path} (heavy reads on ${readers} reader threads)` : `SQLite ${path}`,
    close: async () => {
      await readDb?.destroy();
      optimize();
      await db.destroy();
    },
    ...(path === ':memory:' ? {} : { exclusively: (work) => withFileLock(`${path}.lock`, work) }),
  };
}

/** How long a starting process waits for another one to migrate and seed. */
const STARTUP_WAIT_MS = 120_000;

/**
 * Several processes on one SQLite file: the lock is an exclusive transaction on a lock file
 * beside it (one on the database itself would block the work's own writes). The system
 * drops it if the process dies.
 */
async function withFileLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const lock = new SqliteDatabase(lockPath, { timeout: STARTUP_WAIT_MS });
  try {
    lock.exec('begin exclusive');
    return await work();
  } finally {
    lock.close();
  }
}

function openPostgres(url: string): DatabaseHandle {
  // COUNT(*) and SUM come back as int8 text: read them as numbers (counts stay far below 2^53).
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, application_name: APPLICATION_NAME });
  const { host, port, pathname } = new URL(url);
  const description = `PostgreSQL ${host}:${port}${pathname}`;
  // An idle connection the server drops (a restart) is an 'error' event: unheard, it ends the
  // process. The pool discards that connection and opens new ones once the database is back.
  pool.on('error', (error) => console.warn(`${description}: a connection was lost (${error.message}); requests answer 503 until it is back`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', description, close: () => db.destroy(), exclusively: (work) => withAdvisoryLock(url, work) };
}

const APPLICATION_NAME = '500in5';
/** Any fixed number: every instance of this app asks for the same one. */
const STARTUP_LOCK_KEY = 500_2023_05;

/** Instances starting together on one PostgreSQL take turns: a session-level advisory lock. */
async function withAdvisoryLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: `${APPLICATION_NAME} startup` });
  // If this session is lost, so is the lock; the work's own queries report the failure.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}
