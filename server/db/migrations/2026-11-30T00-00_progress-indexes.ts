import type { Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Covering indexes for /api/stats/progress, so its GROUP BY queries read only index entries
 * (decision 008):
 * - the goal: cohort and stage first (the counted stages are a few equality ranges), then what
 *   the figures group and count by (region, the signature day, the African city, focus areas);
 * - stalled talks by region: `stalledAfter < today`, counted per region from the index alone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('partnerships_goal')
    .on('partnerships')
    .columns(['cohort', 'stage', 'region', 'signedAt', 'africanCityId', 'focusAreas'])
    .execute();
  await db.schema.createIndex('partnerships_stalled_region').on('partnerships').columns(['stalledAfter', 'region']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('partnerships_stalled_region').execute();
  await db.schema.dropIndex('partnerships_goal').execute();
}
