import { sql, type Expression, type RawBuilder, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Condition, ListQuery, ResourceSpec, Scalar } from '../../src/domain';
import type { Dialect } from '../db/client';
import type { Database } from '../db/schema';

/*
 * The SQL of the lists that are not records of the pipeline (the users, the audit log), read
 * with the domain's DIRECTORY_LIST_SPECS: equal, any of, bounds and search.
 */

type Table = 'users' | 'audit';

/** Only A–Z folded, on both databases (decision 009): PostgreSQL needs the C collation for that. */
const folded = (dialect: Dialect, field: string) =>
  dialect === 'postgres' ? sql`lower(${sql.ref(field)} collate "C")` : sql`lower(${sql.ref(field)})`;

/** The WHERE of such a list: equal, any of (an empty list matches nothing), or text search. */
export function whereSpecList<T extends Table>(spec: ResourceSpec, conditions: readonly Condition[], dialect: Dialect) {
  return (eb: ExpressionBuilder<Database, T>): Expression<SqlBool> =>
    eb.and(
      conditions.map((condition): Expression<SqlBool> => {
        if (condition.op === 'search') {
          const needle = `%${condition.value.replace(/[A-Z]+/g, (s) => s.toLowerCase()).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
          return eb.or(spec.search.map((field) => sql<SqlBool>`${folded(dialect, field)} like ${needle} escape '\\'`));
        }
        const ref = eb.ref(condition.field as never);
        // Booleans are 0/1 on SQLite: compared as numbers on both databases.
        const value = (v: Scalar) => (typeof v === 'boolean' ? Number(v) : v);
        if (condition.op === 'in') return condition.value.length > 0 ? eb(ref, 'in', condition.value.map(value) as never) : sql<SqlBool>`1 = 0`;
        return eb(ref, condition.op === 'eq' ? '=' : condition.op === 'gte' ? '>=' : '<=', value(condition.value) as never);
      }),
    );
}

/** ORDER BY as the other lists sort: text by A–Z-folded code points, nulls last, ties by id the same way. */
export function orderSpecList(spec: ResourceSpec, query: ListQuery, dialect: Dialect): [RawBuilder<unknown>, RawBuilder<unknown>] {
  const { field, order } = query.sort;
  const direction = sql.raw(order === 'ASC' ? 'asc' : 'desc');
  const text = dialect === 'postgres' ? sql`${folded(dialect, field)} collate "C"` : folded(dialect, field);
  const value = spec.fields[field]?.type === 'text' ? text : sql.ref(field);
  return [sql`${value} ${direction} nulls last`, sql`${sql.ref('id')} ${direction}`];
}
