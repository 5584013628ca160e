import { PostgresAdapter, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Imports of cities and partnerships (decision 017):
 * - imports: one row per import run, with its report (JSON) and, once undone, when and by whom;
 *   `auditFrom` is the last audit id before the import's own rows, so a later entry about one
 *   of its records shows that the record changed since;
 * - importRecords: each record the import created or updated, its version right after, and
 *   (updates) the record as it was before, which an undo restores.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('imports')
    .addColumn('id', pg ? 'serial' : 'integer', (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('resource', 'text', (col) => col.notNull())
    .addColumn('fileName', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('userId', 'integer')
    .addColumn('userName', 'text')
    .addColumn('auditFrom', pg ? 'bigint' : 'integer', (col) => col.notNull())
    .addColumn('report', 'text', (col) => col.notNull())
    .addColumn('undoneAt', 'text')
    .addColumn('undoneBy', 'text')
    .execute();

  await db.schema
    .createTable('importRecords')
    .addColumn('importId', 'integer', (col) => col.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('resource', 'text', (col) => col.notNull())
    .addColumn('recordId', 'integer', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('before', 'text')
    .addPrimaryKeyConstraint('importRecords_pk', ['importId', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('importRecords').execute();
  await db.schema.dropTable('imports').execute();
}
