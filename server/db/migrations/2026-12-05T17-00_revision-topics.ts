import type { Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.
const TOPICS = ['cities', 'partnerships', 'events', 'programs', 'access'];

/** A counter per topic beside the revision's one (decision 034): a write moves only what it changed. */
export async function up(db: Kysely<any>): Promise<void> {
  for (const topic of TOPICS) await db.schema.alterTable('revision').addColumn(topic, 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const topic of TOPICS) await db.schema.alterTable('revision').dropColumn(topic).execute();
}
