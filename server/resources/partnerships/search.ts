import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { foldText, LIST_SPECS } from '../../../src/domain';
import { dialectOf, type DbOrTx } from '../../db/database';
import type { Database } from '../../db/schema';
import { searchKeys } from '../../lib/listSql';

/*
 * The text search of partnerships (decision 032). On SQLite with FTS5 the trigram table
 * `partnershipSearch` (migration 2026-12-05T15-00_search-indexes) finds the rows; elsewhere
 * the LIKE of searchKeys does, on PostgreSQL through trigram indexes.
 */

/** Whether each database has the table, asked once per Kysely instance: its transactions share its adapter. */
const searchTables = new WeakMap<object, Promise<boolean>>();

export function hasSearchTable(db: DbOrTx): Promise<boolean> {
  if (dialectOf(db) === 'postgres') return Promise.resolve(false);
  const adapter = db.getExecutor().adapter;
  let known = searchTables.get(adapter);
  if (!known) {
    known = sql`select 1 from sqlite_master where type = 'table' and name = 'partnershipSearch'`
      .execute(db)
      .then(({ rows }) => rows.length > 0);
    // A failed look-up is asked again by the next request rather than kept.
    known.catch(() => searchTables.delete(adapter));
    searchTables.set(adapter, known);
  }
  return known;
}

/** A trigram holds three characters: a shorter needle has none to look up. */
const TRIGRAM = 3;

/** FTS5's phrase syntax: the needle in double quotes, each of its own doubled; nothing else is special. */
const phraseOf = (needle: string) => `"${needle.replaceAll('"', '""')}"`;

/**
 * The search condition: by the trigram table when there is one and the folded needle has a
 * trigram (the table's tokens are the keys' characters as they are), else the LIKE scan.
 * Within a stage or region slice the matching ids are gathered once and each row of the slice
 * tested against them (`+` keeps SQLite from driving by them): a needle found in many rows then
 * costs no more than the slice. Without, the matches drive, each looked up by id.
 */
export function searchPartnerships(
  eb: ExpressionBuilder<Database, 'partnerships'>,
  needle: string,
  { searchTable, withinSlice }: { searchTable: boolean; withinSlice: boolean },
): Expression<SqlBool> {
  const folded = foldText(needle);
  if (!searchTable || [...folded].length < TRIGRAM) return searchKeys(eb, LIST_SPECS.partnerships.search, needle);
  const id = sql.ref('partnerships.id');
  const matches = sql`(select rowid from "partnershipSearch" where "partnershipSearch" match ${phraseOf(folded)})`;
  return withinSlice ? sql<SqlBool>`+${id} in ${matches}` : sql<SqlBool>`${id} in ${matches}`;
}
