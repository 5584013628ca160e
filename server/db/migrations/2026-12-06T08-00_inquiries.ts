import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * The front door (decision 039). `inquiries`: sign-ups from the public page, with the folded
 * keys lists sort and search by (decision 012) and `emailKey` + `cityKey` for "the same
 * e-mail and city within a day is one sign-up". `joinLimits`: the sign-up's rate-limit
 * windows, shared by every instance. `serverSecrets`: the key that signs the form's stamp,
 * made here once so that every instance holds the same.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const key = pg ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('inquiries')
    .addColumn('id', pg ? 'serial' : 'integer', (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('side', 'text', (col) => col.notNull().check(sql`side in ('africa', 'us')`))
    .addColumn('organisation', 'text', (col) => col.notNull())
    .addColumn('contactName', 'text', (col) => col.notNull())
    .addColumn('role', 'text')
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('phone', 'text')
    .addColumn('geonameId', 'integer')
    .addColumn('cityName', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('admin1', 'text')
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('focusAreas', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('preferredRegion', 'text')
    .addColumn('preferredCity', 'text')
    .addColumn('message', 'text')
    .addColumn('locale', 'text', (col) => col.notNull().defaultTo('en'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('new', 'contacted', 'converted', 'declined')`))
    .addColumn('notes', 'text')
    .addColumn('cityId', 'integer', (col) => col.references('cities.id').onDelete('set null'))
    .addColumn('partnershipId', 'integer', (col) => col.references('partnerships.id').onDelete('set null'))
    .addColumn('convertedAt', 'text')
    .addColumn('cityKey', 'text', (col) => col.notNull())
    .addColumn('organisationKey', key)
    .addColumn('contactNameKey', key)
    .addColumn('emailKey', key)
    .addColumn('cityNameKey', key)
    .addColumn('countryKey', key)
    .addColumn('notesKey', key)
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('createdAt', 'text', (col) => col.notNull())
    .addColumn('updatedAt', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('inquiries_sameSignUp').on('inquiries').columns(['emailKey', 'cityKey', 'createdAt']).execute();
  await db.schema.createIndex('inquiries_created').on('inquiries').columns(['createdAt', 'id']).execute();
  await db.schema.createIndex('inquiries_status').on('inquiries').columns(['status', 'createdAt']).execute();
  await db.schema.createIndex('inquiries_region').on('inquiries').columns(['region', 'createdAt']).execute();
  await db.schema.createIndex('inquiries_preferredRegion').on('inquiries').columns(['preferredRegion', 'createdAt']).execute();
  await db.schema.createIndex('inquiries_partnership').on('inquiries').columns(['partnershipId']).execute();

  await db.schema
    .createTable('joinLimits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('windowStart', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('serverSecrets')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const value = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  await db.insertInto('serverSecrets').values({ name: 'joinStamp', value }).execute();

  await db.schema.alterTable('revision').addColumn('inquiries', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('revision').dropColumn('inquiries').execute();
  await db.schema.dropTable('serverSecrets').execute();
  await db.schema.dropTable('joinLimits').execute();
  await db.schema.dropTable('inquiries').execute();
}
