import { Kysely } from 'kysely';
import { SqlJsDialect } from 'kysely-wasm';
import type { Database as SqlJsDatabase, SqlJsStatic } from 'sql.js';
import type { DatabaseHandle } from '../../server/db/database';
import type { Database } from '../../server/db/schema';

/**
 * A database of the app on SQLite compiled to WebAssembly (sql.js), in memory: a fresh one, or
 * a copy of `bytes` (a database exported with `exportBytes`). The same migrations, seed and
 * queries as on the server; only the driver differs.
 */
export function openSqlJs(SQL: SqlJsStatic, bytes?: Uint8Array): DatabaseHandle & { exportBytes: () => Uint8Array } {
  const database: SqlJsDatabase = bytes ? new SQL.Database(bytes) : new SQL.Database();
  const foreignKeysOn = () => {
    database.run('pragma foreign_keys = on');
    if (database.exec('pragma foreign_keys')[0]?.values[0]?.[0] !== 1) throw new Error('SQLite foreign keys are off');
  };
  foreignKeysOn();
  const db = new Kysely<Database>({ dialect: new SqlJsDialect({ database }) });
  return {
    db,
    dialect: 'sqlite',
    description: 'SQLite (WebAssembly) in memory',
    close: () => db.destroy(),
    exportBytes: () => {
      // sql.js reopens the database to export it, which resets the pragmas.
      const exported = database.export();
      foreignKeysOn();
      return exported;
    },
  };
}
