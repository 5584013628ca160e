import type { Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Indexes for the work lists' filters and counts (decision 022), each an equality then a range,
 * with what the counts are scoped by after it:
 * - a next step due: open partnerships by due day, then region;
 * - "mine": an owner's open partnerships, then region;
 * - leaders' terms ending: by day, then region;
 * - dues lapsed: the US members by the day their dues are paid through.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('partnerships_open_due').on('partnerships').columns(['isOpen', 'nextStepDue', 'region']).execute();
  await db.schema.createIndex('partnerships_owner_open').on('partnerships').columns(['ownerId', 'isOpen', 'region']).execute();
  await db.schema.createIndex('cities_term_ends').on('cities').columns(['leaderTermEnds', 'region']).execute();
  await db.schema.createIndex('cities_dues').on('cities').columns(['side', 'sciMember', 'duesPaidThrough']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cities_dues').execute();
  await db.schema.dropIndex('cities_term_ends').execute();
  await db.schema.dropIndex('partnerships_owner_open').execute();
  await db.schema.dropIndex('partnerships_open_due').execute();
}
