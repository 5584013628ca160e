import { CompiledQuery, sql, type Compilable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyColumn, LIST_SPECS, parseListQuery } from '../../../src/domain';
import type { DatabaseHandle, DbOrTx } from '../../db/database';
import { openTestDatabase, TEST_BACKENDS } from '../../db/testDatabase';
import { filterContextOf, wherePartnerships } from './filters';
import { focusAreaCount } from './focusAreas';

/*
 * The plans of the queries decision 032 makes cheap name its indexes: the trigram search and
 * the focus areas' copies. PostgreSQL is asked with sequential scans off, as its planner
 * prefers them on a table this small; the question is whether the index can serve at all.
 */

const TODAY = '2026-11-28';
const queryOf = (filter: Record<string, unknown>) => parseListQuery('partnerships', new URLSearchParams({ filter: JSON.stringify(filter) }));

async function countOf(db: DbOrTx, filter: Record<string, unknown>): Promise<Compilable> {
  const query = queryOf(filter);
  const where = wherePartnerships(query, TODAY, await filterContextOf(db, query));
  return focusAreaCount(db, query) ?? db.selectFrom('partnerships').select((eb) => eb.fn.countAll().as('total')).where(where);
}

async function pageOf(db: DbOrTx, filter: Record<string, unknown>): Promise<Compilable> {
  const query = queryOf(filter);
  return db.selectFrom('partnerships').selectAll().where(wherePartnerships(query, TODAY, await filterContextOf(db, query))).orderBy('updatedAt', 'desc').limit(25);
}

/** The plan as text: EXPLAIN QUERY PLAN's details on SQLite, EXPLAIN's lines on PostgreSQL. */
async function planOf(handle: DatabaseHandle, query: (db: DbOrTx) => Promise<Compilable>): Promise<string> {
  if (handle.dialect === 'sqlite') {
    const { sql: text, parameters } = (await query(handle.db)).compile();
    const { rows } = await handle.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${text}`, [...parameters]));
    return rows.map((row) => row.detail).join('\n');
  }
  return handle.db.transaction().execute(async (tx) => {
    await sql`set local enable_seqscan = off`.execute(tx);
    const { sql: text, parameters } = (await query(tx)).compile();
    const { rows } = await tx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${text}`, [...parameters]));
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe.each(TEST_BACKENDS)('the plans of search and focus-area filters on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  const searchIndex = backend === 'sqlite' ? 'partnershipSearch VIRTUAL TABLE' : 'partnerships_africancitynamekey_trigrams';

  it('a search of three letters or more reads the trigram index', async () => {
    expect(await planOf(handle, (db) => countOf(db, { q: 'lagos' }))).toContain(searchIndex);
  });

  // PostgreSQL weighs the trigram index against the stage and region ones by their statistics.
  it.runIf(backend === 'sqlite')('a search within a stage and region reads the trigram table once for the slice; two letters scan', async () => {
    expect(await planOf(handle, (db) => countOf(db, { q: 'la' }))).not.toContain(searchIndex);
    expect(await planOf(handle, (db) => countOf(db, { stage: 'proposal', region: 'Western', q: 'ngo' }))).toContain(searchIndex);
    expect(await planOf(handle, (db) => pageOf(db, { stage: 'proposal', region: 'Western', q: 'ngo' }))).toContain(searchIndex);
  });

  it('the count of a focus area with a stage and region reads only the join table, by its index of the copies', async () => {
    const plan = await planOf(handle, (db) => countOf(db, { stage: 'proposal', region: 'Western', focusAreas: ['youth_education'] }));
    expect(plan).toContain('partnership_focus_areas_filter');
    expect(plan).not.toMatch(/\bpartnerships\b/);
    expect(await planOf(handle, (db) => countOf(db, { focusAreas: ['youth_education', 'arts_culture'] }))).toContain('partnership_focus_areas_filter');
  });

  it('a page of a focus area within a stage and region gathers the ids from the index of the copies', async () => {
    expect(await planOf(handle, (db) => pageOf(db, { stage: 'proposal', region: 'Western', focusAreas: ['youth_education'] }))).toContain('partnership_focus_areas_filter');
  });

  it.runIf(backend === 'sqlite')('the trigram table holds exactly the keys of the fields the partnerships search', async () => {
    const { rows } = await sql<{ name: string }>`select name from pragma_table_info('partnershipSearch')`.execute(handle.db);
    expect(rows.map((row) => row.name)).toEqual(LIST_SPECS.partnerships.search.map(keyColumn));
  });
});
