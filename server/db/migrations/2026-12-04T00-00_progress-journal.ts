import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * The database itself notes every change of what the goal counts: triggers on partnerships
 * write the old and the new counted columns (with -1 and +1) into progressJournal, whatever
 * code made the change. The write path folds the journal into progressCounts before it
 * commits, so no write can leave the counters behind.
 */
const COUNTED = ['cohort', 'stage', 'signedAt', 'region', 'africanCityId', 'focusAreas'];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('progressJournal')
    .addColumn('id', pg ? 'bigserial' : 'integer', (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('sign', 'integer', (col) => col.notNull())
    .addColumn('cohort', 'text', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('signedAt', 'text')
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('africanCityId', 'integer', (col) => col.notNull())
    .addColumn('focusAreas', 'text', (col) => col.notNull())
    .execute();
  const columns = sql.raw(['sign', ...COUNTED].map((c) => `"${c}"`).join(', '));
  const values = (sign: number, row: 'old' | 'new') => sql.raw([String(sign), ...COUNTED.map((c) => `${row}."${c}"`)].join(', '));
  const changed = sql.raw(COUNTED.map((c) => (pg ? `old."${c}" is distinct from new."${c}"` : `old."${c}" is not new."${c}"`)).join(' or '));
  const watched = sql.raw(COUNTED.map((c) => `"${c}"`).join(', '));
  if (pg) {
    await sql`
      create function partnerships_journal() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then insert into "progressJournal" (${columns}) values (${values(-1, 'old')}); end if;
        if tg_op in ('UPDATE', 'INSERT') then insert into "progressJournal" (${columns}) values (${values(1, 'new')}); end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger partnerships_journal_insert after insert on partnerships for each row execute function partnerships_journal()`.execute(db);
    await sql`create trigger partnerships_journal_delete after delete on partnerships for each row execute function partnerships_journal()`.execute(db);
    await sql`create trigger partnerships_journal_update after update of ${watched} on partnerships for each row when (${changed}) execute function partnerships_journal()`.execute(db);
    return;
  }
  await sql`create trigger partnerships_journal_insert after insert on partnerships begin
    insert into "progressJournal" (${columns}) values (${values(1, 'new')}); end`.execute(db);
  await sql`create trigger partnerships_journal_delete after delete on partnerships begin
    insert into "progressJournal" (${columns}) values (${values(-1, 'old')}); end`.execute(db);
  await sql`create trigger partnerships_journal_update after update of ${watched} on partnerships when ${changed} begin
    insert into "progressJournal" (${columns}) values (${values(-1, 'old')}), (${values(1, 'new')}); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const name of ['partnerships_journal_insert', 'partnerships_journal_delete', 'partnerships_journal_update']) {
    await sql`drop trigger ${sql.raw(name)}${sql.raw(pg ? ' on partnerships' : '')}`.execute(db);
  }
  if (pg) await sql`drop function partnerships_journal()`.execute(db);
  await db.schema.dropTable('progressJournal').execute();
}
