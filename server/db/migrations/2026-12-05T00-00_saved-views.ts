import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Saved views (decision 024): a user's named list or board filter, kept for them and, when
 * shared, shown to the team. `filter` and `sort` are JSON. A view goes with its owner (the
 * foreign key cascades). `nameKey` is the folded name lists sort by (decision 012).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('savedViews')
    .addColumn('id', pg ? 'serial' : 'integer', (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('ownerId', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('nameKey', pg ? sql`text collate "C"` : 'text')
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('filter', 'text', (col) => col.notNull())
    .addColumn('sort', 'text')
    .addColumn('shared', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('createdAt', 'text', (col) => col.notNull())
    .addColumn('updatedAt', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('savedViews_owner').on('savedViews').columns(['ownerId', 'target']).execute();
  await db.schema.createIndex('savedViews_shared').on('savedViews').columns(['shared', 'target']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('savedViews').execute();
}
