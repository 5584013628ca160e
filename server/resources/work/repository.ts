import { parseListQuery, WORK_LISTS, workListFilter, type AuRegion, type WorkCounts, type WorkListKey } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { countList, type RowCounter } from '../../lib/listSql';
import { whereCities } from '../cities/filters';
import { wherePartnerships } from '../partnerships/filters';

/** The list query a work list's filter makes, parsed as GET /api/<resource>?filter= parses it. */
const queryOf = (filter: Record<string, unknown>, resource: 'partnerships' | 'cities') =>
  parseListQuery(resource, new URLSearchParams({ filter: JSON.stringify(filter) }));

/** How many records one work list holds: the count of the list's own WHERE, as Content-Range's total. */
function countWorkList(db: DbOrTx, key: WorkListKey, scope: { userId: number; region: AuRegion | null }, today: string, countRows: RowCounter) {
  const { resource, filter } = workListFilter(key, scope);
  const query = queryOf(filter, resource);
  return resource === 'partnerships'
    ? countList(db, 'partnerships', query, wherePartnerships(query, today), countRows)
    : countList(db, 'cities', query, whereCities(query, today), countRows);
}

/** Every work list's count for the user, in one region or all of them. */
export async function workCounts(db: DbOrTx, scope: { userId: number; region: AuRegion | null }, today: string, countRows: RowCounter): Promise<WorkCounts> {
  const counts = await Promise.all(WORK_LISTS.map((key) => countWorkList(db, key, scope, today, countRows)));
  return Object.fromEntries(WORK_LISTS.map((key, index) => [key, counts[index]!])) as WorkCounts;
}
