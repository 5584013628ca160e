import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()));
  const meta = <T extends { addColumn: (...args: any[]) => T }>(builder: T) =>
    builder
      .addColumn('version', 'integer', (c: any) => c.notNull().defaultTo(1))
      .addColumn('createdAt', 'text', (c: any) => c.notNull())
      .addColumn('updatedAt', 'text', (c: any) => c.notNull());

  await meta(
    table('users')
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('fullName', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('region', 'text')
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('passwordHash', 'text'),
  ).execute();

  await meta(
    table('cities')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('admin1', 'text')
      .addColumn('geonameId', 'integer')
      .addColumn('lat', 'double precision')
      .addColumn('lng', 'double precision')
      .addColumn('side', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('population', 'integer')
      .addColumn('populationYear', 'integer')
      .addColumn('leaderTitle', 'text')
      .addColumn('leaderName', 'text')
      .addColumn('leaderTermEnds', 'text')
      .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('contactName', 'text')
      .addColumn('contactEmail', 'text')
      .addColumn('contactPhone', 'text')
      .addColumn('website', 'text')
      .addColumn('sciMember', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('duesPaidThrough', 'text')
      .addColumn('notes', 'text'),
  ).execute();
  await db.schema.createIndex('cities_name').on('cities').column('name').execute();
  await db.schema.createIndex('cities_side_region_name').on('cities').columns(['side', 'region', 'name']).execute();
  await db.schema.createIndex('cities_country').on('cities').column('country').execute();
  await db.schema
    .createIndex('cities_geoname_id')
    .unique()
    .on('cities')
    .column('geonameId')
    .where(sql.ref('geonameId'), 'is not', null)
    .execute();

  await meta(
    table('partnerships')
      .addColumn('africanCityId', 'integer', (c) => c.notNull().references('cities.id'))
      .addColumn('usCityId', 'integer', (c) => c.notNull().references('cities.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('closedReason', 'text')
      .addColumn('cohort', 'text', (c) => c.notNull())
      .addColumn('ownerId', 'integer', (c) => c.references('users.id'))
      .addColumn('firstContactAt', 'text')
      .addColumn('signedAt', 'text')
      .addColumn('sciRecognizedAt', 'text')
      .addColumn('lastActivityAt', 'text')
      .addColumn('nextStep', 'text')
      .addColumn('nextStepDue', 'text')
      .addColumn('notes', 'text')
      .addColumn('focusAreas', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('usRegion', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('usState', 'text', (c) => c.notNull())
      .addColumn('africanCityName', 'text', (c) => c.notNull())
      .addColumn('usCityName', 'text', (c) => c.notNull())
      .addColumn('isOpen', 'integer', (c) => c.notNull())
      .addColumn('stalledAfter', 'text'),
  ).execute();
  // What lists filter and sort by most: stage and region, newest first.
  await db.schema.createIndex('partnerships_stage_region_updated').on('partnerships').columns(['stage', 'region', 'updatedAt']).execute();
  await db.schema.createIndex('partnerships_region_updated').on('partnerships').columns(['region', 'updatedAt']).execute();
  await db.schema.createIndex('partnerships_updated').on('partnerships').column('updatedAt').execute();
  await db.schema.createIndex('partnerships_african_city').on('partnerships').column('africanCityId').execute();
  await db.schema.createIndex('partnerships_us_city').on('partnerships').column('usCityId').execute();
  await db.schema.createIndex('partnerships_signed').on('partnerships').columns(['cohort', 'signedAt']).execute();
  await db.schema.createIndex('partnerships_stalled').on('partnerships').column('stalledAfter').execute();
  await db.schema
    .createIndex('partnerships_open_pair')
    .unique()
    .on('partnerships')
    .columns(['africanCityId', 'usCityId'])
    .where(sql.ref('isOpen'), '=', 1)
    .execute();

  await db.schema
    .createTable('partnershipFocusAreas')
    .addColumn('partnershipId', 'integer', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('focusArea', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_focus_areas_pk', ['partnershipId', 'focusArea'])
    .execute();
  await db.schema.createIndex('partnership_focus_areas_area').on('partnershipFocusAreas').columns(['focusArea', 'partnershipId']).execute();

  await table('stageHistory')
    .addColumn('partnershipId', 'integer', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.references('users.id'))
    .addColumn('byName', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('stage_history_partnership').on('stageHistory').columns(['partnershipId', 'at']).execute();

  await meta(
    table('events')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('startsAt', 'text', (c) => c.notNull())
      .addColumn('endsAt', 'text')
      .addColumn('cityId', 'integer', (c) => c.references('cities.id'))
      .addColumn('virtual', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('focusArea', 'text')
      .addColumn('adults', 'integer')
      .addColumn('youth', 'integer')
      .addColumn('outcome', 'text')
      .addColumn('notes', 'text'),
  ).execute();
  await db.schema.createIndex('events_starts').on('events').column('startsAt').execute();
  await db.schema.createIndex('events_city').on('events').column('cityId').execute();
  await db.schema
    .createTable('eventPartnerships')
    .addColumn('eventId', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('partnershipId', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addPrimaryKeyConstraint('event_partnerships_pk', ['eventId', 'partnershipId'])
    .execute();
  await db.schema.createIndex('event_partnerships_partnership').on('eventPartnerships').columns(['partnershipId', 'eventId']).execute();

  await meta(
    table('programs')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('cycleYear', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('focusArea', 'text')
      .addColumn('adults', 'integer')
      .addColumn('youth', 'integer')
      .addColumn('deadline', 'text')
      .addColumn('notes', 'text'),
  ).execute();
  await db.schema
    .createTable('programPartnerships')
    .addColumn('programId', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('partnershipId', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addPrimaryKeyConstraint('program_partnerships_pk', ['programId', 'partnershipId'])
    .execute();
  await db.schema.createIndex('program_partnerships_partnership').on('programPartnerships').columns(['partnershipId', 'programId']).execute();
  await db.schema
    .createTable('programCities')
    .addColumn('programId', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('cityId', 'integer', (c) => c.notNull().references('cities.id'))
    .addPrimaryKeyConstraint('program_cities_pk', ['programId', 'cityId'])
    .execute();
  await db.schema.createIndex('program_cities_city').on('programCities').columns(['cityId', 'programId']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('startDate', 'text', (c) => c.notNull())
    .addColumn('years', 'integer', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('milestones', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('settings')
    .values({ id: 1, startDate: '2023-03-01', years: 5, target: 500, milestones: '[100,200,300,400,500]', version: 1 })
    .execute();

  await db.schema
    .createTable('revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('revision').values({ id: 1, value: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'revision', 'settings', 'programCities', 'programPartnerships', 'programs', 'eventPartnerships', 'events',
    'stageHistory', 'partnershipFocusAreas', 'partnerships', 'cities', 'users',
  ]) {
    await db.schema.dropTable(name).execute();
  }
}
