import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * The theme a user chose (decision 036): 'light' or 'dark', or null to follow the device.
 * Kept on the user so it follows them from browser to browser.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('theme', 'text', (col) => col.check(sql`theme in ('light', 'dark')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('theme').execute();
}
