import { PostgresAdapter, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * PostgreSQL's indexes do not end with the row id as SQLite's do: the partnerships' list orders
 * (newest first, ties by id) get it appended, so an index gives the whole order and a page's ids
 * are read from the index alone (decision 035).
 */
const INDEXES: Array<[name: string, columns: string[]]> = [
  ['partnerships_stage_region_updated', ['stage', 'region', 'updatedAt']],
  ['partnerships_region_updated', ['region', 'updatedAt']],
  ['partnerships_updated', ['updatedAt']],
];

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const [name, columns] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on('partnerships').columns([...columns, 'id']).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const [name, columns] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on('partnerships').columns(columns).execute();
  }
}
