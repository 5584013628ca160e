import type { Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * The order in which a client listed an event's or a program's partnerships and cities:
 * the API gives the lists back as they were written.
 */
const LINK_TABLES = ['eventPartnerships', 'programPartnerships', 'programCities'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of LINK_TABLES) {
    await db.schema.alterTable(table).addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of LINK_TABLES) {
    await db.schema.alterTable(table).dropColumn('position').execute();
  }
}
