import type { Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/** The months of stage history the forecast learns from: a goal setting, two years by default. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('settings').addColumn('forecastMonths', 'integer', (c) => c.notNull().defaultTo(24)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('settings').dropColumn('forecastMonths').execute();
}
