import type SqliteDatabase from 'better-sqlite3';

/**
 * Kysely prepares every query anew; on a list page that costs as much as running it. The
 * statements are kept by their SQL text (the values are bound at each run), so the same query
 * shape is prepared once. better-sqlite3 runs one statement at a time and re-prepares a kept
 * one after a schema change by itself; nothing here streams rows, so reuse is safe.
 * Used by the main connection (./client.ts) and by each reader thread (./sqliteReader.ts).
 */
export function withStatementCache(connection: SqliteDatabase.Database, maxEntries = 500) {
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
