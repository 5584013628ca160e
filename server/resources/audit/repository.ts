import type { Selectable } from 'kysely';
import { DIRECTORY_LIST_SPECS, type AuditRow, type ListQuery, type ResourceSpec } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import type { AuditTable } from '../../db/schema';
import type { AuditAction, Changes } from '../../lib/audit';
import { notFound } from '../../lib/errors';
import { sortTerms } from '../../lib/listSql';
import { whereSpecList } from '../specLists';

/** What GET /api/audit may be sorted and filtered by (the domain's list contract). */
export const AUDIT_LIST: ResourceSpec = DIRECTORY_LIST_SPECS.audit;

const toRow = ({ userNameKey: _key, ...row }: Selectable<AuditTable>): AuditRow => ({
  ...row,
  // PostgreSQL's bigserial comes back as a number (int8 is parsed as one), SQLite's as one already.
  id: Number(row.id),
  action: row.action as AuditAction,
  resource: row.resource as AuditRow['resource'],
  changes: JSON.parse(row.changes) as Changes,
});

/** The History tab asks for one record: `resource` and `recordId`, one of each. */
export const isOneRecord = (query: ListQuery) =>
  ['resource', 'recordId'].every((field) => query.conditions.some((c) => c.field === field && c.op === 'eq'));

/** A page of the log, counted directly. */
export async function listAudit(db: DbOrTx, query: ListQuery) {
  const where = whereSpecList<'audit'>(AUDIT_LIST, query.conditions);
  const [start, end] = query.range;
  const [first, then] = sortTerms(AUDIT_LIST, query);
  const rows = await db.selectFrom('audit').selectAll().where(where).orderBy(first).orderBy(then).limit(end - start + 1).offset(start).execute();
  const { total } = await db.selectFrom('audit').select((eb) => eb.fn.countAll<number>().as('total')).where(where).executeTakeFirstOrThrow();
  return { data: rows.map(toRow), total: Number(total), start };
}

export async function getAuditRow(db: DbOrTx, id: number): Promise<AuditRow> {
  const row = await db.selectFrom('audit').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toRow(row);
}
