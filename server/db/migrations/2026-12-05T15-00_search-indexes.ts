import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports the app and never changes once released.

/**
 * Text search and the focus-area filter of partnerships answered by indexes (decision 032).
 * - Search: on SQLite an FTS5 trigram table over the searched keys, kept by triggers, when the
 *   build has FTS5 (sql.js has not: there the search stays a scan); on PostgreSQL trigram GIN
 *   indexes that serve the LIKE as it is.
 * - Focus areas: each row of the join table carries copies of its partnership's stage and
 *   region, kept by triggers, under an index that answers "area, stage, region" alone.
 */
const SEARCHED = ['africanCityNameKey', 'usCityNameKey', 'nextStepKey', 'notesKey'];
const list = (columns: string[], prefix = '') => sql.raw(columns.map((c) => `${prefix}"${c}"`).join(', '));

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) await searchIndexesOnPostgres(db);
  else await searchTableOnSqlite(db);
  await focusAreaCopies(db, pg);
}

async function searchIndexesOnPostgres(db: Kysely<any>) {
  await sql`create extension if not exists pg_trgm`.execute(db);
  for (const column of SEARCHED) {
    await sql`create index ${sql.raw(`partnerships_${column}_trigrams`)} on partnerships using gin (${sql.ref(column)} gin_trgm_ops)`.execute(db);
  }
}

/** False when this SQLite has no FTS5 (sql.js): the app then keeps the LIKE scan. */
async function createSearchTable(db: Kysely<any>): Promise<boolean> {
  try {
    // Contentless: the keys stay in partnerships; case_sensitive, since the keys are folded already.
    await sql`create virtual table "partnershipSearch" using fts5(${list(SEARCHED)}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`.execute(db);
    return true;
  } catch (error) {
    if (/no such module: fts5/.test(String(error))) return false;
    throw error;
  }
}

async function searchTableOnSqlite(db: Kysely<any>) {
  if (!(await createSearchTable(db))) return;
  const insertNew = sql`insert into "partnershipSearch" (rowid, ${list(SEARCHED)}) values (new.id, ${list(SEARCHED, 'new.')})`;
  const deleteOld = sql`delete from "partnershipSearch" where rowid = old.id`;
  const changed = sql.raw(SEARCHED.map((c) => `old."${c}" is not new."${c}"`).join(' or '));
  await sql`insert into "partnershipSearch" (rowid, ${list(SEARCHED)}) select id, ${list(SEARCHED)} from partnerships`.execute(db);
  await sql`create trigger partnerships_search_insert after insert on partnerships begin ${insertNew}; end`.execute(db);
  await sql`create trigger partnerships_search_delete after delete on partnerships begin ${deleteOld}; end`.execute(db);
  await sql`create trigger partnerships_search_update after update of ${list(SEARCHED)} on partnerships when ${changed} begin
    ${deleteOld}; ${insertNew}; end`.execute(db);
}

/**
 * The copies follow the partnership whatever writes it: a new area row takes them, a partnership
 * inserted (a restore loads the join table first) or moved hands them to its rows.
 */
async function focusAreaCopies(db: Kysely<any>, pg: boolean) {
  await db.schema.alterTable('partnershipFocusAreas').addColumn('stage', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('partnershipFocusAreas').addColumn('region', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update "partnershipFocusAreas" set stage = p.stage, region = p.region from partnerships p where p.id = "partnershipFocusAreas"."partnershipId"`.execute(db);
  await db.schema.dropIndex('partnership_focus_areas_area').execute();
  await db.schema.createIndex('partnership_focus_areas_filter').on('partnershipFocusAreas').columns(['focusArea', 'stage', 'region', 'partnershipId']).execute();
  const handOver = sql`update "partnershipFocusAreas" set stage = new.stage, region = new.region where "partnershipId" = new.id`;
  const moved = sql.raw(pg ? 'old.stage is distinct from new.stage or old.region is distinct from new.region' : 'old.stage is not new.stage or old.region is not new.region');
  if (pg) {
    await sql`
      create function partnership_focus_area_copies() returns trigger language plpgsql as $$
      declare copied record;
      begin
        select stage, region into copied from partnerships where id = new."partnershipId";
        if found then new.stage := copied.stage; new.region := copied.region; end if;
        return new;
      end $$`.execute(db);
    await sql`create function partnerships_focus_copies() returns trigger language plpgsql as $$
      begin ${handOver}; return null; end $$`.execute(db);
    await sql`create trigger partnership_focus_areas_copies before insert on "partnershipFocusAreas" for each row execute function partnership_focus_area_copies()`.execute(db);
    await sql`create trigger partnerships_focus_copies_insert after insert on partnerships for each row execute function partnerships_focus_copies()`.execute(db);
    await sql`create trigger partnerships_focus_copies_update after update of stage, region on partnerships for each row when (${moved}) execute function partnerships_focus_copies()`.execute(db);
    return;
  }
  await sql`create trigger partnership_focus_areas_copies after insert on "partnershipFocusAreas" begin
    update "partnershipFocusAreas" set stage = p.stage, region = p.region from partnerships p
    where p.id = new."partnershipId" and "partnershipFocusAreas"."partnershipId" = new."partnershipId" and "partnershipFocusAreas"."focusArea" = new."focusArea"; end`.execute(db);
  await sql`create trigger partnerships_focus_copies_insert after insert on partnerships begin ${handOver}; end`.execute(db);
  await sql`create trigger partnerships_focus_copies_update after update of stage, region on partnerships when ${moved} begin ${handOver}; end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const on = (table: string) => sql.raw(pg ? ` on "${table}"` : '');
  for (const name of ['partnerships_focus_copies_insert', 'partnerships_focus_copies_update']) await sql`drop trigger ${sql.raw(name)}${on('partnerships')}`.execute(db);
  await sql`drop trigger partnership_focus_areas_copies${on('partnershipFocusAreas')}`.execute(db);
  if (pg) {
    await sql`drop function partnerships_focus_copies()`.execute(db);
    await sql`drop function partnership_focus_area_copies()`.execute(db);
  }
  await db.schema.dropIndex('partnership_focus_areas_filter').execute();
  await db.schema.createIndex('partnership_focus_areas_area').on('partnershipFocusAreas').columns(['focusArea', 'partnershipId']).execute();
  await db.schema.alterTable('partnershipFocusAreas').dropColumn('region').execute();
  await db.schema.alterTable('partnershipFocusAreas').dropColumn('stage').execute();
  if (pg) {
    for (const column of SEARCHED) await sql`drop index ${sql.raw(`partnerships_${column}_trigrams`)}`.execute(db);
    return;
  }
  for (const name of ['partnerships_search_insert', 'partnerships_search_delete', 'partnerships_search_update']) await sql`drop trigger if exists ${sql.raw(name)}`.execute(db);
  await sql`drop table if exists "partnershipSearch"`.execute(db);
}
