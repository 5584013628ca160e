import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { withStatementCache } from './statementCache';
import type { ReaderAnswer, ReaderQuery, ReaderResult, ReaderSetup } from './readerPool';

/*
 * One reader thread (./readerPool.ts): its own read-only connection to the WAL file, so a
 * long read here holds neither the main thread nor the writer. Bundled as its own entry
 * (dist-server/sqliteReader.js) by scripts/build-server.ts.
 */

const { path, busyTimeoutMs } = workerData as ReaderSetup;
const connection = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
// Refuse any write, even one a read-only open would let through (a temp table, a pragma).
connection.pragma('query_only = ON');
connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
// Readers beside a writer only work in WAL: in any other mode a read would block the writes.
const journalMode = connection.pragma('journal_mode', { simple: true });
if (journalMode !== 'wal') throw new Error(`SQLite reader: the database is in ${String(journalMode)} mode, not WAL`);
const statements = withStatementCache(connection);

function run({ sql, parameters }: ReaderQuery): ReaderResult {
  const statement = statements.prepare(sql);
  if (statement.reader) return { rows: statement.all(parameters) as unknown[] };
  const { changes } = statement.run(parameters);
  return { rows: [], numAffectedRows: BigInt(changes) };
}

parentPort!.on('message', (query: ReaderQuery) => {
  let answer: ReaderAnswer;
  try {
    answer = { id: query.id, result: run(query) };
  } catch (thrown) {
    // better-sqlite3's errors carry a code (SQLITE_BUSY…) the API maps to its answers.
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    const code = (error as { code?: unknown }).code;
    answer = { id: query.id, error: { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) } };
  }
  parentPort!.postMessage(answer);
});
