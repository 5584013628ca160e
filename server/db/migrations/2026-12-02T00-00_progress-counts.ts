import type { Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Counters of the progress figures, kept by every write in its own transaction, so the
 * figures are read from a few hundred rows instead of counted over every partnership after
 * each write (decision 010). `progressCountsState` says for which settings they were built;
 * the server (re)builds them when that differs, e.g. on the first start after this migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('progressCounts')
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('progress_counts_pk', ['region', 'key'])
    .execute();
  await db.schema
    .createTable('progressCountsState')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('settingsKey', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progressCountsState').execute();
  await db.schema.dropTable('progressCounts').execute();
}
